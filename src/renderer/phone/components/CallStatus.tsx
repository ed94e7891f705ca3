import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';

/** How the last call ended, and anything the phone could not do. */
export function CallStatus() {
  const { t } = useTranslation();
  const lastEnded = usePhone((s) => s.lastEnded);
  const notice = usePhone((s) => s.notice);
  const ended = lastEnded && (lastEnded.transferred
    ? t('phone.ended.transferred', { peer: lastEnded.peerName || lastEnded.peerNumber })
    : t(`phone.ended.${lastEnded.outcome === 'declined' && lastEnded.code ? 'declinedByPeer' : lastEnded.outcome}`, {
        peer: lastEnded.peerName || lastEnded.peerNumber,
        // e.g. "486 Busy Here"; when the call failed without a SIP answer (network, microphone), say so.
        code: [lastEnded.code, lastEnded.reason].filter(Boolean).join(' ') || t('phone.ended.noAnswer'),
      }));
  return (
    <div role="status" aria-label={t('phone.callStatus')} className="call-status">
      {notice && <p>{t(notice.key, notice.params)} <button type="button" onClick={() => usePhone.getState().dismissNotice()}>{t('phone.dismiss')}</button></p>}
      {ended && <p>{ended}</p>}
    </div>
  );
}
