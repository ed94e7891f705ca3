// Agent assist state: the knowledge base (IndexedDB, or the bundled sample until IT imports one),
// its search worker, and the suggestions for the current query.
import { create } from 'zustand';
import { KbDb, storedChecklist } from './kb/kbDb';
import { importInWorker, refreshInWorker } from './kb/importClient';
import type { KbUpload } from './kb/importProtocol';
import type { ScriptItem } from '../../shared/settings/schema';
import { downloadAllowed, downloadModel, findModel, ModelStore, type ModelSource } from '../models';
import type { SemanticStatus } from './search/semanticStatus';
import { onSettingsChange, useSettings } from '../settings/store';
import type { ImportProgress } from './kb/importer';
import type { Article, ImportError } from './kb/types';
import type { Hit } from './search/kbSearch';
import type { SearchIn, SearchOut } from './search/search.worker';
import { SuggestionTrigger, type TriggeredSuggestions } from './trigger/suggestionTrigger';
import { onUtterance, useTranscript } from '../transcript';
import { learnedFor } from './learning/learningStore';
import { learningEnabled, useLearning } from './learning/store';

export interface AssistState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  source: 'sample' | 'imported' | 'remote' | null;
  /** The last check of the knowledge-base URL (Settings → Agent assist, or admin policy). */
  remote: { url: string; checkedAt: number; result: 'unchanged' | 'updated' | 'failed'; message?: string } | null;
  articleCount: number;
  /** The call script's checklist from the knowledge base's checklist.json (empty: none; admin policy's wins). */
  checklist: ScriptItem[];
  /** Semantic (vector) search: off, on, or why not. Keyword search works whatever this says. */
  semantic: SemanticStatus;
  query: string;
  hits: Hit[];
  searchMs: number | null;
  importErrors: ImportError[];
  /** The import under way (parsed in a worker), for the progress bar; null when none is. */
  importProgress: ImportProgress | null;
  error: string | null;
  /** Suggestions brought up by what the customer said (newest first), for the current call. */
  auto: TriggeredSuggestions[];
  /** Loads the stored knowledge base (or the sample) into the search worker. */
  load(): Promise<void>;
  search(query: string): Promise<void>;
  importFiles(files: KbUpload[]): Promise<boolean>;
  /** Fetches the knowledge-base URL now (also done on load and every kbRefreshMin minutes). */
  refreshRemote(): Promise<void>;
  /** "Download search model": the embedding model from the model server, where policy allows it. */
  downloadEmbeddingModel(): Promise<void>;
  /** The knowledge base's articles with these ids, as search has them (for "Export confirmed phrasings"). */
  articles(ids: string[]): Promise<Article[]>;
}

const db = new KbDb();
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (r: { hits: Hit[]; ms: number }) => void>();
const pendingArticles = new Map<number, (articles: Article[]) => void>();

function searchWorker(onLoaded: (count: number) => void, onError: (m: string) => void, onSemantic: (s: SemanticStatus) => void): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search/search.worker.ts', import.meta.url), { type: 'module', name: 'kb-search' });
  worker.onmessage = (e: MessageEvent<SearchOut>) => {
    const m = e.data;
    if (m.type === 'loaded') onLoaded(m.count);
    else if (m.type === 'semantic') onSemantic(m.status);
    else if (m.type === 'results') pending.get(m.id)?.(m), pending.delete(m.id);
    else if (m.type === 'articles') pendingArticles.get(m.id)?.(m.articles), pendingArticles.delete(m.id);
    else onError(m.message);
  };
  return worker;
}

async function sampleArticles(): Promise<{ articles: Article[]; synonyms: string[][]; checklist: ScriptItem[] }> {
  const { importKnowledgeBase } = await import('./kb/importer');
  const base = new URL('kb-sample/', document.baseURI);
  const { files } = (await (await fetch(new URL('index.json', base))).json()) as { files: string[] };
  const texts = await Promise.all(files.map(async (name) => ({ name, text: await (await fetch(new URL(name, base))).text() })));
  const r = importKnowledgeBase(texts);
  if (!r.ok) throw new Error(`the bundled sample knowledge base is invalid: ${r.errors.length} errors`);
  return { articles: r.articles, synonyms: r.synonyms, checklist: r.checklist };
}

/** Knowledge-base hits for what the customer said (none until the knowledge base is ready). */
let suggestFrom: (query: string) => Promise<Hit[]> = async () => [];

export const useAssist = create<AssistState>()((set, get) => {
  const ask = (query: string) =>
    new Promise<{ hits: Hit[]; ms: number }>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      send({ type: 'search', id, query, limit: 3 });
    });
  suggestFrom = async (query) => (get().status === 'ready' ? (await ask(query)).hits : []);
  const send = (m: SearchIn) =>
    searchWorker(
      (count) => set({ status: 'ready', articleCount: count }),
      (message) => set({ status: 'failed', error: message }),
      (semantic) => set({ semantic }),
    ).postMessage(m);
  const loadArticles = async () => {
    // A stored knowledge base is read by the search worker itself: tens of megabytes of articles
    // read and copied here would block the window for seconds.
    const stored = await db.articles.count();
    const fromUrl = stored > 0 && (await db.meta.get('remote')) !== undefined;
    const source = stored ? (fromUrl ? 'remote' : 'imported') : 'sample';
    const { checklist, kb } = stored ? { kb: 'stored' as const, checklist: await storedChecklist(db) } : await sampleArticles().then(({ checklist, ...kb }) => ({ checklist, kb }));
    set({ source, status: 'loading', checklist });
    send({ type: 'load', kb, embedding: await embeddingSource() });
  };
  // Learning from agents: what search is given changes with every confirmation, reset and the setting.
  let taught = '';
  const teach = () => {
    const phrasings = learnedFor(useLearning.getState(), learningEnabled());
    const key = JSON.stringify(phrasings);
    if (key === taught) return;
    taught = key;
    send({ type: 'learn', phrasings });
  };
  // The embedding model: found like the caption model (model folder, then the app's cache); none or
  // missing = keyword search only, and the panel says which.
  let models: ModelStore | null = null;
  const embeddingSource = async (): Promise<ModelSource | null> => {
    const effective = useSettings.getState().snapshot?.effective;
    const modelId = effective ? (effective.assist.embeddingModelId) : '';
    if (!effective || !modelId) {
      set({ semantic: { state: 'off' } });
      return null;
    }
    const found = await findModel({ ...effective.captions, modelId }, { baseURI: document.baseURI, store: (models ??= new ModelStore()) });
    if (found.kind === 'found') return found.source;
    set({ semantic: { state: 'missing', modelId, looked: found.looked, canDownload: downloadAllowed(effective.captions) } });
    return null;
  };
  // Where the embedding model is looked for: a change reloads the index.
  const embeddingKey = () => {
    const effective = useSettings.getState().snapshot?.effective;
    return effective ? JSON.stringify([effective.assist.embeddingModelId, effective.captions.modelFolder]) : '';
  };
  let embeddingArmed = '';
  const rearmEmbedding = () => {
    const key = embeddingKey();
    if (key === embeddingArmed) return;
    embeddingArmed = key;
    if (get().status === 'ready') void loadArticles().catch((e: unknown) => set({ status: 'failed', error: e instanceof Error ? e.message : String(e) }));
  };
  // The knowledge-base URL: checked at load, then every kbRefreshMin minutes; re-armed when it changes.
  let timer: ReturnType<typeof setInterval> | undefined;
  let armed = '';
  const currentSource = () => {
    const effective = useSettings.getState().snapshot?.effective;
    return effective?.assist ?? null;
  };
  const arm = () => {
    const s = currentSource();
    const key = s?.kbSourceUrl ? `${s.kbSourceUrl} ${s.kbRefreshMin}` : '';
    if (key === armed) return;
    armed = key;
    clearInterval(timer);
    if (!s?.kbSourceUrl) return;
    timer = setInterval(() => void get().refreshRemote(), s.kbRefreshMin * 60_000);
    void get().refreshRemote();
  };
  return {
    status: 'idle',
    source: null,
    articleCount: 0,
    checklist: [],
    semantic: { state: 'off' },
    query: '',
    hits: [],
    searchMs: null,
    importErrors: [],
    importProgress: null,
    error: null,
    auto: [],
    remote: null,
    load: async () => {
      if (get().status !== 'idle') return;
      set({ status: 'loading' });
      embeddingArmed = embeddingKey();
      await useLearning.getState().load();
      teach();
      useLearning.subscribe(teach);
      onSettingsChange(teach);
      await loadArticles().catch((e: unknown) => set({ status: 'failed', error: e instanceof Error ? e.message : String(e) }));
      arm();
      onSettingsChange(arm);
      onSettingsChange(rearmEmbedding);
    },
    refreshRemote: async () => {
      const url = currentSource()?.kbSourceUrl;
      if (!url) return;
      const r = await refreshInWorker(url).catch((e: unknown) => ({ kind: 'failed' as const, message: e instanceof Error ? e.message : String(e) }));
      set({ remote: { url, checkedAt: Date.now(), result: r.kind, message: r.kind === 'failed' ? r.message : undefined } });
      if (r.kind === 'updated') await loadArticles();
    },
    search: async (query) => {
      set({ query });
      if (!query.trim()) return set({ hits: [], searchMs: null });
      const result = await ask(query);
      if (get().query === query) set({ hits: result.hits, searchMs: result.ms });
    },
    articles: (ids) =>
      new Promise<Article[]>((resolve) => {
        const id = ++nextId;
        pendingArticles.set(id, resolve);
        send({ type: 'articles', id, ids });
      }),
    downloadEmbeddingModel: async () => {
      const effective = useSettings.getState().snapshot?.effective;
      const modelId = effective ? (effective.assist.embeddingModelId) : '';
      if (!effective || !modelId || !downloadAllowed(effective.captions)) return;
      set({ semantic: { state: 'downloading', modelId, receivedBytes: 0, totalBytes: 0 } });
      try {
        await downloadModel({
          baseUrl: effective.captions.downloadBaseUrl,
          modelId,
          store: (models ??= new ModelStore()),
          onProgress: (p) => set({ semantic: { state: 'downloading', modelId, receivedBytes: p.receivedBytes, totalBytes: p.totalBytes } }),
        });
      } catch (e) {
        set({ semantic: { state: 'failed', modelId, reason: e instanceof Error ? e.message : String(e) } });
        return;
      }
      await loadArticles(); // finds it in the cache now
    },
    importFiles: async (files) => {
      set({ importProgress: { stage: 'reading', done: 0, total: 1, rows: 0 } });
      const r = await importInWorker(files, (importProgress) => set({ importProgress })).catch((e: unknown) => ({
        ok: false as const,
        errors: [{ file: files[0]?.name ?? '(none)', message: e instanceof Error ? e.message : String(e) }],
      }));
      set({ importProgress: null });
      if (!r.ok) {
        set({ importErrors: r.errors });
        return false;
      }
      set({ importErrors: [], hits: [] });
      await loadArticles();
      return true;
    },
  };
});

let stopSuggestions: (() => void) | null = null;
/** Transcript -> suggestions, one call at a time: from the app's wiring (app/featureWiring.ts), once. */
export function startSuggestions(): void {
  let callId: string | null = null;
  const trigger = new SuggestionTrigger(
    (query) => suggestFrom(query),
    (s) => useAssist.setState({ auto: [s, ...useAssist.getState().auto].slice(0, 10) }),
    (id) => useTranscript.getState().finals(id).filter((l) => l.speaker === 'customer').map((l) => l.text),
  );
  stopSuggestions ??= onUtterance((u) => {
    if (u.callId !== callId) {
      callId = u.callId;
      trigger.reset();
      useAssist.setState({ auto: [] });
    }
    trigger.onUtterance(u);
  });
}
