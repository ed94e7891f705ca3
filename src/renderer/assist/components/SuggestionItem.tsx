import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hit } from '../search/kbSearch';
import { useFeedback } from '../feedback/store';

/** One suggested article with the agent's actions: expand, copy, pin, helpful / not helpful. */
export function SuggestionItem({ hit, query, took, pinnedOnly }: { hit: Hit; query: string; took: number | null; pinnedOnly?: boolean }) {
  const { t } = useTranslation();
  const { article } = hit;
  const fb = useFeedback((s) => s.items[article.id]);
  const [open, setOpen] = useState(false);
  const title = article.title;
  const act = useFeedback.getState();
  return (
    <li data-article={article.id} className={fb?.pinned ? 'pinned' : undefined}>
      <h3>{title}</h3>
      <p className={open ? 'suggestion-answer' : 'suggestion-answer collapsed'}>{highlight(article.body, hit.matched)}</p>
      <p className="meta">
        {pinnedOnly ? t('assist.pinnedNote') : t('assist.confidence', { percent: Math.round(hit.confidence * 100) })}
        {!pinnedOnly && took !== null && ` · ${t('assist.took', { ms: Math.round(took) })}`}
        {!pinnedOnly && hit.confirmed ? ` · ${hit.confirmed === 1 ? t('assist.learned.matchesOne') : t('assist.learned.matches', { count: hit.confirmed })}` : null}
        {article.link && <> · <a href={article.link} target="_blank" rel="noreferrer">{t('assist.source.link')}</a></>}
      </p>
      <div className="suggestion-actions">
        <button type="button" aria-expanded={open} aria-label={t('assist.expand', { title })}
          onClick={() => {
            setOpen(!open);
            void act.expanded(article, query, !open);
          }}>
          {open ? t('assist.collapseShort') : t('assist.expandShort')}
        </button>
        <button type="button" aria-label={t('assist.copy', { title })}
          onClick={() => {
            void navigator.clipboard?.writeText(article.body).catch(() => undefined);
            void act.copied(article, query);
          }}>
          {t('assist.copyShort')}
        </button>
        <button type="button" aria-pressed={fb?.pinned ?? false} aria-label={t('assist.pin', { title })} onClick={() => void act.togglePin(article, query)}>
          {t('assist.pinShort')}
        </button>
        <button type="button" aria-pressed={fb?.vote === 'helpful'} aria-label={t('assist.helpful', { title })} onClick={() => void act.vote(article, query, 'helpful')}>
          {t('assist.helpfulShort')}
        </button>
        <button type="button" aria-pressed={fb?.vote === 'not-helpful'} aria-label={t('assist.notHelpful', { title })} onClick={() => void act.vote(article, query, 'not-helpful')}>
          {t('assist.notHelpfulShort')}
        </button>
      </div>
    </li>
  );
}

function highlight(text: string, words: string[]): ReactNode {
  if (words.length === 0) return text;
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
