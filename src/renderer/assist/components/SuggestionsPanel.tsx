import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallSession } from '../../callSession';
import { useSettings } from '../../settings/store';
import { describeImportError } from '../kb/types';
import { NO_MATCH, type Hit } from '../search/kbSearch';
import { useAssist } from '../store';
import { useFeedback } from '../feedback/store';
import { DraftAnswer } from './DraftAnswer';
import { useDraft } from '../generate/draftStore';
import { FeedbackExport } from './FeedbackExport';
import { LearningControls } from './LearningControls';
import { KnowledgeBaseImport } from './KnowledgeBaseImport';
import { SuggestionItem } from './SuggestionItem';
import { SemanticSearchStatus } from './SemanticSearchStatus';

/** Suggested answers from the knowledge base, from the search box or from what the customer said;
 *  the agent's feedback on them is kept with the call. */
export function SuggestionsPanel() {
  const { t } = useTranslation();
  const uid = useId();
  const { status, query, hits, searchMs, importErrors, source, articleCount, error, auto, remote, semantic } = useAssist();
  const { callId, callNumber } = useCurrentCall();
  const pinned = useFeedback((s) => s.pinned);
  const snapshot = useSettings((s) => s.snapshot);
  const assist = snapshot?.effective.assist ?? null;
  useEffect(() => void useAssist.getState().load(), []);
  useEffect(() => {
    void useFeedback.getState().setCall(callId, callNumber);
    useDraft.getState().reset(); // a draft belongs to the call it was made in
  }, [callId, callNumber]);
  const manual = query.trim() !== '';
  const latest = auto[0];
  const good = manual ? hits.filter((h) => h.confidence >= NO_MATCH) : (latest?.hits ?? []);
  const took = manual ? searchMs : (latest?.ms ?? null);
  const question = manual ? query : (latest?.heard ?? '');
  const pinnedHits: Hit[] = pinned.filter((a) => !good.some((h) => h.article.id === a.id)).map((article) => ({ article, score: 0, confidence: 0, matched: [] }));
  return (
    <section aria-label={t('assist.region')} className="suggestions">
      <h2>{t('assist.region')}</h2>
      <label htmlFor={`${uid}-q`}>{t('assist.search')}</label>
      <input id={`${uid}-q`} type="search" value={query} disabled={status !== 'ready'} onChange={(e) => void useAssist.getState().search(e.target.value)} />
      <p className="kb-source" role="status" aria-label={t('assist.kbStatus')}>
        {status === 'failed' ? t('assist.failed', { message: error ?? '' }) : status === 'ready' ? t(`assist.source.${source}`, { count: articleCount, host: remote ? hostOf(remote.url) : '' }) : t('assist.loading')}
      </p>
      <SemanticSearchStatus status={semantic} onDownload={() => void useAssist.getState().downloadEmbeddingModel()} />
      {assist?.kbSourceUrl && (
        <button type="button" onClick={() => void useAssist.getState().refreshRemote()}>{t('assist.remote.refresh')}</button>
      )}
      {remote?.result === 'failed' && <p role="alert">{t('assist.remote.failed', { message: remote.message ?? '' })}</p>}
      {remote && remote.result !== 'failed' && (
        <p className="meta">{t(`assist.remote.${remote.result}`, { time: new Date(remote.checkedAt).toLocaleTimeString() })}</p>
      )}
      {manual && good.length === 0 && status === 'ready' && <p>{t('assist.noMatch')}</p>}
      {!manual && latest && <p className="heard">{t('assist.heard', { text: latest.heard })}</p>}
      <ol>
        {good.map((h) => <SuggestionItem key={h.article.id} hit={h} query={question} took={took} />)}
        {pinnedHits.map((h) => <SuggestionItem key={h.article.id} hit={h} query={question} took={null} pinnedOnly />)}
      </ol>
      {assist?.llmEnabled && assist.llmEndpoint && <DraftAnswer question={question} articles={good.map((h) => h.article)} />}
      <KnowledgeBaseImport />
      {importErrors.length > 0 && (
        <div role="alert">
          <p>{t('assist.importFailed', { count: importErrors.length })}</p>
          <ul>{importErrors.map((e, i) => <li key={i}>{describeImportError(e)}</li>)}</ul>
        </div>
      )}
      <FeedbackExport />
      <LearningControls />
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The call the suggestions belong to (the current call: none when idle), and its number. */
function useCurrentCall(): { callId: string | null; callNumber: string | undefined } {
  const callId = useCallSession((s) => s.currentCallId);
  const callNumber = useCallSession((s) => s.calls.find((c) => c.id === s.currentCallId)?.peerNumber || undefined);
  return { callId, callNumber };
}
