import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_CALL_ID, endDemoCall, useDemo } from './demoCall';

/** The demo call's panel, shaped like a real call's. @param insights the call's panels (talk metrics, insights, captions), as for a real call. */
export function DemoCall({ insights }: { insights?: (callId: string) => ReactNode } = {}) {
  const { t } = useTranslation();
  const { status, error } = useDemo();
  if (status === 'idle') return null;
  return (
    <section aria-label={t('demo.region')} className="active-call demo">
      <p className="peer"><span className="name">{t('demo.customer')}</span></p>
      {status === 'failed' ? (
        <p role="alert">{t('demo.failed', { message: error ?? '' })}</p>
      ) : (
        <p className="state">{status === 'starting' ? t('demo.starting') : t('demo.running')}</p>
      )}
      <div className="controls">
        <button type="button" className="hangup" onClick={() => void endDemoCall()}>{t('demo.end')}</button>
      </div>
      {status === 'running' && insights?.(DEMO_CALL_ID)}
    </section>
  );
}

export function DemoCallButton({ onStart }: { onStart(): void }) {
  const { t } = useTranslation();
  const status = useDemo((s) => s.status);
  return (
    <button type="button" disabled={status === 'running' || status === 'starting'} onClick={onStart}>
      {t('demo.try')}
    </button>
  );
}
