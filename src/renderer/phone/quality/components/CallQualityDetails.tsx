import { useTranslation } from 'react-i18next';
import { formatMos, formatMs, formatPct } from '../format';
import { WARNING_KINDS } from '../warnings';
import type { CallQualitySummary } from '../types';

/** A finished call's quality summary, as kept in history. */
export function CallQualityDetails({ quality: q }: { quality: CallQualitySummary | undefined }) {
  const { t } = useTranslation();
  if (!q) return <p>{t('quality.summary.notMeasured')}</p>;
  const unknown = t('quality.unknown');
  const msPair = (p: { median: number; max: number } | null) => (p ? t('quality.summary.msPair', { median: formatMs(p.median), worst: formatMs(p.max) }) : unknown);
  const pct = (v: number | null) => (v === null ? unknown : t('quality.summary.pct', { pct: formatPct(v) }));
  const over = WARNING_KINDS.filter((k) => q.warningSeconds[k] > 0);
  return (
    <dl className="call-quality-summary" data-testid="detail-quality" data-mos-median={q.mos?.median ?? ''}>
      <dt>{t('quality.summary.mos')}</dt>
      <dd>{q.mos ? `${formatMos(q.mos.median)} / ${formatMos(q.mos.min)}` : unknown}</dd>
      <dt>{t('quality.summary.rtt')}</dt>
      <dd>{msPair(q.rttMs)}</dd>
      <dt>{t('quality.summary.jitter')}</dt>
      <dd>{msPair(q.jitterMs)}</dd>
      <dt>{t('quality.summary.loss')}</dt>
      <dd>{pct(q.lossPct)}</dd>
      <dt>{t('quality.summary.concealment')}</dt>
      <dd>{pct(q.concealmentPct)}</dd>
      <dt>{t('quality.summary.warnings')}</dt>
      <dd data-testid="detail-quality-warnings">
        {over.length ? over.map((k) => t(`quality.summary.warningTime.${k}`, { seconds: q.warningSeconds[k] })).join(', ') : t('quality.summary.noWarnings')}
      </dd>
      <dt>{t('quality.summary.codec')}</dt>
      <dd>{q.codec ?? unknown}</dd>
      <dt>{t('quality.summary.measured')}</dt>
      <dd>{t('quality.summary.measuredValue', { seconds: q.seconds, samples: q.samples })}</dd>
    </dl>
  );
}
