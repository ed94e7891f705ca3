import { callData } from '../../callData/store';
import { useSettings } from '../../settings/store';
import { createLearningStore } from './learningStore';

/** Setting or policy assist.learning: on unless set to false. */
export const learningEnabled = (): boolean => useSettings.getState().snapshot?.effective.assist.learning === true;

/** The app's learned phrasings: IndexedDB database 'switchboard-assist-learning', via the call-data module. */
export const useLearning = createLearningStore(callData, learningEnabled);
