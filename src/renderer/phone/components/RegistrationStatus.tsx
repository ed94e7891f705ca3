import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';
import { registrationText, secondsToRetry } from '../registrationText';
import { useNow } from './useNow';

export function RegistrationStatus() {
  const { t } = useTranslation();
  const r = usePhone((s) => s.registration);
  const canRetry = r.status === 'reconnecting' || r.status === 'failed';
  return (
    <div className="registration-bar">
      <div role="status" aria-label={t('phone.registration.label')} className={`registration ${r.status}`} data-status={r.status} data-expires-at={r.expiresAt} title={r.server}>
        {registrationText(r, t)}
      </div>
      {/* The countdown stays out of the live region: a screen reader would read it every second. */}
      {canRetry && <RetryCountdown />}
      {canRetry && (
        <button type="button" className="retry-now" onClick={() => void usePhone.getState().retryNow()}>
          {t('phone.registration.retryNow')}
        </button>
      )}
    </div>
  );
}

function RetryCountdown() {
  const { t } = useTranslation();
  const r = usePhone((s) => s.registration);
  const seconds = secondsToRetry(r, useNow(500));
  if (seconds === null) return null;
  return <span className="retry-countdown">{t('phone.registration.nextAttempt', { seconds })}</span>;
}
