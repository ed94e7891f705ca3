// TEST-ONLY injection into the call's transcript (src/renderer/transcript), the seam where captions
// enter the app. End-to-end tests and benchmarks use it to stand in for the recogniser with
// exact text. It exists only when the page was started with window.__switchboardTestHooks === true,
// which only script already running in the page (Playwright's addInitScript) can set before start-up:
// it grants nothing such script could not already do, and nothing persists it.
import { useCallSession } from '../callSession';
import { publishUtterance, type Utterance } from '../transcript';

export interface TestUtterance {
  speaker: Utterance['speaker'];
  text: string;
  final?: boolean;
  /** Default: the current call (or the running demo call). */
  callId?: string;
}

export interface SwitchboardTestHooks {
  /** Publishes an utterance as the recogniser would; returns the call id it was published for. */
  injectUtterance(u: TestUtterance): string;
  /** Parses and checks knowledge-base files on the main thread, as imports did before the import worker (the "before" of e2e/kb-import.spec.ts). */
  importKnowledgeBaseOnMainThread(files: { name: string; text: string }[]): Promise<{ ok: boolean; articles: number }>;
}

declare global {
  interface Window {
    __switchboardTestHooks?: boolean;
    __switchboardTest?: SwitchboardTestHooks;
  }
}

export function installTestHooks(): void {
  if (window.__switchboardTestHooks !== true) return;
  window.__switchboardTest = {
    injectUtterance(u) {
      if (u.speaker !== 'agent' && u.speaker !== 'customer') throw new Error(`injectUtterance: speaker must be "agent" or "customer", not ${JSON.stringify(u.speaker)}`);
      if (typeof u.text !== 'string' || !u.text.trim()) throw new Error('injectUtterance: text must be non-empty');
      const session = useCallSession.getState();
      const callId = u.callId ?? session.currentCallId;
      if (!callId) throw new Error('injectUtterance: there is no call to publish for (pass callId)');
      const since = session.calls.find((c) => c.id === callId)?.answeredAt;
      publishUtterance({ callId, speaker: u.speaker, text: u.text, final: u.final ?? true, atMs: since ? Date.now() - since : 0 });
      return callId;
    },
    async importKnowledgeBaseOnMainThread(files) {
      const { importKnowledgeBase } = await import('../assist/kb/importer');
      const r = importKnowledgeBase(files);
      return { ok: r.ok, articles: r.ok ? r.articles.length : 0 };
    },
  };
}
