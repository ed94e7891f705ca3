import { createHistoryStore } from './historyStore';

export const useHistory = createHistoryStore();
export { HistoryPanel } from './HistoryPanel';
export type { CallRecord } from './types';
