// The app's wrap-ups: the call log listens to the transcript boundary and to agent assist's
// suggestions (read only) from start-up, so a wrap-up can be drafted the moment a call ends.
import i18next from 'i18next';
import { useAssist } from '../assist';
import { onUtterance } from '../voice/transcript';
import { CallLog } from './callLog';
import { onDeviceSummariser } from './onDeviceSummary';
import { createWrapUpStore } from './store';
import type { CallSummariser } from './types';

const log = new CallLog();
let summariser: CallSummariser = onDeviceSummariser;

export const useWrapUp = createWrapUpStore({ log, summariser: () => summariser, t: (key, vars) => i18next.t(key, vars) });

onUtterance((u) => log.heard(u));
useAssist.subscribe((s, prev) => {
  const latest = s.auto[0];
  if (!latest || latest === prev.auto[0]) return;
  log.suggested(latest.hits.map((h) => ({ id: h.article.id, title: h.article.title, tags: h.article.tags, confidence: h.confidence })));
});

/** The seam for a generative summary: install another summariser (the on-device one stays the fallback). */
export function setSummariser(next: CallSummariser | null): void {
  summariser = next ?? onDeviceSummariser;
}

// WrapUpPanel reads useWrapUp from here, so it is imported by path, not re-exported (a cycle).
export type { CallSummariser, CallDigest, SummaryDraft, WrapUp } from './types';
