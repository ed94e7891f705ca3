export { analyseCall, finishCall } from './callAnalysis';
export { useVoice, type TalkRecord } from './store';
export { TalkPanel } from './components/TalkPanel';
