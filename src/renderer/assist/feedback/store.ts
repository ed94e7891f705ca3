import type { StoredFeedback } from '../../callData';
import { callData } from '../../callData/store';
import { createFeedbackStore } from './feedbackStore';

/** The app's suggestion feedback (stored by the call-data module, src/renderer/callData/). */
export const useFeedback = createFeedbackStore(callData);

/** A finished call's feedback, for its history record. */
export function feedbackForCall(callId: string): Promise<StoredFeedback[]> {
  return callData.feedbackForCall(callId);
}
