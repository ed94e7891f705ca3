// The caption engine: one speech model, loaded from one place, turning a segment of 16 kHz mono audio
// into text. The worker runs it; the utterance decoder decides when (interim / final).
import type { ModelSource } from '../../models';

export interface SpeechSegment {
  /** 16 kHz mono samples, the whole segment so far. */
  audio: Float32Array;
  /** false while the speaker is still talking (an interim decode). */
  final: boolean;
}

export interface CaptionEngine {
  load(source: ModelSource): Promise<{ device: 'webgpu' | 'wasm' }>;
  transcribe(segment: SpeechSegment): Promise<string>;
  dispose(): Promise<void>;
}

export type Speaker = 'agent' | 'customer';

/** One recognition result. Times are the audio clock of the call's analysis, ms. */
export interface Caption {
  party: Speaker;
  /** Same id for an utterance's interim results and its final one. */
  id: string;
  text: string;
  final: boolean;
  startMs: number;
  endMs: number;
  /** When the VAD decided the segment had ended (finals only). */
  decidedAtMs?: number;
  /** When the caption worker learnt the segment had ended: performance.timeOrigin + now(), ms (finals). */
  segmentEndedAt?: number;
  decodeMs: number;
}
