import { useDeferredValue, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { usePhone } from '../index';
import { formatDuration, heldCalls, type Call } from '../phoneState';
import { CallQualityIndicator } from '../quality/components/CallQualityIndicator';
import { Keypad } from './Keypad';
import { TransferForm } from './TransferForm';
import { useNow } from './useNow';

/**
 * @param callId the current call (the call session's; the demo's id shows nothing here).
 * @param insights extra panels for the current call (e.g. talk metrics), supplied by the app.
 */
export function ActiveCall({ callId, insights }: { callId: string | null; insights?: (callId: string) => ReactNode }) {
  const { t } = useTranslation();
  const call = usePhone((s) => s.calls.find((c) => c.id === callId) ?? null);
  const held = usePhone(useShallow((s) => heldCalls(s.calls, callId)));
  const offline = usePhone((s) => s.registration.status === 'reconnecting');
  const [panel, setPanel] = useState<'none' | 'keypad' | 'transfer'>('none');
  // The call's panels (talk metrics, captions, insights) appear once its audio path is up, when there is
  // something to show and the browser has finished setting the media up; at low priority, in slices.
  const panelsFor = useDeferredValue(call && call.mediaAt !== null ? call.id : null);
  if (!call) return null;
  const phone = usePhone.getState();
  const established = call.state === 'active' || call.state === 'held';
  const toggle = (p: typeof panel) => setPanel(panel === p ? 'none' : p);

  return (
    <section aria-label={t('phone.activeCall')} className={`active-call ${call.state}`}>
      <p className="peer">
        <span className="name">{call.peerName || call.peerNumber}</span>
        {call.peerName && <span className="number">{call.peerNumber}</span>}
      </p>
      <p className="state" data-state={call.state}>
        {t(`phone.state.${call.state}`)}
        {call.muted && ` · ${t('phone.state.muted')}`}
        {call.transferring && ` · ${t('phone.state.transferring')}`}
        {call.answeredAt !== null && <CallTimer since={call.answeredAt} />}
      </p>
      {offline && <p className="call-offline">{t('phone.callOffline')}</p>}
      {call.problem && (
        <p role="alert" className="call-problem">
          {t(`phone.problem.${call.problem}`, { peer: call.peerName || call.peerNumber })}
        </p>
      )}
      {call.transferOffer && <TransferOffer callId={call.id} offer={call.transferOffer} />}
      <CallQualityIndicator callId={call.id} />
      {call.consultFor && <p>{t('phone.consulting')}</p>}
      {call.dtmfReceived && <p aria-label={t('phone.tonesReceived')}>{t('phone.tonesReceived')}: {call.dtmfReceived}</p>}
      <div className="controls">
        {call.state === 'held' ? (
          <button type="button" onClick={() => void phone.resume(call.id)}>{t('phone.resume')}</button>
        ) : (
          <button type="button" disabled={!established} onClick={() => void phone.hold(call.id)}>{t('phone.hold')}</button>
        )}
        <button type="button" aria-pressed={call.muted} disabled={!established} onClick={() => phone.toggleMute(call.id)}>
          {call.muted ? t('phone.unmute') : t('phone.mute')}
        </button>
        <button type="button" aria-expanded={panel === 'keypad'} disabled={!established} onClick={() => toggle('keypad')}>{t('phone.keypad')}</button>
        {call.consultFor ? (
          <>
            <button type="button" disabled={call.state !== 'active' || call.transferring} onClick={() => void phone.completeTransfer(call.id)}>{t('phone.completeTransfer')}</button>
            <button type="button" onClick={() => void phone.cancelTransfer(call.id)}>{t('phone.cancelTransfer')}</button>
          </>
        ) : (
          <button type="button" aria-expanded={panel === 'transfer'} disabled={!established || held.length > 0} onClick={() => toggle('transfer')}>{t('phone.transfer')}</button>
        )}
        <button type="button" className="hangup" onClick={() => void phone.hangup(call.id)}>{t('phone.hangup')}</button>
      </div>
      {panel === 'keypad' && <Keypad onKey={(d) => void phone.sendDtmf(call.id, d)} />}
      {panel === 'transfer' && !call.consultFor && <TransferForm callId={call.id} onDone={() => setPanel('none')} />}
      {held.length > 0 && <HeldLines calls={held} />}
      {panelsFor === call.id && insights?.(call.id)}
    </section>
  );
}

function TransferOffer({ callId, offer }: { callId: string; offer: NonNullable<Call['transferOffer']> }) {
  const { t } = useTranslation();
  const phone = usePhone.getState();
  return (
    <div role="group" aria-label={t('phone.transferRequest')} className="transfer-offer">
      <p>{t('phone.transferOffer', offer)}</p>
      <button type="button" onClick={() => void phone.acceptTransfer(callId)}>{t('phone.acceptTransfer')}</button>
      <button type="button" onClick={() => void phone.declineTransfer(callId)}>{t('phone.declineTransfer')}</button>
    </div>
  );
}

function HeldLines({ calls }: { calls: Call[] }) {
  const { t } = useTranslation();
  return (
    <div className="held-lines" role="group" aria-label={t('phone.onHold')}>
      {calls.map((c) => (
        <p key={c.id}>
          {t('phone.heldLine', { peer: c.peerName || c.peerNumber })}
        </p>
      ))}
      <button type="button" onClick={() => void usePhone.getState().swap()}>{t('phone.swap')}</button>
    </div>
  );
}

function CallTimer({ since }: { since: number }) {
  const now = useNow();
  return <time className="timer"> · {formatDuration((now - since) / 1000)}</time>;
}
