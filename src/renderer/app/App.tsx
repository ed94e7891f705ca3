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
import { applySettings, type StartResult } from './session';

export function App({ started }: { started: Promise<StartResult> }) {
  const { t } = useTranslation();
  const snapshot = useSettings((s) => s.snapshot);
  const loadError = useSettings((s) => s.error);
  const [screen, setScreen] = useState<'phone' | 'settings'>('phone');
  const [needsPassword, setNeedsPassword] = useState(false);

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
      <DemoCall />
      {useDemoRunning() && showSettings && <div className="demo-assist"><SuggestionsPanel /></div>}
      {showSettings ? (
        <main>
          <SettingsScreen
            onCancel={configured ? () => setScreen('phone') : undefined}
            onSaved={(effective, password) => {
              void applySettings(effective, password);
              setNeedsPassword(password === null);
              setScreen('phone');
            }}
          />
        </main>
      ) : (
        <main className="phone">
          <Dialer />
          <IncomingCalls />
          <ActiveCall
            insights={(callId) => (
              <>
                <TalkPanel callId={callId} />
                <CaptionsPanel callId={callId} />
              </>
            )}
          />
          <CallStatus />
          <SuggestionsPanel />
          <HistoryPanel onCallBack={(uri) => void usePhone.getState().dial(uri)} />
        </main>
      )}
    </div>
  );
}

/** During the demo the suggestions sit beside it even on the first-run screen. */
function useDemoRunning(): boolean {
  return useDemo((s) => s.status === 'running');
}
