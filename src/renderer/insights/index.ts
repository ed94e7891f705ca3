// The app's live call insights: fed by the transcript boundary. The script checklist comes from the
// settings (admin policy) if they set one, else from the knowledge base's checklist.json, else the
// built-in script.
import { onUtterance } from '../voice/transcript';
import { useSettings } from '../settings/settingsStore';
import { useAssist } from '../assist/store';
import { createInsightsStore } from './store';

export const useInsights = createInsightsStore();
onUtterance((u) => useInsights.getState().heard(u));
const applyScript = () => {
  const configured = useSettings.getState().snapshot?.effective.script?.checklist;
  useInsights.getState().setChecklist(configured?.length ? configured : useAssist.getState().checklist);
};
applyScript();
useSettings.subscribe((s, prev) => {
  if (s.snapshot?.effective.script !== prev.snapshot?.effective.script) applyScript();
});
useAssist.subscribe((s, prev) => {
  if (s.checklist !== prev.checklist) applyScript();
});

// CallInsightsPanel reads useInsights from here, so it is imported by path, not re-exported (a cycle).
export { scoreSentiment } from './sentiment/sentiment';
export type { CallInsights } from './store';
