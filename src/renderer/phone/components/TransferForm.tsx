import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';

/** Blind ("Transfer now") or attended ("Consult first") transfer of the current call. */
export function TransferForm({ callId, onDone }: { callId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const dialError = usePhone((s) => s.dialError);
  const go = async (kind: 'blind' | 'attended') => {
    const phone = usePhone.getState();
    const ok = kind === 'blind' ? await phone.transferTo(callId, target) : await phone.consultTransfer(callId, target);
    if (ok) onDone();
  };
  return (
    <form className="transfer" onSubmit={(e) => { e.preventDefault(); void go('blind'); }}>
      <label htmlFor="transfer-target">{t('phone.transferTo')}</label>
      <input id="transfer-target" value={target} autoComplete="off" aria-invalid={Boolean(dialError)}
        onChange={(e) => setTarget(e.target.value)} />
      <button type="submit">{t('phone.transferNow')}</button>
      <button type="button" onClick={() => void go('attended')}>{t('phone.consultFirst')}</button>
      {dialError && <p role="alert" className="error">{t(`phone.dialError.${dialError}`)}</p>}
    </form>
  );
}
