// Everything on screen beyond the phone itself — settings, history, the demo call, wrap-up, agent
// assist and each call's panels — and the wiring behind them (startFeatures, run by loadFeatures.ts).
// One chunk, loaded after the phone has registered, so that registering never waits for its code.
import { SettingsScreen } from '../settings';
import { HistoryPanel as CallHistory, useHistory } from '../history';
import { TalkPanel } from '../voice';
import { DemoCall, DemoCallButton, startDemoCall, useDemo } from '../demo';
import { SuggestionsPanel } from '../assist';
import { CaptionsPanel } from '../captions';
import { CallInsightsPanel } from '../insights/components/CallInsightsPanel';
import { WrapUpPanel } from '../wrapup/WrapUpPanel';
import type { Settings } from '../../shared/settings/schema';

export { SettingsScreen, WrapUpPanel };
export { startFeatures } from './featureWiring';

/** Call history on the app's store (the panel takes its store, so its tests need no app). */
export function HistoryPanel({ onCallBack }: { onCallBack(peerUri: string): void }) {
  return <CallHistory onCallBack={onCallBack} store={useHistory} />;
}

/** What sits in a call's panel, the same for a real call and the demo call. */
export function CallPanels({ callId }: { callId: string }) {
  return (
    <>
      <TalkPanel callId={callId} />
      <CallInsightsPanel callId={callId} />
      <CaptionsPanel callId={callId} />
    </>
  );
}
const callPanels = (callId: string) => <CallPanels callId={callId} />;

export function Demo() {
  return <DemoCall insights={callPanels} />;
}

export function DemoButton({ settings }: { settings: Settings }) {
  return <DemoCallButton onStart={() => void startDemoCall(settings.audio)} />;
}

/** Suggestions beside the call; during the demo they sit beside it even on the first-run screen. */
export function AssistColumn({ besideSettings }: { besideSettings: boolean }) {
  const demoRunning = useDemo((s) => s.status === 'running');
  if (besideSettings && !demoRunning) return null;
  return (
    <aside className="assist-column">
      <SuggestionsPanel />
    </aside>
  );
}
