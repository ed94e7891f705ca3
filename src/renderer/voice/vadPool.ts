// VAD workers kept warm between calls. Starting one costs compiling onnxruntime's WebAssembly and
// loading Silero: paid at start-up (warmVoiceAnalysis) and once per worker, not when the agent
// answers. Two stay idle (one per party of the next call); more are made for a second line.
import type { SileroVersion } from './vad/sileroModel';
import type { VadIn, VadOut } from './vad/protocol';

const KEEP_IDLE = 2;
const idle: Worker[] = [];
let uses = 0;

const spawn = () => new Worker(new URL('./vad/vad.worker.ts', import.meta.url), { type: 'module', name: 'vad' });
const send = (w: Worker, m: VadIn, transfer: Transferable[] = []) => w.postMessage(m, transfer);

/** Loads the VAD runtime and model into the idle workers ahead of the first call. */
export function warmVoiceAnalysis(version: SileroVersion, assetBase = document.baseURI): void {
  while (idle.length < KEEP_IDLE) {
    const w = spawn();
    send(w, { type: 'warm', assetBase, version });
    idle.push(w);
  }
}

export interface VadLease {
  worker: Worker;
  /** This binding's number: messages carrying another are from an earlier call. */
  use: number;
  /** Messages about this binding only. */
  listen(on: (m: VadOut) => void, onError: (message: string) => void): void;
  /** Ends the binding; the worker goes back to the pool once it has finished its last frame. */
  release(): void;
}

export function leaseVadWorker(): VadLease {
  const worker = idle.pop() ?? spawn();
  const use = ++uses;
  let broken = false;
  return {
    worker,
    use,
    listen(on, onError) {
      worker.onmessage = (m: MessageEvent<VadOut>) => {
        if (m.data.use === use) on(m.data);
      };
      worker.onerror = (e) => {
        broken = true;
        onError(e.message || 'voice analysis worker failed');
      };
    },
    release() {
      if (broken) {
        worker.terminate();
        return;
      }
      worker.onerror = () => worker.terminate();
      worker.onmessage = (m: MessageEvent<VadOut>) => {
        if (m.data.type !== 'released' || m.data.use !== use) return;
        worker.onmessage = null;
        if (idle.length < KEEP_IDLE) idle.push(worker);
        else worker.terminate();
      };
      send(worker, { type: 'release', use });
    },
  };
}
