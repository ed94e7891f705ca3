export { SuggestionsPanel } from './components/SuggestionsPanel';
export { useAssist } from './store';
