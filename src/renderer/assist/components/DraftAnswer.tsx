import { useTranslation } from 'react-i18next';
import type { Article } from '../kb/types';
import { useDraft } from '../generate/draftStore';

/** "Draft answer": a streamed answer from the configured LLM server, grounded on the suggestions shown. */
export function DraftAnswer({ question, articles }: { question: string; articles: readonly Article[] }) {
  const { t } = useTranslation();
  const d = useDraft();
  const streaming = d.status === 'streaming';
  const titleOf = (id: string) => d.articles.find((a) => a.id === id)?.title ?? id;
  const status =
    d.status === 'streaming' ? t('assist.draft.streaming')
    : d.status === 'no-answer' ? t('assist.draft.noAnswer')
    : d.status === 'error' ? (d.error?.kind === 'cancelled' ? t('assist.draft.cancelled') : t('assist.draft.failed', { message: d.error?.message ?? '' }))
    : d.status === 'answer' ? t('assist.draft.done', { count: d.articles.length })
    : '';
  return (
    <section className="draft" aria-label={t('assist.draft.region')} aria-busy={streaming}>
      <div className="draft-actions">
        <button type="button" disabled={streaming || !question.trim()} onClick={() => void useDraft.getState().draft(question, articles)}>
          {t('assist.draft.button')}
        </button>
        {streaming && (
          <button type="button" aria-label={t('assist.draft.cancelName')} onClick={() => useDraft.getState().cancel()}>
            {t('assist.draft.cancel')}
          </button>
        )}
      </div>
      <p role="status" aria-label={t('assist.draft.status')}>{status}</p>
      {d.status !== 'idle' && d.question !== question && <p className="meta">{t('assist.draft.for', { question: d.question })}</p>}
      {d.text && <p className="draft-text" aria-label={t('assist.draft.text')}>{d.text}</p>}
      {d.status === 'answer' && (
        <>
          {d.cited.length > 0 ? (
            <p className="meta">{t('assist.draft.sources', { list: d.cited.map((id) => `${titleOf(id)} [${id}]`).join('; ') })}</p>
          ) : (
            <p className="warning">{t('assist.draft.uncited')}</p>
          )}
          {d.unknown.length > 0 && <p className="warning" role="note">{t('assist.draft.dropped', { list: d.unknown.join(', ') })}</p>}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(d.text)}>{t('assist.draft.copy')}</button>
        </>
      )}
    </section>
  );
}
