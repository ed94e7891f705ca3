// The app's live call insights: fed by the transcript boundary, the checklist from settings (admin
// policy can replace the built-in script).
import { onUtterance } from '../voice/transcript';
import { useSettings } from '../settings/settingsStore';
import { createInsightsStore } from './store';

export const useInsights = createInsightsStore();
onUtterance((u) => useInsights.getState().heard(u));
const applyScript = () => useInsights.getState().setChecklist(useSettings.getState().snapshot?.effective.script?.checklist);
applyScript();
useSettings.subscribe((s, prev) => {
  if (s.snapshot?.effective.script !== prev.snapshot?.effective.script) applyScript();
});

export { CallInsightsPanel } from './components/CallInsightsPanel';
export { scoreSentiment } from './sentiment/sentiment';
export type { CallInsights } from './store';
