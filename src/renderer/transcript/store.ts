// One transcript per call: every utterance as it was heard (interim text replaced by later results of
// the same utterance), each final line with its redacted form. Captions and the demo write here; the
// captions panel, agent assist, insights, the wrap-up and history read here. Pausing a call's
// transcript keeps what is said meanwhile out of it (and out of every feature that reads it).
import { create } from 'zustand';
import type { Speaker, Utterance } from './utterance';

export interface TranscriptLine {
  id: string;
  speaker: Speaker;
  text: string;
  final: boolean;
  /** Call time, ms. */
  startMs: number;
  endMs: number;
  /** The final text with personal data masked (null while interim). */
  redacted: string | null;
}

export interface CallTranscript {
  lines: TranscriptLine[];
  paused: boolean;
}

/** What history keeps: the final lines (the call-data module masks them as it stores them). */
export type TranscriptRecord = Pick<TranscriptLine, 'speaker' | 'text' | 'startMs' | 'endMs'>[];

export interface TranscriptState {
  calls: Record<string, CallTranscript>;
  /** Adds or updates the utterance's line; false when the call's transcript is paused or it changed nothing. */
  heard(u: Utterance): boolean;
  setPaused(callId: string, paused: boolean): void;
  /** The call's final lines with text, in order. */
  finals(callId: string): TranscriptLine[];
  forget(callId: string): void;
}

export interface TranscriptDeps {
  /** Masks a final line (the call-data path's redaction; the call tells it whose number to expect). */
  redact(text: string, callId: string): string;
}

const NO_LINES: TranscriptLine[] = [];
/** Names one-off lines (no id): never updated, so never to be mistaken for one another. */
let oneOff = 0;

export function createTranscriptStore(deps: TranscriptDeps) {
  return create<TranscriptState>()((set, get) => ({
    calls: {},
    heard: (u) => {
      const call = get().calls[u.callId] ?? { lines: NO_LINES, paused: false };
      if (call.paused) return false;
      const id = u.id ?? `${u.speaker}-${u.atMs}-${++oneOff}`;
      const at = call.lines.findIndex((l) => l.id === id);
      // A late interim never overwrites the final text of the same utterance.
      if (at >= 0 && call.lines[at]!.final && !u.final) return false;
      const line: TranscriptLine = {
        id,
        speaker: u.speaker,
        text: u.text,
        final: u.final,
        startMs: u.startMs ?? u.atMs,
        endMs: u.atMs,
        redacted: u.final ? deps.redact(u.text, u.callId) : null,
      };
      const lines = at >= 0 ? call.lines.map((l, i) => (i === at ? line : l)) : [...call.lines, line].sort((a, b) => a.startMs - b.startMs);
      set((s) => ({ calls: { ...s.calls, [u.callId]: { ...call, lines } } }));
      return true;
    },
    setPaused: (callId, paused) => set((s) => ({ calls: { ...s.calls, [callId]: { lines: s.calls[callId]?.lines ?? NO_LINES, paused } } })),
    finals: (callId) => get().calls[callId]?.lines.filter((l) => l.final && l.text) ?? [],
    forget: (callId) =>
      set((s) => {
        const { [callId]: _gone, ...rest } = s.calls;
        return { calls: rest };
      }),
  }));
}

export type TranscriptStore = ReturnType<typeof createTranscriptStore>;

/** The call's final lines as history keeps them (null when nothing was said). */
export function transcriptRecord(lines: readonly TranscriptLine[]): TranscriptRecord | null {
  if (!lines.length) return null;
  return lines.map((l) => ({ speaker: l.speaker, text: l.text, startMs: Math.round(l.startMs), endMs: Math.round(l.endMs) }));
}
