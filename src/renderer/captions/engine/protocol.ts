// Messages between the captions session (main thread) and the caption worker. Segment audio does not
// pass through here: it flows from each party's VAD worker over its own MessagePort.
import type { ModelSource } from '../../models';
import type { Caption, Speaker } from './types';

export type CaptionIn =
  /** Once per worker: the model stays loaded across calls. */
  | { type: 'load'; source: ModelSource; language: 'en' | 'zh' }
  | { type: 'attach'; callId: string; party: Speaker; port: MessagePort }
  | { type: 'pause'; callId: string; paused: boolean }
  /** The call ended: finish what was being said, forget the call, then answer 'finished'. */
  | { type: 'finish'; callId: string };

export type CaptionOut =
  | { type: 'ready'; device: 'webgpu' | 'wasm'; loadMs: number }
  | { type: 'error'; message: string; fatal: boolean }
  | { type: 'caption'; callId: string; caption: Caption }
  | { type: 'finished'; callId: string };
