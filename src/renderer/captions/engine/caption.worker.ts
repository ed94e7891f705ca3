// The caption worker: loads the model once, takes both parties' segment audio straight from their VAD
// workers, and posts captions (interim and final) back to the captions session.
import { ModelStore } from '../models/modelStore';
import type { SegmentMessage } from '../../voice/vad/segmentAudio';
import { TransformersEngine } from './transformersEngine';
import { UtteranceDecoder } from './utterances';
import type { CaptionIn, CaptionOut } from './protocol';

const post = (m: CaptionOut) => (self as unknown as Worker).postMessage(m);
let decoder: UtteranceDecoder | null = null;
const early: { party: 'agent' | 'customer'; m: SegmentMessage }[] = [];

self.onmessage = async (e: MessageEvent<CaptionIn>) => {
  const msg = e.data;
  if (msg.type === 'attach') {
    msg.port.onmessage = (m: MessageEvent<SegmentMessage>) => {
      if (decoder) decoder.push(msg.party, m.data);
      else if (early.length < 2000) early.push({ party: msg.party, m: m.data }); // speech while the model loads
    };
  } else if (msg.type === 'pause') {
    if (decoder) {
      decoder.paused = msg.paused;
      if (msg.paused) decoder.clear();
    }
  } else if (msg.type === 'flush') {
    await decoder?.flush();
    post({ type: 'flushed' });
  } else if (msg.type === 'load') {
    const store = new ModelStore();
    const engine = new TransformersEngine({ language: msg.language, cachedFile: (id, path) => store.file(id, path) });
    const t0 = performance.now();
    try {
      const { device } = await engine.load(msg.source);
      decoder = new UtteranceDecoder(engine, (caption) => post({ type: 'caption', caption }), undefined, (err) =>
        post({ type: 'error', message: err instanceof Error ? err.message : String(err), fatal: false }),
      );
      post({ type: 'ready', device, loadMs: performance.now() - t0 });
      for (const { party, m } of early.splice(0)) decoder.push(party, m);
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err), fatal: true });
    }
  }
};
