import { createHistoryStore } from './historyStore';

/** The app's call history (IndexedDB database 'switchboard-history'). */
export const useHistory = createHistoryStore();
