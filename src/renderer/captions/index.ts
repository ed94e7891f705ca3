export { CaptionsPanel } from './components/CaptionsPanel';
export { captionCall, finishCaptions, pauseCaptions } from './callCaptions';
export { useCaptions } from './store';
