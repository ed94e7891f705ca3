// One party's voice activity, off the main thread: 16 kHz resampling, Silero, hysteresis. Chunks come
// straight from the AudioWorklet through a MessagePort; speech events go back to the analysis.
// A worker outlives its call: the analysis keeps it warm (model loaded) and binds it to the next call,
// so answering a call does not pay for compiling the runtime and loading the model.
import * as ort from 'onnxruntime-web/wasm';
import { Resampler } from './resampler';
import { FRAME_MS, FRAME_SAMPLES, loadSilero, type SileroModel, type SileroVersion } from './sileroModel';
import { SpeechSegmenter, type VadEvent } from './segmenter';
import { SegmentAudio } from './segmentAudio';
import type { VadIn, VadInit, VadOut } from './protocol';

const post = (m: VadOut) => (self as unknown as Worker).postMessage(m);

const models = new Map<SileroVersion, Promise<SileroModel>>();

function model(assetBase: string, version: SileroVersion): Promise<SileroModel> {
  let loading = models.get(version);
  if (!loading) {
    loading = (async () => {
      ort.env.wasm.numThreads = 1; // no cross-origin isolation, and one core per channel is plenty
      ort.env.wasm.wasmPaths = {
        wasm: new URL('voice/ort-wasm-simd-threaded.wasm', assetBase).href,
        mjs: new URL('voice/ort-wasm-simd-threaded.mjs', assetBase).href,
      };
      const res = await fetch(new URL(`voice/silero_vad_${version}.onnx`, assetBase));
      if (!res.ok) throw new Error(`model file missing (HTTP ${res.status})`);
      return loadSilero(ort, await res.arrayBuffer());
    })();
    models.set(version, loading);
    loading.catch(() => models.delete(version)); // a later call may try again
  }
  return loading;
}

/** The call this worker is analysing now: its audio port and frame queue. */
let binding: { port: MessagePort; done(): Promise<void> } | null = null;
// Where segment audio goes (the caption worker), once someone asks for it.
let segmentAudio: SegmentAudio | null = null;

async function unbind(): Promise<void> {
  const current = binding;
  binding = null;
  segmentAudio = null;
  if (!current) return;
  current.port.onmessage = null;
  current.port.close();
  await current.done();
}

self.onmessage = async (e: MessageEvent<VadIn>) => {
  const msg = e.data;
  if (msg.type === 'warm') {
    // Set before any await, so a call that arrives meanwhile waits for the warm-up to stop.
    exercised = model(msg.assetBase, msg.version).then(exercise, () => undefined); // a failure is reported when a call needs the model
    await exercised;
  } else if (msg.type === 'segments') {
    const port = msg.port;
    segmentAudio = new SegmentAudio((m) => port.postMessage(m, [m.samples.buffer]));
  } else if (msg.type === 'release') {
    await unbind();
    post({ type: 'released', use: msg.use });
  } else if (msg.type === 'init') {
    callWaiting = true; // a call needs the model now: the warm-up stops at its next frame
    await unbind();
    let silero: SileroModel;
    try {
      silero = await model(msg.assetBase, msg.version);
    } catch (err) {
      callWaiting = false;
      post({ type: 'error', message: err instanceof Error ? err.message : String(err), use: msg.use });
      return;
    }
    await exercised; // one inference at a time on the model
    callWaiting = false;
    silero.reset();
    bind(msg, silero);
    post({ type: 'ready', use: msg.use });
  }
};

/**
 * Runs the model on silence until V8 has compiled onnxruntime's hot WebAssembly with its optimising
 * tier. That compilation happens once per worker, in the background, when the code first gets busy:
 * left to the first call it took most of a core for ~15 s here, while the call was being set up.
 */
async function exercise(silero: SileroModel): Promise<void> {
  const silence = new Float32Array(FRAME_SAMPLES);
  // Never while a call is bound or waiting: the model runs one inference at a time.
  for (let i = 0; i < WARM_UP_FRAMES && !callWaiting && !binding; i++) await silero.process(silence);
  // Its state is reset when a call binds.
}
const WARM_UP_FRAMES = 400;
let exercised: Promise<void> = Promise.resolve();
let callWaiting = false;

function bind(init: VadInit, silero: SileroModel): void {
  const use = init.use;
  const resampler = new Resampler(init.sampleRate);
  const segmenter = new SpeechSegmenter(init.segmenter);
  const frame = new Float32Array(FRAME_SAMPLES);
  let filled = 0;
  let originMs: number | null = null; // audio-clock time of the first 16 kHz sample
  const costs: number[] = [];
  let queue = Promise.resolve();
  let live = true;

  const shift = (ev: VadEvent): VadEvent =>
    ev.type === 'speech-start'
      ? { ...ev, atMs: ev.atMs + originMs!, decidedAtMs: ev.decidedAtMs + originMs! }
      : { ...ev, atMs: ev.atMs + originMs!, decidedAtMs: ev.decidedAtMs + originMs!, startMs: ev.startMs + originMs! };

  const reportCosts = () => {
    const sorted = [...costs].sort((a, b) => a - b);
    post({ type: 'stats', frames: sorted.length, meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95Ms: sorted[Math.floor(sorted.length * 0.95)]!, costsMs: costs.slice(), use });
    costs.length = 0;
  };

  init.port.onmessage = (m: MessageEvent<{ samples: Float32Array; frame: number }>) => {
    originMs ??= (m.data.frame / init.sampleRate) * 1000;
    const pcm = resampler.push(m.data.samples);
    // Frames are processed strictly in order, one inference at a time.
    queue = queue.then(async () => {
      for (let i = 0; i < pcm.length && live; ) {
        const n = Math.min(FRAME_SAMPLES - filled, pcm.length - i);
        frame.set(pcm.subarray(i, i + n), filled);
        filled += n;
        i += n;
        if (filled < FRAME_SAMPLES) break;
        filled = 0;
        const t0 = performance.now();
        const p = await silero.process(frame);
        costs.push(performance.now() - t0);
        segmentAudio?.frame(frame);
        for (const ev of segmenter.push(p)) {
          const shifted = shift(ev);
          post({ type: 'vad', event: shifted, use });
          if (ev.type === 'speech-start') segmentAudio?.start(ev.atMs, shifted.atMs);
          else segmentAudio?.end(shifted.atMs, shifted.decidedAtMs);
        }
        if (costs.length >= Math.round(2000 / FRAME_MS)) reportCosts();
      }
    });
  };
  binding = {
    port: init.port,
    done: () => {
      live = false;
      return queue;
    },
  };
}
