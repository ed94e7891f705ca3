// One party's voice activity, off the main thread: 16 kHz resampling, Silero, hysteresis. Chunks come
// straight from the AudioWorklet through a MessagePort; speech events go back to the analysis.
import * as ort from 'onnxruntime-web/wasm';
import { Resampler } from './resampler';
import { FRAME_MS, FRAME_SAMPLES, loadSilero, type SileroModel } from './sileroModel';
import { SpeechSegmenter, type VadEvent } from './segmenter';
import type { VadInit, VadOut } from './protocol';

const post = (m: VadOut) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<VadInit>) => {
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
        for (const ev of segmenter.push(p)) post({ type: 'vad', event: shift(ev) });
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
