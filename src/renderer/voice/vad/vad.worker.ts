// One party's voice activity, off the main thread: 16 kHz resampling, Silero, hysteresis. Chunks come
// straight from the AudioWorklet through a MessagePort; speech events go back to the analysis.
import * as ort from 'onnxruntime-web/wasm';
import { Resampler } from './resampler';
import { FRAME_MS, FRAME_SAMPLES, loadSilero, type SileroModel } from './sileroModel';
import { SpeechSegmenter, type VadEvent } from './segmenter';
import { SegmentAudio } from './segmentAudio';
import type { VadIn, VadOut } from './protocol';

const post = (m: VadOut) => (self as unknown as Worker).postMessage(m);

// Where segment audio goes (the caption worker), once someone asks for it.
let segmentAudio: SegmentAudio | null = null;

self.onmessage = async (e: MessageEvent<VadIn>) => {
  if (e.data.type === 'segments') {
    const port = e.data.port;
    segmentAudio = new SegmentAudio((m) => port.postMessage(m, [m.samples.buffer]));
    return;
  }
  if (e.data.type !== 'init') return;
  const init = e.data;
  let model: SileroModel;
  try {
    ort.env.wasm.numThreads = 1; // no cross-origin isolation, and one core per channel is plenty
    ort.env.wasm.wasmPaths = {
      wasm: new URL('voice/ort-wasm-simd-threaded.wasm', init.assetBase).href,
      mjs: new URL('voice/ort-wasm-simd-threaded.mjs', init.assetBase).href,
    };
    const res = await fetch(new URL(`voice/silero_vad_${init.version}.onnx`, init.assetBase));
    if (!res.ok) throw new Error(`model file missing (HTTP ${res.status})`);
    model = await loadSilero(ort, await res.arrayBuffer());
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  const resampler = new Resampler(init.sampleRate);
  const segmenter = new SpeechSegmenter(init.segmenter);
  const frame = new Float32Array(FRAME_SAMPLES);
  let filled = 0;
  let originMs: number | null = null; // audio-clock time of the first 16 kHz sample
  const costs: number[] = [];
  let queue = Promise.resolve();

  const shift = (ev: VadEvent): VadEvent =>
    ev.type === 'speech-start'
      ? { ...ev, atMs: ev.atMs + originMs!, decidedAtMs: ev.decidedAtMs + originMs! }
      : { ...ev, atMs: ev.atMs + originMs!, decidedAtMs: ev.decidedAtMs + originMs!, startMs: ev.startMs + originMs! };

  init.port.onmessage = (m: MessageEvent<{ samples: Float32Array; frame: number }>) => {
    originMs ??= (m.data.frame / init.sampleRate) * 1000;
    const pcm = resampler.push(m.data.samples);
    // Frames are processed strictly in order, one inference at a time.
    queue = queue.then(async () => {
      for (let i = 0; i < pcm.length; ) {
        const n = Math.min(FRAME_SAMPLES - filled, pcm.length - i);
        frame.set(pcm.subarray(i, i + n), filled);
        filled += n;
        i += n;
        if (filled < FRAME_SAMPLES) break;
        filled = 0;
        const t0 = performance.now();
        const p = await model.process(frame);
        costs.push(performance.now() - t0);
        segmentAudio?.frame(frame);
        for (const ev of segmenter.push(p)) {
          const shifted = shift(ev);
          post({ type: 'vad', event: shifted });
          if (ev.type === 'speech-start') segmentAudio?.start(ev.atMs, shifted.atMs);
          else segmentAudio?.end(shifted.atMs, shifted.decidedAtMs);
        }
        if (costs.length >= Math.round(2000 / FRAME_MS)) reportCosts();
      }
    });
  };
  const reportCosts = () => {
    const sorted = [...costs].sort((a, b) => a - b);
    post({ type: 'stats', frames: sorted.length, meanMs: sorted.reduce((a, b) => a + b, 0) / sorted.length, p95Ms: sorted[Math.floor(sorted.length * 0.95)]!, costsMs: costs.slice() });
    costs.length = 0;
  };
  post({ type: 'ready' });
};
