// Wrap-ups waiting for the agent: one per answered call that ended. The draft is ready as soon as the
// call ends; saving attaches the wrap-up to the call record (the call-data module redacts personal data
// as it stores it), all or nothing: "saved" once it is committed, and a failed save keeps every edit
// and says why.
import { create } from 'zustand';
import { CallLog } from './callLog';
import type { TranscriptLine } from '../transcript/store';
import { rankDispositions } from './disposition';
import { formatDraft } from './format';
import { onDeviceSummariser } from './onDeviceSummary';
import type { CallDigest, CallSummariser, WrapUp } from './types';

export interface WrapUpDraft {
  callId: string;
  peer: string;
  status: 'drafting' | 'ready' | 'saving' | 'saved' | 'failed';
  /** What the agent is editing. */
  summary: string;
  /** The draft as made, to tell whether the agent changed it. */
  drafted: string;
  disposition: string;
  /** Offered dispositions, best first (the first is the suggestion). */
  dispositions: string[];
  draftedBy: string;
  /** Another summariser (an LLM) working on a better draft: its id, while it works. */
  improving: string | null;
  /** Why that summariser's draft did not arrive (the on-device draft stands). */
  improveError: string | null;
  /** False for the demo call, which has no call record to save to. */
  savable: boolean;
  error: string | null;
  /** When the call ended and when the draft was ready (Date.now()). */
  endedAt: number;
  readyAt: number | null;
}

export interface OpenWrapUp {
  callId: string;
  peer: string;
  direction: CallDigest['direction'];
  endedAt?: number;
  /** Attaches the wrap-up to the call record and resolves with it as stored; null when there is no record (demo call). */
  persist: ((wrapUp: WrapUp) => Promise<WrapUp>) | null;
}

export interface WrapUpState {
  drafts: WrapUpDraft[];
  open(call: OpenWrapUp): Promise<void>;
  edit(callId: string, change: Partial<Pick<WrapUpDraft, 'summary' | 'disposition'>>): void;
  save(callId: string): Promise<boolean>;
  dismiss(callId: string): void;
}

export interface WrapUpDeps {
  log: CallLog;
  /** The call's final lines (its transcript), read once as the wrap-up opens. */
  transcript: (callId: string) => readonly TranscriptLine[];
  /** The summary's author; the on-device one is also the fallback when another fails. */
  summariser?: () => CallSummariser;
  t: (key: string, vars?: Record<string, unknown>) => string;
  now?: () => number;
}

/** At most this many wrap-ups wait at once; older unsaved ones give way (their call record stays). */
const MAX_OPEN = 3;

export function createWrapUpStore(deps: WrapUpDeps) {
  const now = deps.now ?? Date.now;
  const persisters = new Map<string, OpenWrapUp['persist']>();
  return create<WrapUpState>()((set, get) => {
    const patch = (callId: string, change: Partial<WrapUpDraft>) =>
      set({ drafts: get().drafts.map((d) => (d.callId === callId ? { ...d, ...change } : d)) });
    return {
      drafts: [],
      open: async (call) => {
        const endedAt = call.endedAt ?? now();
        const utterances = deps.transcript(call.callId).filter((l) => l.text.trim()).map((l) => ({ speaker: l.speaker, text: l.text.trim(), atMs: l.endMs }));
        const digest: CallDigest = { callId: call.callId, peer: call.peer, direction: call.direction, utterances, ...deps.log.take(call.callId) };
        const dispositions = rankDispositions(digest.articles);
        persisters.set(call.callId, call.persist);
        const draft: WrapUpDraft = {
          callId: call.callId, peer: call.peer, status: 'drafting', summary: '', drafted: '', disposition: dispositions[0]!, dispositions,
          draftedBy: '', improving: null, improveError: null, savable: call.persist !== null, error: null, endedAt, readyAt: null,
        };
        set({ drafts: [draft, ...get().drafts.filter((d) => d.callId !== call.callId)].slice(0, MAX_OPEN) });
        // The on-device draft is there at once (the agent may start editing); another summariser (an
        // LLM) replaces it when it answers, unless the agent has changed the draft meanwhile.
        const local = formatDraft(await onDeviceSummariser.summarise(digest), deps.t);
        patch(call.callId, { status: 'ready', summary: local, drafted: local, draftedBy: onDeviceSummariser.id, readyAt: now() });
        const summariser = deps.summariser?.() ?? onDeviceSummariser;
        if (summariser.id === onDeviceSummariser.id) return;
        patch(call.callId, { improving: summariser.id });
        let failure: string | null = null;
        const better = await summariser.summarise(digest).catch((e: unknown) => {
          failure = e instanceof Error ? e.message : String(e);
          return null;
        });
        const d = get().drafts.find((x) => x.callId === call.callId);
        if (!d) return;
        if (better && d.status === 'ready' && d.summary === d.drafted) {
          const text = formatDraft(better, deps.t);
          patch(call.callId, { summary: text, drafted: text, draftedBy: summariser.id, improving: null });
        } else {
          patch(call.callId, { improving: null, improveError: failure });
        }
      },
      edit: (callId, change) => {
        const d = get().drafts.find((x) => x.callId === callId);
        if (d && d.status !== 'saving' && d.status !== 'drafting') patch(callId, { ...change, status: 'ready', error: null });
      },
      save: async (callId) => {
        const d = get().drafts.find((x) => x.callId === callId);
        const persist = persisters.get(callId);
        if (!d || !persist || d.status === 'saving' || d.status === 'drafting') return false;
        if (!d.summary.trim()) {
          patch(callId, { status: 'failed', error: deps.t('wrapup.error.empty') });
          return false;
        }
        patch(callId, { status: 'saving', error: null });
        const wrapUp: WrapUp = {
          summary: d.summary.trim(),
          disposition: d.disposition,
          draftedBy: d.draftedBy,
          edited: d.summary !== d.drafted,
          savedAt: now(),
        };
        try {
          const stored = await persist(wrapUp);
          patch(callId, { status: 'saved', summary: stored.summary });
          return true;
        } catch (e) {
          patch(callId, { status: 'failed', error: deps.t('wrapup.error.save', { message: e instanceof Error ? e.message : String(e) }) });
          return false;
        }
      },
      dismiss: (callId) => {
        persisters.delete(callId);
        set({ drafts: get().drafts.filter((d) => d.callId !== callId) });
      },
    };
  });
}
