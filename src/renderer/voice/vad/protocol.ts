// Messages between the analysis (main thread) and a VAD worker.
import type { SegmenterOptions, VadEvent } from './segmenter';
import type { SileroVersion } from './sileroModel';

export interface VadInit {
  type: 'init';
  /** Where the app serves voice/ (models and the onnxruntime wasm). */
  assetBase: string;
  version: SileroVersion;
  sampleRate: number;
  segmenter: SegmenterOptions;
  /** Chunks from the AudioWorklet arrive on this port. */
  port: MessagePort;
}

export type VadOut =
  | { type: 'ready' }
  | { type: 'error'; message: string }
  /** Times in ms of the audio clock (AudioContext frames / rate). */
  | { type: 'vad'; event: VadEvent }
  /** Inference cost of the last batch of frames, in ms each. */
  | { type: 'stats'; frames: number; meanMs: number; p95Ms: number; costsMs: number[] };

/** After init: send each speech segment's 16 kHz audio to this port (see segmentAudio.ts). */
export interface VadSegmentsTo {
  type: 'segments';
  port: MessagePort;
}

export type VadIn = VadInit | VadSegmentsTo;
