import { useTranslation } from 'react-i18next';
import { useNow } from '../../phone/components/useNow';
import { formatDuration } from '../../phone/phoneState';
import { summarise, withOpen } from '../metrics/talkMetrics';
import { useVoice } from '../store';
import { Timeline } from './Timeline';

/** Live talk metrics for one call: who is speaking, ratio, silence, alerts and a timeline. */
export function TalkPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const voice = useVoice((s) => s.calls[callId]);
  const now = useNow(250);
  if (!voice) return null;
  if (voice.status === 'failed') return <p role="status" aria-label={t('voice.title')}>{t('voice.failed', { message: voice.error ?? '' })}</p>;
  const callMs = now - voice.startedAt;
  const m = summarise(voice.talk, callMs, voice.thresholds);
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <div className="talk" role="group" aria-label={t('voice.title')} data-status={voice.status} data-started-at={voice.startedAt}>
      <p className="speaking" role="status" aria-label={t('voice.speaking')}>
        {m.speaking.agent && <span className="agent">{t('voice.agentSpeaking')}</span>}
        {m.speaking.customer && <span className="customer">{t('voice.customerSpeaking')}</span>}
        {!m.speaking.agent && !m.speaking.customer && <span>{voice.status === 'starting' ? t('voice.starting') : t('voice.silence', { seconds: Math.floor(m.silenceMs / 1000) })}</span>}
      </p>
      <dl>
        <dt>{t('voice.talkListen')}</dt>
        <dd data-testid="talk-ratio" data-value={m.talkRatio ?? ''}>{m.talkRatio === null ? '–' : `${pct(m.talkRatio)} / ${pct(1 - m.talkRatio)}`}</dd>
        <dt>{t('voice.longestMonologue')}</dt>
        <dd>{formatDuration(m.longestCustomerMonologueMs / 1000)}</dd>
      </dl>
      {m.deadAir && <p role="alert" className="alert">{t('voice.deadAir', { seconds: Math.floor(m.silenceMs / 1000) })}</p>}
      {m.crossTalk && <p role="alert" className="alert">{t('voice.crossTalk')}</p>}
      <Timeline segments={withOpen(voice.talk, callMs)} nowMs={callMs} label={t('voice.timeline')} />
    </div>
  );
}
