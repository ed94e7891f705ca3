// Per-call transcript (what the captions panel shows and history keeps) and the caption model's state.
// Lines come in through the transcript boundary (voice/transcript.ts): the recogniser's interim and
// final results, and the demo call's script when no model runs.
import { formatDuration } from '../phone/model';
import { create } from 'zustand';
import { onUtterance, type Utterance } from '../voice/transcript';

export type Speaker = 'agent' | 'customer';

export interface TranscriptLine {
  id: string;
  speaker: Speaker;
  text: string;
  final: boolean;
  /** Call time, ms. */
  startMs: number;
  endMs: number;
}

export type ModelState =
  | { status: 'idle' }
  | { status: 'disabled' }
  | { status: 'checking' }
  | { status: 'missing'; canDownload: boolean }
  | { status: 'downloading'; receivedBytes: number; totalBytes: number }
  | { status: 'loading' }
  | { status: 'ready'; device: 'webgpu' | 'wasm'; from: 'folder' | 'cache' }
  | { status: 'failed'; message: string };

interface CaptionsState {
  calls: Record<string, { lines: TranscriptLine[]; paused: boolean }>;
  model: ModelState;
  setModel(model: ModelState): void;
  utterance(u: Utterance): void;
  setPaused(callId: string, paused: boolean): void;
  /** Forgets the call and returns its final lines. */
  finish(callId: string): TranscriptLine[];
}

export const useCaptions = create<CaptionsState>()((set, get) => ({
  calls: {},
  model: { status: 'idle' },
  setModel: (model) => set({ model }),
  utterance: (u) =>
    set((s) => {
      const call = s.calls[u.callId] ?? { lines: [], paused: false };
      if (call.paused) return s;
      const line: TranscriptLine = {
        id: u.id ?? `${u.speaker}-${u.atMs}`,
        speaker: u.speaker,
        text: u.text,
        final: u.final,
        startMs: u.startMs ?? u.atMs,
        endMs: u.atMs,
      };
      const at = call.lines.findIndex((l) => l.id === line.id);
      // A late interim never overwrites the final text of the same utterance.
      if (at >= 0 && call.lines[at]!.final && !line.final) return s;
      const lines = at >= 0 ? call.lines.map((l, i) => (i === at ? line : l)) : [...call.lines, line].sort((a, b) => a.startMs - b.startMs);
      return { calls: { ...s.calls, [u.callId]: { ...call, lines } } };
    }),
  setPaused: (callId, paused) =>
    set((s) => ({ calls: { ...s.calls, [callId]: { lines: s.calls[callId]?.lines ?? [], paused } } })),
  finish: (callId) => {
    const lines = get().calls[callId]?.lines.filter((l) => l.final && l.text) ?? [];
    set((s) => {
      const { [callId]: _gone, ...rest } = s.calls;
      return { calls: rest };
    });
    return lines;
  },
}));

onUtterance((u) => useCaptions.getState().utterance(u));

/** Plain text of a transcript, for the clipboard: "Agent: …" / "Customer: …" per line. */
export function transcriptText(lines: TranscriptLine[], label: (s: Speaker) => string): string {
  return lines.filter((l) => l.text).map((l) => `[${formatDuration(l.startMs / 1000)}] ${label(l.speaker)}: ${l.text}`).join('\n');
}
