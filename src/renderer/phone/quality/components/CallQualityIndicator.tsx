import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useCallQuality } from '../index';
import { formatMos, formatMs, formatPct, ratingOf } from '../format';
import type { QualitySample, QualityWarning } from '../types';

/**
 * The current call's quality, live: in words (good / fair / poor), the figures, and each warning. A
 * status region, so a change of rating or warning is read out; the figures, which change every second,
 * sit in a part that is not (aria-live="off"), or a screen reader would never stop talking.
 */
export function CallQualityIndicator({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const live = useCallQuality((s) => s.calls[callId]);
  if (!live) return null;
  const { sample, warnings } = live;
  const rating = sample.mos !== null ? ratingOf(sample.mos) : sample.packetsReceivedDelta === 0 ? 'noAudio' : 'measuring';
  return (
    <div role="status" aria-label={t('quality.label')} className="call-quality" data-rating={rating} data-mos={sample.mos?.toFixed(2) ?? ''}>
      <strong className="rating">{t(`quality.rating.${rating}`)}</strong>{' '}
      <span className="figures" aria-live="off">{figures(t, sample).join(' · ')}</span>
      {warnings.length > 0 && (
        <ul className="warnings" aria-label={t('quality.warnings')}>
          {warnings.map((w) => (
            <li key={w.kind} data-warning={w.kind}>{warningText(t, w)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function figures(t: TFunction, s: QualitySample): string[] {
  const out: string[] = [];
  if (s.mos !== null) out.push(t('quality.figure.mos', { mos: formatMos(s.mos) }));
  if (s.rttMs !== null) out.push(t('quality.figure.rtt', { ms: formatMs(s.rttMs) }));
  if (s.jitterMs !== null) out.push(t('quality.figure.jitter', { ms: formatMs(s.jitterMs) }));
  if (s.lossPct !== null) {
    out.push(s.remoteLossPct !== null
      ? t('quality.figure.lossBoth', { received: formatPct(s.lossPct), sent: formatPct(s.remoteLossPct) })
      : t('quality.figure.loss', { received: formatPct(s.lossPct) }));
  }
  if (s.concealmentPct !== null) out.push(t('quality.figure.concealment', { pct: formatPct(s.concealmentPct) }));
  if (s.codec) out.push(s.codec);
  return out;
}

export function warningText(t: TFunction, w: QualityWarning): string {
  switch (w.kind) {
    case 'rtt': return t('quality.warning.rtt', { ms: formatMs(w.value) });
    case 'jitter': return t('quality.warning.jitter', { ms: formatMs(w.value) });
    case 'loss': return t('quality.warning.loss', { pct: formatPct(w.value) });
    case 'mos': return t('quality.warning.mos', { mos: formatMos(w.value) });
  }
}
