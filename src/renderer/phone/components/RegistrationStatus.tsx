import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';
import { registrationText } from '../registrationText';

export function RegistrationStatus() {
  const { t } = useTranslation();
  const r = usePhone((s) => s.registration);
  return (
    <div role="status" aria-label={t('phone.registration.label')} className={`registration ${r.status}`} data-status={r.status}>
      {registrationText(r, t)}
    </div>
  );
}
