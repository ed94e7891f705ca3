export { useHistory } from './store';
export { HistoryPanel } from './HistoryPanel';
export type { CallRecord } from './types';
