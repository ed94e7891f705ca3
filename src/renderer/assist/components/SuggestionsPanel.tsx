import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportError } from '../kb/types';
import { NO_MATCH } from '../search/kbSearch';
import { useAssist } from '../store';
import { KnowledgeBaseImport } from './KnowledgeBaseImport';

/** Suggested answers from the knowledge base: the manual search box for now (live triggering from
 *  the call's transcript arrives with captions). */
export function SuggestionsPanel() {
  const { t } = useTranslation();
  const uid = useId();
  const { status, query, hits, searchMs, importErrors, source, articleCount, error, auto } = useAssist();
  useEffect(() => void useAssist.getState().load(), []);
  const manual = query.trim() !== '';
  const latest = auto[0];
  const good = manual ? hits.filter((h) => h.confidence >= NO_MATCH) : (latest?.hits ?? []);
  const took = manual ? searchMs : (latest?.ms ?? null);
  return (
    <section aria-label={t('assist.region')} className="suggestions">
      <h2>{t('assist.region')}</h2>
      <label htmlFor={`${uid}-q`}>{t('assist.search')}</label>
      <input id={`${uid}-q`} type="search" value={query} disabled={status !== 'ready'} onChange={(e) => void useAssist.getState().search(e.target.value)} />
      <p className="kb-source" role="status" aria-label={t('assist.kbStatus')}>
        {status === 'failed' ? t('assist.failed', { message: error ?? '' }) : status === 'ready' ? t(`assist.source.${source}`, { count: articleCount }) : t('assist.loading')}
      </p>
      {manual && good.length === 0 && status === 'ready' && <p>{t('assist.noMatch')}</p>}
      {!manual && latest && <p className="heard">{t('assist.heard', { text: latest.heard })}</p>}
      <ol>
        {good.map((h) => (
          <li key={h.article.id} data-article={h.article.id}>
            <h3>{h.article.title}</h3>
            <p className="suggestion-answer">{highlight(h.article.body, h.matched)}</p>
            <p className="meta">
              {t('assist.confidence', { percent: Math.round(h.confidence * 100) })}
              {took !== null && ` · ${t('assist.took', { ms: Math.round(took) })}`}
              {h.article.link && <> · <a href={h.article.link} target="_blank" rel="noreferrer">{t('assist.source.link')}</a></>}
            </p>
            <button type="button" aria-label={t('assist.copy', { title: h.article.title })} onClick={() => void navigator.clipboard?.writeText(h.article.body)}>
              {t('assist.copyShort')}
            </button>
          </li>
        ))}
      </ol>
      <KnowledgeBaseImport />
      {importErrors.length > 0 && (
        <div role="alert">
          <p>{t('assist.importFailed', { count: importErrors.length })}</p>
          <ul>{importErrors.map((e, i) => <li key={i}>{describeImportError(e)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}

function highlight(text: string, words: string[]): ReactNode {
  if (words.length === 0) return text;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
