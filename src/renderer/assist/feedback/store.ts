import type { StoredFeedback } from '../../callData';
import { callData } from '../../callData/store';
import { useLearning } from '../learning/store';
import { createFeedbackStore } from './feedbackStore';

/** The app's suggestion feedback (stored by the call-data module, src/renderer/callData/); it teaches
 *  the app's learning store (assist/learning/). */
export const useFeedback = createFeedbackStore(callData, {
  confirm: (...a) => useLearning.getState().confirm(...a),
  reject: (...a) => useLearning.getState().reject(...a),
});

/** A finished call's feedback, for its history record. */
export function feedbackForCall(callId: string): Promise<StoredFeedback[]> {
  return callData.feedbackForCall(callId);
}
