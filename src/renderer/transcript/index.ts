// The transcript: the one place call text enters the app and is kept while the call lasts.
//
// - publishUtterance(): captions (the on-device recogniser), the demo call's script and the test hooks
//   write here; the utterance goes into the call's transcript (store.ts), then to every listener;
// - onUtterance(): features that react to each utterance (agent assist, insights) listen, from their
//   start function, never at import;
// - useTranscript: the per-call lines (captions panel, wrap-up, history read them); the call session
//   forgets a call's transcript once its hang-up is done.
//
// Final lines carry their redacted form, masked by the call-data path (callData/redacted.ts) with the
// call's own number, exactly as history stores it.
import { callData } from '../callData/store';
import { redactCallText } from '../callData/redacted';
import { useCallSession } from '../callSession';
import { createTranscriptStore } from './store';
import type { Utterance } from './utterance';

const callNumber = (callId: string) => useCallSession.getState().calls.find((c) => c.id === callId)?.peerNumber || undefined;

export const useTranscript = createTranscriptStore({ redact: (text, callId) => redactCallText(text, callData.context(callNumber(callId))) });

type Listener = (u: Utterance) => void;
const listeners = new Set<Listener>();

/** Adds the utterance to its call's transcript and tells the listeners (not while the transcript is paused). */
export function publishUtterance(u: Utterance): void {
  if (useTranscript.getState().heard(u)) listeners.forEach((l) => l(u));
}

export function onUtterance(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export { transcriptRecord, type TranscriptLine, type TranscriptRecord, type TranscriptStore } from './store';
export { transcriptText } from './text';
export type { Speaker, Utterance } from './utterance';
