// Turns the VAD's segment stream (per party) into captions: the growing segment is re-decoded about
// every 500 ms of new audio while the speaker talks (interim), and once more at the segment's end
// (final). One decode at a time; a final always goes before any interim.
import type { SegmentMessage } from '../../voice/vad/segmentAudio';
import type { Caption, CaptionEngine, Speaker } from './types';

const RATE = 16000;

export interface UtteranceOptions {
  interimMs: number;
  /** Whisper sees at most 30 s: longer speech is finalised in parts. */
  maxSegmentMs: number;
}

interface Open {
  party: Speaker;
  id: string;
  chunks: Float32Array[];
  samples: number;
  decodedSamples: number;
  startMs: number;
  end?: { atMs: number; decidedAtMs: number; seenAt: number };
}

export class UtteranceDecoder {
  private open = new Map<string, Open>(); // by party + VAD segment id
  private finals: Open[] = [];
  private busy = false;
  private parts = 0;
  paused = false;

  constructor(
    private readonly engine: Pick<CaptionEngine, 'transcribe'>,
    private readonly emit: (c: Caption) => void,
    private readonly options: UtteranceOptions = { interimMs: 500, maxSegmentMs: 28_000 },
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {}

  push(party: Speaker, m: SegmentMessage): void {
    const key = `${party}:${m.id}`;
    if (this.paused) {
      this.open.delete(key);
      return;
    }
    if (m.type === 'segment-start') this.open.set(key, { party, id: `${party}-${m.id}`, chunks: [], samples: 0, decodedSamples: 0, startMs: m.atMs });
    const seg = this.open.get(key);
    if (!seg) return; // began while paused
    if (m.samples.length) {
      seg.chunks.push(m.samples);
      seg.samples += m.samples.length;
    }
    if (m.type === 'segment-end') {
      seg.end = { atMs: m.atMs, decidedAtMs: m.decidedAtMs, seenAt: performance.timeOrigin + performance.now() };
      this.open.delete(key);
      this.finals.push(seg);
    } else if ((seg.samples / RATE) * 1000 >= this.options.maxSegmentMs) {
      // Too long for one decode: finalise this part and carry on in a fresh one.
      const endMs = seg.startMs + (seg.samples / RATE) * 1000;
      seg.end = { atMs: endMs, decidedAtMs: endMs, seenAt: performance.timeOrigin + performance.now() };
      this.finals.push(seg);
      this.open.set(key, { party, id: `${seg.id}.${++this.parts}`, chunks: [], samples: 0, decodedSamples: 0, startMs: endMs });
    }
    void this.pump();
  }

  /** The call is ending: whatever is still being said is final now. Resolves when all is decoded. */
  async flush(): Promise<void> {
    for (const seg of this.open.values()) {
      const endMs = seg.startMs + (seg.samples / RATE) * 1000;
      if (seg.samples > 0) this.finals.push({ ...seg, end: { atMs: endMs, decidedAtMs: endMs, seenAt: performance.timeOrigin + performance.now() } });
    }
    this.open.clear();
    await this.pump();
    while (this.busy) await new Promise((r) => setTimeout(r, 10));
  }

  /** Drops everything not yet decoded (pause). */
  clear(): void {
    this.open.clear();
    this.finals = [];
  }

  private nextJob(): { seg: Open; final: boolean } | null {
    const final = this.finals.shift();
    if (final) return { seg: final, final: true };
    const due = (this.options.interimMs / 1000) * RATE;
    for (const seg of this.open.values()) if (seg.samples - seg.decodedSamples >= due) return { seg, final: false };
    return null;
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      for (let job = this.nextJob(); job; job = this.nextJob()) {
        const { seg, final } = job;
        const audio = concat(seg.chunks, seg.samples);
        seg.decodedSamples = seg.samples;
        const t0 = performance.now();
        let text: string;
        try {
          text = await this.engine.transcribe({ audio, final });
        } catch (e) {
          this.onError(e);
          continue;
        }
        if (this.paused) continue;
        const endMs = seg.end?.atMs ?? seg.startMs + (audio.length / RATE) * 1000;
        this.emit({
          party: seg.party,
          id: seg.id,
          text,
          final,
          startMs: seg.startMs,
          endMs,
          ...(final && seg.end ? { decidedAtMs: seg.end.decidedAtMs, segmentEndedAt: seg.end.seenAt } : {}),
          decodeMs: performance.now() - t0,
        });
      }
    } finally {
      this.busy = false;
    }
  }
}

function concat(chunks: Float32Array[], length: number): Float32Array {
  const out = new Float32Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
