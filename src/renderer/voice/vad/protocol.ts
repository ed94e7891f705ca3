// Messages between the analysis (main thread) and a VAD worker. A worker serves one call at a time
// and is then released and kept for the next: `use` numbers each binding, and every message about a
// binding carries it, so nothing from a finished call reaches the next one.
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
  use?: number;
}

/** Loads the runtime and model ahead of any call. */
export interface VadWarm {
  type: 'warm';
  assetBase: string;
  version: SileroVersion;
}

/** Ends the current binding; the worker answers `released` once its last frame is done. */
export interface VadRelease {
  type: 'release';
  use?: number;
}

export type VadOut = (
  | { type: 'ready' }
  | { type: 'released' }
  | { type: 'error'; message: string }
  /** Times in ms of the audio clock (AudioContext frames / rate). */
  | { type: 'vad'; event: VadEvent }
  /** Inference cost of the last batch of frames, in ms each. */
  | { type: 'stats'; frames: number; meanMs: number; p95Ms: number; costsMs: number[] }
) & { use?: number };

/** After init: send each speech segment's 16 kHz audio to this port (see segmentAudio.ts). */
export interface VadSegmentsTo {
  type: 'segments';
  port: MessagePort;
}

export type VadIn = VadInit | VadWarm | VadRelease | VadSegmentsTo;
