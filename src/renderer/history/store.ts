import { callData } from '../callData/store';
import { createHistoryStore } from './historyStore';

/** The app's call history (IndexedDB database 'switchboard-history', through src/renderer/callData). */
export const useHistory = createHistoryStore(callData);
