export { analyseCall, finishCall } from './session';
export { useVoice, type TalkRecord } from './store';
export { TalkPanel } from './components/TalkPanel';
