// The caption worker: loads the model once and keeps it across calls; for each call it takes both
// parties' segment audio straight from their VAD workers and posts captions (interim and final) back.
import { ModelStore } from '../../models/runtime';
import type { SegmentMessage } from '../../voice/vad/segmentAudio';
import { TransformersEngine } from './transformersEngine';
import { UtteranceDecoder } from './utterances';
import type { CaptionIn, CaptionOut } from './protocol';
import type { CaptionEngine, Speaker } from './types';

const post = (m: CaptionOut) => (self as unknown as Worker).postMessage(m);

interface CallState {
  decoder: UtteranceDecoder | null; // null until the model is loaded
  early: { party: Speaker; m: SegmentMessage }[]; // speech while the model loads
  ports: MessagePort[];
  paused: boolean;
}
const calls = new Map<string, CallState>();
let engine: Pick<CaptionEngine, 'transcribe'> | null = null;

const callState = (callId: string): CallState => {
  let c = calls.get(callId);
  if (!c) calls.set(callId, (c = { decoder: null, early: [], ports: [], paused: false }));
  return c;
};

function startDecoder(callId: string, c: CallState): void {
  if (!engine || c.decoder) return;
  c.decoder = new UtteranceDecoder(engine, (caption) => post({ type: 'caption', callId, caption }), undefined, (err) =>
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), fatal: false }),
  );
  c.decoder.paused = c.paused;
  for (const { party, m } of c.early.splice(0)) c.decoder.push(party, m);
}

self.onmessage = async (e: MessageEvent<CaptionIn>) => {
  const msg = e.data;
  if (msg.type === 'attach') {
    const c = callState(msg.callId);
    c.ports.push(msg.port);
    msg.port.onmessage = (m: MessageEvent<SegmentMessage>) => {
      if (c.decoder) c.decoder.push(msg.party, m.data);
      else if (c.early.length < 2000) c.early.push({ party: msg.party, m: m.data });
    };
    startDecoder(msg.callId, c);
  } else if (msg.type === 'pause') {
    const c = callState(msg.callId);
    c.paused = msg.paused;
    if (c.decoder) {
      c.decoder.paused = msg.paused;
      if (msg.paused) c.decoder.clear();
    } else if (msg.paused) c.early.length = 0;
  } else if (msg.type === 'finish') {
    const c = calls.get(msg.callId);
    calls.delete(msg.callId);
    c?.ports.forEach((p) => p.close());
    await c?.decoder?.flush();
    post({ type: 'finished', callId: msg.callId });
  } else if (msg.type === 'load') {
    const store = new ModelStore();
    const model = new TransformersEngine({ language: msg.language, cachedFile: (id, path) => store.file(id, path) });
    const t0 = performance.now();
    try {
      const { device } = await model.load(msg.source);
      // One decode at a time whatever the number of calls: the runtime's session is not re-entrant.
      let chain: Promise<unknown> = Promise.resolve();
      engine = {
        transcribe: (segment) => {
          const next = chain.then(() => model.transcribe(segment));
          chain = next.catch(() => undefined);
          return next;
        },
      };
      post({ type: 'ready', device, loadMs: performance.now() - t0 });
      calls.forEach((c, callId) => startDecoder(callId, c));
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.message : String(err), fatal: true });
    }
  }
};
