import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../phone/phoneState';
import type { CallRecord } from '../types';
import { CallQualityDetails } from '../../phone/quality/components/CallQualityDetails';

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** One stored call in full: outcome, talk metrics, the masked transcript, the wrap-up and suggestion feedback. */
export function CallDetails({ record: r, id, outcome, peer }: { record: CallRecord; id: string; outcome: string; peer: string }) {
  const { t } = useTranslation();
  const vote = (v: 'helpful' | 'not-helpful' | null) => t(v === 'helpful' ? 'history.detail.helpful' : v === 'not-helpful' ? 'history.detail.notHelpful' : 'history.detail.noVote');
  return (
    <section id={id} className="call-details" aria-label={t('history.detailsTitle', { peer })}>
      <dl>
        <dt>{t('history.detail.outcome')}</dt>
        <dd data-testid="detail-outcome">{outcome}</dd>
        <dt>{t('history.detail.duration')}</dt>
        <dd>{formatDuration(r.durationSec)}</dd>
        <dt>{t('history.detail.talkListen')}</dt>
        <dd data-testid="detail-talk-ratio" data-value={r.talk?.talkRatio ?? ''}>
          {r.talk && r.talk.talkRatio !== null
            ? `${pct(r.talk.talkRatio)} / ${pct(1 - r.talk.talkRatio)} (${formatDuration(r.talk.agentMs / 1000)} / ${formatDuration(r.talk.customerMs / 1000)})`
            : t('history.detail.notMeasured')}
        </dd>
        <dt>{t('history.detail.longestMonologue')}</dt>
        <dd data-testid="detail-longest-monologue" data-value={r.talk?.longestCustomerMonologueMs ?? ''}>
          {r.talk ? formatDuration(r.talk.longestCustomerMonologueMs / 1000) : t('history.detail.notMeasured')}
        </dd>
      </dl>

      <h3>{t('quality.label')}</h3>
      <CallQualityDetails quality={r.quality} />

      <h3>{t('history.detail.transcript')}</h3>
      {r.transcript?.length ? (
        // Scrolls when long, so it takes focus: a keyboard user can scroll it too.
        <ol className="transcript" aria-label={t('history.detail.transcript')} tabIndex={0}>
          {r.transcript.map((line, i) => (
            <li key={i} data-speaker={line.speaker}>
              <time>{formatDuration(line.startMs / 1000)}</time> <strong>{t(`history.detail.${line.speaker}`)}:</strong> {line.text}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('history.detail.noTranscript')}</p>
      )}

      <h3>{t('history.detail.wrapUp')}</h3>
      {r.wrapUp ? (
        <p className="wrapup-detail">
          {t('history.wrapUpDisposition', { disposition: r.wrapUp.disposition })}
          <br />
          {t('history.wrapUpSummary', { summary: r.wrapUp.summary })}
          <br />
          <small>
            {t('history.detail.draftedBy', { by: r.wrapUp.draftedBy })}
            {r.wrapUp.edited && ` · ${t('history.detail.edited')}`}
          </small>
        </p>
      ) : (
        <p>{t('history.detail.noWrapUp')}</p>
      )}

      <h3>{t('history.detail.feedback')}</h3>
      {r.assistFeedback?.length ? (
        <ul aria-label={t('history.detail.feedback')}>
          {r.assistFeedback.map((f) => (
            <li key={f.articleId}>
              <strong>{f.title}</strong> — {[vote(f.vote), f.pinned && t('history.detail.pinned'), f.copied > 0 && t('history.detail.copied', { count: f.copied }), f.query && t('history.detail.query', { query: f.query })].filter(Boolean).join(' · ')}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('history.detail.noFeedback')}</p>
      )}
    </section>
  );
}
