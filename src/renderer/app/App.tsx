import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The phone itself renders from the first chunk; everything else comes from features.tsx once it has
// loaded (loadFeatures.ts), each in its place.
import { usePhone } from '../phone';
import { RegistrationStatus } from '../phone/components/RegistrationStatus';
import { Dialer } from '../phone/components/Dialer';
import { IncomingCalls } from '../phone/components/IncomingCalls';
import { ActiveCall } from '../phone/components/ActiveCall';
import { useCallSession } from '../callSession';
import { CallStatus } from '../phone/components/CallStatus';
// The settings store only: the settings screen is in features.tsx.
import { useSettings } from '../settings/store';
import type { StartResult } from './startupWiring';
import { loadFeatures, useFeatures } from './loadFeatures';

export function App({ started }: { started: Promise<StartResult> }) {
  const { t } = useTranslation();
  const snapshot = useSettings((s) => s.snapshot);
  const loadError = useSettings((s) => s.error);
  const [screen, setScreen] = useState<'phone' | 'settings'>('phone');
  const [needsPassword, setNeedsPassword] = useState(false);
  // Every hook before the early return below: a hook after it would change the hook count when the
  // settings arrive after the first render (React error #310, a blank window).
  const { features: f, error: featuresError } = useFeatures();
  const currentCallId = useCallSession((s) => s.currentCallId);

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
  const callPanels = f ? (callId: string) => <f.CallPanels callId={callId} /> : undefined;

  return (
    <div className="app">
      <header>
        <h1>{t('app.name')}</h1>
        <RegistrationStatus />
        {f && <f.DemoButton settings={snapshot.effective} />}
        {configured && (
          <button
            type="button"
            aria-expanded={screen === 'settings'}
            onClick={() => {
              void loadFeatures().catch(() => undefined); // shown below if it fails
              setScreen(screen === 'settings' ? 'phone' : 'settings');
            }}
          >
            {t('app.settings')}
          </button>
        )}
      </header>
      {/* The call on the left, agent assist beside it (stacked on narrow windows). */}
      <main className="workspace">
        <div className="call-column">
          {featuresError && <p role="alert">{t('app.featuresFailed', { message: featuresError })}</p>}
          {f && <f.Demo />}
          {f && <f.WrapUpPanel />}
          {showSettings ? (
            f ? (
              <f.SettingsScreen
                onCancel={configured ? () => setScreen('phone') : undefined}
                onSaved={(password) => {
                  setNeedsPassword(password === null);
                  setScreen('phone');
                }}
              />
            ) : (
              !featuresError && <p aria-busy="true">{t('app.loading')}</p>
            )
          ) : (
            <>
              <Dialer />
              <IncomingCalls />
              <ActiveCall callId={currentCallId} insights={callPanels} />
              <CallStatus />
              {f && <f.HistoryPanel onCallBack={(uri) => void usePhone.getState().dial(uri)} />}
            </>
          )}
        </div>
        {f && <f.AssistColumn besideSettings={showSettings} />}
      </main>
    </div>
  );
}
