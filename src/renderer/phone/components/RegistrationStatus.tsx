import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';

export function RegistrationStatus() {
  const { t } = useTranslation();
  const r = usePhone((s) => s.registration);
  const text =
    r.status === 'failed'
      ? t('phone.registration.failed', { reason: [r.code, r.reason].filter(Boolean).join(' ') })
      : r.status === 'disconnected' && r.reason
        ? t('phone.registration.disconnectedBecause', { reason: r.reason })
        : t(`phone.registration.${r.status}`);
  return (
    <div role="status" aria-label={t('phone.registration.label')} className={`registration ${r.status}`} data-status={r.status}>
      {text}
    </div>
  );
}
