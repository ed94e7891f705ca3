// The app's live call insights: fed by the transcript once started (startInsights, from the app's
// wiring). The script checklist comes from the settings (admin policy) if they list one, else from the
// knowledge base's checklist.json, else the built-in script.
import { onUtterance } from '../transcript';
import { registerCallFeature } from '../callSession';
import { onSettingsChange, useSettings } from '../settings/store';
import { useAssist } from '../assist/store';
import { createInsightsStore } from './store';

export const useInsights = createInsightsStore();
const applyScript = () => {
  const configured = useSettings.getState().snapshot?.effective.script.checklist;
  useInsights.getState().setChecklist(configured?.length ? configured : useAssist.getState().checklist);
};

let started = false;
/** From now on: utterances feed the insights, the checklist follows policy and the knowledge base. */
export function startInsights(): void {
  if (started) return;
  started = true;
  onUtterance((u) => useInsights.getState().heard(u));
  applyScript();
  onSettingsChange((effective, previous) => effective.script !== previous?.script && applyScript());
  useAssist.subscribe((s, prev) => {
    if (s.checklist !== prev.checklist) applyScript();
  });
  // The demo call reuses its id: the next one starts afresh (a real call's are kept a little, KEEP_CALLS).
  registerCallFeature({ name: 'insights', forget: (call) => call.kind === 'demo' && useInsights.getState().forget(call.id) });
}

// CallInsightsPanel reads useInsights from here, so it is imported by path, not re-exported (a cycle).
export { scoreSentiment } from './sentiment/sentiment';
export type { CallInsights } from './store';
