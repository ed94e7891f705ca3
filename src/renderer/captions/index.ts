export { CaptionsPanel } from './components/CaptionsPanel';
export { captionCall, finishCaptions, pauseCaptions, type TranscriptRecord } from './session';
export { useCaptions } from './store';
