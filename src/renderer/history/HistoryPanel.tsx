import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallDetails } from './components/CallDetails';
import { HistoryToolbar } from './components/HistoryToolbar';
import { filterCalls } from './historyFilter';
import type { HistoryStore } from './historyStore';
import type { CallOutcome, CallRecord } from './types';

/** The number first (what the agent searches and says), then the name. */
export const peerLabel = (r: CallRecord) => (r.peerName ? `${r.peerNumber} (${r.peerName})` : r.peerNumber);

/** Rows shown at first and added by "Show more": thousands of rows would slow every change to the window. */
export const PAGE_SIZE = 50;

function duration(sec: number): string {
  return `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
}

/** Calls newest first: call back, details (talk metrics, transcript, wrap-up, feedback), search, export, clear. */
export function HistoryPanel({ onCallBack, store }: { onCallBack(peerUri: string): void; store: HistoryStore }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const records = store((s) => s.records);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState(PAGE_SIZE);
  const outcomeLabel = (o: CallOutcome) => t(`history.outcome.${o}`);
  const visible = useMemo(() => filterCalls(records, query, (o) => t(`history.outcome.${o}`)), [records, query, t]);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const outcome = (r: CallRecord) => {
    const code = [r.sipCode, r.reason].filter(Boolean).join(' ');
    return outcomeLabel(r.outcome) + (code ? ` (${code})` : '');
  };
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section aria-label={t('history.title')} className="history">
      <h2>{t('history.title')}</h2>
      {records.length > 0 && (
        <HistoryToolbar
          query={query}
          onQuery={(q) => {
            setQuery(q);
            setShown(PAGE_SIZE);
          }}
          visible={visible}
          total={records.length}
          onClear={() => store.getState().clear()}
        />
      )}
      {records.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul>
          {visible.slice(0, shown).map((r) => {
            const detailsId = `${uid}-details-${r.id}`;
            const expanded = open.has(r.id);
            return (
              <li key={r.id} data-outcome={r.outcome} data-direction={r.direction}>
                <span>{t(`history.direction.${r.direction}`)}</span>{' '}
                <strong>{r.peerName || r.peerNumber}</strong>{r.peerName && ` ${r.peerNumber}`}{' · '}
                <time dateTime={new Date(r.startedAt).toISOString()}>{time.format(r.startedAt)}</time>{' · '}
                {duration(r.durationSec)}{' · '}
                <span className="outcome">{outcome(r)}</span>{' '}
                <button type="button" aria-label={t('history.callBack', { peer: r.peerNumber })} onClick={() => onCallBack(r.peerUri)}>
                  {t('history.callBackShort')}
                </button>{' '}
                <button type="button" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} aria-label={t('history.detailsFor', { peer: peerLabel(r) })} onClick={() => toggle(r.id)}>
                  {t('history.details')}
                </button>
                {r.wrapUp && (
                  <p className="wrapup-saved">
                    <span>{t('history.wrapUpDisposition', { disposition: r.wrapUp.disposition })}</span>{' · '}
                    <span className="wrapup-summary">{t('history.wrapUpSummary', { summary: r.wrapUp.summary })}</span>
                  </p>
                )}
                {expanded && <CallDetails record={r} id={detailsId} outcome={outcome(r)} peer={peerLabel(r)} />}
              </li>
            );
          })}
        </ul>
      )}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('history.showMore', { count: Math.min(PAGE_SIZE, visible.length - shown), remaining: visible.length - shown })}
        </button>
      )}
    </section>
  );
}
