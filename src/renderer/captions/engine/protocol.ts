// Messages between the captions session (main thread) and the caption worker. Segment audio does not
// pass through here: it flows from each party's VAD worker over its own MessagePort.
import type { Caption, ModelSource, Speaker } from './types';

export type CaptionIn =
  | { type: 'load'; source: ModelSource; language: 'en' | 'zh' }
  | { type: 'attach'; party: Speaker; port: MessagePort }
  | { type: 'pause'; paused: boolean }
  /** The call ended: finish what was being said, then answer 'flushed'. */
  | { type: 'flush' };

export type CaptionOut =
  | { type: 'ready'; device: 'webgpu' | 'wasm'; loadMs: number }
  | { type: 'error'; message: string; fatal: boolean }
  | { type: 'caption'; caption: Caption }
  | { type: 'flushed' };
