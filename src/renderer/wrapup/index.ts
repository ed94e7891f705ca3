// The app's wrap-ups: drafted from the call's transcript (transcript/) and the articles agent assist
// suggested for it (read only, followed once started), the moment the call ends.
import i18next from 'i18next';
import { useAssist } from '../assist';
import { useTranscript } from '../transcript';
import { CallLog } from './callLog';
import { onDeviceSummariser } from './onDeviceSummary';
import { createWrapUpStore } from './store';
import type { CallSummariser } from './types';

const log = new CallLog();
let summariser: CallSummariser = onDeviceSummariser;

export const useWrapUp = createWrapUpStore({
  log,
  transcript: (callId) => useTranscript.getState().finals(callId),
  summariser: () => summariser,
  t: (key, vars) => i18next.t(key, vars),
});

let started = false;
/** From now on: the articles suggested in each call are kept for its wrap-up. */
export function startWrapUp(): void {
  if (started) return;
  started = true;
  useAssist.subscribe((s, prev) => {
    const latest = s.auto[0];
    if (!latest || latest === prev.auto[0]) return;
    log.suggested(latest.callId, latest.hits.map((h) => ({ id: h.article.id, title: h.article.title, tags: h.article.tags, confidence: h.confidence })));
  });
}

/** The seam for a generative summary: install another summariser (the on-device one stays the fallback). */
export function setSummariser(next: CallSummariser | null): void {
  summariser = next ?? onDeviceSummariser;
}

// WrapUpPanel reads useWrapUp from here, so it is imported by path, not re-exported (a cycle).
export type { CallSummariser, CallDigest, SummaryDraft, WrapUp } from './types';
