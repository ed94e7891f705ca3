export { SuggestionsPanel } from './components/SuggestionsPanel';
export { startSuggestions, useAssist } from './store';
