// Hands the 16 kHz audio of each speech segment, as the VAD cuts it, to a consumer (the caption
// worker) through a MessagePort. The VAD worker stays the one owner of segmentation: the consumer
// never sees audio outside a segment. A short pre-roll is kept because the VAD decides "speech" a
// little after speech began (minSpeechMs), and the segment starts where the speech did.
import { FRAME_MS, FRAME_SAMPLES } from './sileroModel';

export type SegmentMessage =
  /** Call-independent audio-clock times, ms. */
  | { type: 'segment-start'; id: number; atMs: number; samples: Float32Array }
  | { type: 'segment-audio'; id: number; samples: Float32Array }
  | { type: 'segment-end'; id: number; atMs: number; decidedAtMs: number; samples: Float32Array };

const PRE_ROLL_FRAMES = Math.ceil(2000 / FRAME_MS);
/** Audio goes out in pieces of about a quarter second: often enough for ~500 ms interim decodes. */
const FLUSH_FRAMES = 8;

export class SegmentAudio {
  private recent: Float32Array[] = []; // last frames, newest last
  private frameIndex = 0; // index of the next frame pushed
  private open: number | null = null; // id of the segment being sent
  private pending: Float32Array[] = [];
  private nextId = 1;

  constructor(private readonly send: (m: SegmentMessage) => void) {}

  /** One VAD frame (FRAME_SAMPLES at 16 kHz), in order. */
  frame(samples: Float32Array): void {
    const copy = samples.slice(0, FRAME_SAMPLES);
    this.recent.push(copy);
    if (this.recent.length > PRE_ROLL_FRAMES) this.recent.shift();
    this.frameIndex++;
    if (this.open === null) return;
    this.pending.push(copy);
    if (this.pending.length >= FLUSH_FRAMES) this.send({ type: 'segment-audio', id: this.open, samples: this.take() });
  }

  /** Speech began at `startMs` (stream time of the frames pushed); `atMs` is what to report. */
  start(startMs: number, atMs: number): void {
    if (this.open !== null) return;
    this.open = this.nextId++;
    const first = Math.max(this.frameIndex - this.recent.length, Math.floor(startMs / FRAME_MS));
    this.pending = this.recent.slice(first - (this.frameIndex - this.recent.length));
    this.send({ type: 'segment-start', id: this.open, atMs, samples: this.take() });
  }

  end(atMs: number, decidedAtMs: number): void {
    if (this.open === null) return;
    this.send({ type: 'segment-end', id: this.open, atMs, decidedAtMs, samples: this.take() });
    this.open = null;
  }

  private take(): Float32Array {
    const out = new Float32Array(this.pending.length * FRAME_SAMPLES);
    this.pending.forEach((f, i) => out.set(f, i * FRAME_SAMPLES));
    this.pending = [];
    return out;
  }
}
