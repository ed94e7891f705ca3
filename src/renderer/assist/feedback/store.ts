import { FeedbackDb, feedbackForCall as readFeedback, type SuggestionFeedback } from './feedbackDb';
import { createFeedbackStore } from './feedbackStore';

const db = new FeedbackDb();

/** The app's suggestion feedback (IndexedDB database 'switchboard-assist-feedback'). */
export const useFeedback = createFeedbackStore(db);

/** A finished call's feedback, for its history record. */
export function feedbackForCall(callId: string): Promise<SuggestionFeedback[]> {
  return readFeedback(db, callId);
}
