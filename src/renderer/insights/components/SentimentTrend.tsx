import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NEUTRAL_BAND } from '../sentiment/sentiment';
import { ALERT_WINDOW, recentMean, sustainedNegative, type SentimentPoint } from '../sentiment/trend';

const W = 160;
const H = 36;
const y = (score: number) => ((1 - score) / 2) * H;

/** The customer's sentiment per final utterance as a sparkline, the same in words, and the alert. */
export function SentimentTrend({ points }: { points: SentimentPoint[] }) {
  const { t } = useTranslation();
  const textId = useId();
  const mean = recentMean(points);
  const mood = mean === null ? null : mean >= NEUTRAL_BAND ? 'positive' : mean <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  const step = points.length > 1 ? W / (points.length - 1) : 0;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const first = points[0]?.score ?? 0;
  const last = points[points.length - 1]?.score ?? 0;
  const direction = points.length < 2 ? 'steady' : last - first > 0.2 ? 'rising' : last - first < -0.2 ? 'falling' : 'steady';
  return (
    <div className="sentiment" data-mood={mood ?? ''}>
      <svg role="img" aria-label={t('insights.sentiment.trend')} aria-describedby={textId} viewBox={`-2 -2 ${W + 4} ${H + 4}`} width={W} height={H}>
        <line x1={0} x2={W} y1={y(0)} y2={y(0)} className="zero" />
        {points.length > 1 && <path d={path} fill="none" />}
        {points.map((p, i) => <circle key={i} cx={i * step} cy={y(p.score)} r={2} data-score={p.score.toFixed(2)} />)}
      </svg>
      <p id={textId} className="sentiment-text">
        {mood === null
          ? t('insights.sentiment.none')
          : t('insights.sentiment.summary', { mood: t(`insights.sentiment.mood.${mood}`), direction: t(`insights.sentiment.direction.${direction}`), count: points.length })}
      </p>
      {sustainedNegative(points) && <p role="alert" className="alert">{t('insights.sentiment.alert', { count: ALERT_WINDOW })}</p>}
    </div>
  );
}
