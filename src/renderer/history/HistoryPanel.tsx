import { useTranslation } from 'react-i18next';
import { useHistory } from './store';
import type { CallRecord } from './types';

function duration(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

export function HistoryPanel({ onCallBack }: { onCallBack(peerUri: string): void }) {
  const { t, i18n } = useTranslation();
  const records = useHistory((s) => s.records);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const outcome = (r: CallRecord) => {
    const code = [r.sipCode, r.reason].filter(Boolean).join(' ');
    return t(`history.outcome.${r.outcome}`) + (code ? ` (${code})` : '');
  };
  return (
    <section aria-label={t('history.title')} className="history">
      <h2>{t('history.title')}</h2>
      {records.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-outcome={r.outcome} data-direction={r.direction}>
              <span>{t(`history.direction.${r.direction}`)}</span>{' '}
              <strong>{r.peerName || r.peerNumber}</strong>{r.peerName && ` ${r.peerNumber}`}{' · '}
              <time dateTime={new Date(r.startedAt).toISOString()}>{time.format(r.startedAt)}</time>{' · '}
              {duration(r.durationSec)}{' · '}
              <span className="outcome">{outcome(r)}</span>{' '}
              <button type="button" aria-label={t('history.callBack', { peer: r.peerNumber })} onClick={() => onCallBack(r.peerUri)}>
                {t('history.callBackShort')}
              </button>
              {r.wrapUp && (
                <p className="wrapup-saved">
                  <span>{t('history.wrapUpDisposition', { disposition: r.wrapUp.disposition })}</span>{' · '}
                  <span className="wrapup-summary">{t('history.wrapUpSummary', { summary: r.wrapUp.summary })}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
