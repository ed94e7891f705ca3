import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';
import { incomingCalls } from '../phoneState';
import { useShallow } from 'zustand/react/shallow';

export function IncomingCalls() {
  const { t } = useTranslation();
  const calls = usePhone(useShallow((s) => incomingCalls(s.calls)));
  if (calls.length === 0) return null;
  return (
    <>
      {calls.map((c) => (
        <section key={c.id} aria-label={t('phone.incomingCall')} className="incoming" aria-live="assertive">
          <p className="peer">
            <span className="name">{c.peerName || c.peerNumber}</span>
            {c.peerName && <span className="number">{c.peerNumber}</span>}
          </p>
          <p>{c.state === 'connecting' ? t('phone.state.connecting') : t('phone.state.incoming')}</p>
          <div className="controls">
            <button type="button" className="answer" onClick={() => void usePhone.getState().answer(c.id)}>{t('phone.answer')}</button>
            <button type="button" className="decline" onClick={() => void usePhone.getState().decline(c.id)}>{t('phone.decline')}</button>
          </div>
        </section>
      ))}
    </>
  );
}
