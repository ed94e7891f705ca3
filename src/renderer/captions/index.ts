export { CaptionsPanel } from './components/CaptionsPanel';
export { captionCall, finishCaptions, pauseCaptions } from './session';
export { useCaptions } from './store';
