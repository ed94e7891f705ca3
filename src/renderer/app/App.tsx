import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../phone';
import { RegistrationStatus } from '../phone/components/RegistrationStatus';
import { Dialer } from '../phone/components/Dialer';
import { IncomingCalls } from '../phone/components/IncomingCalls';
import { ActiveCall } from '../phone/components/ActiveCall';
import { CallStatus } from '../phone/components/CallStatus';
import { HistoryPanel } from '../history';
import { TalkPanel } from '../voice';
import { DemoCall, DemoCallButton, startDemoCall, useDemo } from '../demo';
import { SuggestionsPanel } from '../assist';
import { CaptionsPanel } from '../captions';
import { captionsOf } from '../../shared/settings/schema';
import { SettingsScreen, useSettings } from '../settings';
import { CallInsightsPanel } from '../insights';
import { WrapUpPanel } from '../wrapup';
import { applySettings, type StartResult } from './session';
import './wrapUpWiring';

export function App({ started }: { started: Promise<StartResult> }) {
  const { t } = useTranslation();
  const snapshot = useSettings((s) => s.snapshot);
  const loadError = useSettings((s) => s.error);
  const [screen, setScreen] = useState<'phone' | 'settings'>('phone');
  const [needsPassword, setNeedsPassword] = useState(false);
  // Every hook before the early return below: a hook after it would change the hook count when the
  // settings arrive after the first render (React error #310, a blank window).
  const demoRunning = useDemo((s) => s.status === 'running');

  useEffect(() => {
    void started.then((result) => setNeedsPassword(result === 'needs-password'));
  }, [started]);

  if (!snapshot) {
    return (
      <main className="loading" aria-busy={!loadError}>
        {loadError ? <p role="alert">{t('app.loadFailed', { message: loadError.message })}</p> : t('app.loading')}
        {loadError?.issues.map((i) => <p key={i}>{i}</p>)}
      </main>
    );
  }

  const configured = snapshot.effective.account !== null && !needsPassword;
  const showSettings = !configured || screen === 'settings';

  return (
    <div className="app">
      <header>
        <h1>{t('app.name')}</h1>
        <RegistrationStatus />
        <DemoCallButton onStart={() => void startDemoCall(snapshot.effective.audio, snapshot.effective.voice, captionsOf(snapshot.effective))} />
        {configured && (
          <button type="button" aria-expanded={screen === 'settings'} onClick={() => setScreen(screen === 'settings' ? 'phone' : 'settings')}>
            {t('app.settings')}
          </button>
        )}
      </header>
      {/* The call on the left, agent assist beside it (stacked on narrow windows). */}
      <main className="workspace">
        <div className="call-column">
          <DemoCall insights={callPanels} />
          <WrapUpPanel />
          {showSettings ? (
            <SettingsScreen
              onCancel={configured ? () => setScreen('phone') : undefined}
              onSaved={(effective, password) => {
                void applySettings(effective, password);
                setNeedsPassword(password === null);
                setScreen('phone');
              }}
            />
          ) : (
            <>
              <Dialer />
              <IncomingCalls />
              <ActiveCall insights={callPanels} />
              <CallStatus />
              <HistoryPanel onCallBack={(uri) => void usePhone.getState().dial(uri)} />
            </>
          )}
        </div>
        {/* During the demo the suggestions sit beside it even on the first-run screen. */}
        {(!showSettings || demoRunning) && (
          <aside className="assist-column">
            <SuggestionsPanel />
          </aside>
        )}
      </main>
    </div>
  );
}

/** What sits in a call's panel, the same for a real call and the demo call. */
function callPanels(callId: string) {
  return (
    <>
      <TalkPanel callId={callId} />
      <CallInsightsPanel callId={callId} />
      <CaptionsPanel callId={callId} />
    </>
  );
}
