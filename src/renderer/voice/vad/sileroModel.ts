// Silero VAD v5/v6 (the ONNX files shipped by @ricky0123/vad-web) on an onnxruntime instance passed in:
// onnxruntime-web in the browser worker and in Node tests alike. 512-sample frames at 16 kHz (32 ms),
// with the previous frame's last 64 samples as context, as silero-vad's own wrapper does.
import type * as Ort from 'onnxruntime-web';

export const FRAME_SAMPLES = 512;
export const SAMPLE_RATE = 16000;
export const FRAME_MS = (FRAME_SAMPLES / SAMPLE_RATE) * 1000;
const CONTEXT_SAMPLES = 64;

export type SileroVersion = 'v5' | 'v6';

export interface SileroModel {
  /** Speech probability 0..1 for one 512-sample frame. */
  process(frame: Float32Array): Promise<number>;
  reset(): void;
  release(): Promise<void>;
}

type OrtLike = Pick<typeof Ort, 'InferenceSession' | 'Tensor'>;

export async function loadSilero(ort: OrtLike, model: ArrayBuffer | Uint8Array): Promise<SileroModel> {
  const bytes = model instanceof Uint8Array ? model : new Uint8Array(model);
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes);
  } catch (e) {
    throw new Error(`The voice activity model could not be loaded: ${e instanceof Error ? e.message : e}`);
  }
  for (const name of ['input', 'state', 'sr']) {
    if (!session.inputNames.includes(name)) throw new Error(`Not a Silero v5/v6 model: no "${name}" input`);
  }
  const sr = new ort.Tensor('int64', BigInt64Array.from([BigInt(SAMPLE_RATE)]), []);
  const freshState = () => new ort.Tensor('float32', new Float32Array(2 * 128), [2, 1, 128]);
  let state: Ort.Tensor = freshState();
  const input = new Float32Array(CONTEXT_SAMPLES + FRAME_SAMPLES);

  return {
    async process(frame) {
      if (frame.length !== FRAME_SAMPLES) throw new Error(`VAD frames must be ${FRAME_SAMPLES} samples, got ${frame.length}`);
      // [context | frame]; then keep this frame's tail as the next context.
      input.copyWithin(0, FRAME_SAMPLES, FRAME_SAMPLES + CONTEXT_SAMPLES);
      input.set(frame, CONTEXT_SAMPLES);
      const out = await session.run({ input: new ort.Tensor('float32', input.slice(), [1, input.length]), state, sr });
      state = out.stateN as Ort.Tensor;
      return (out.output as Ort.Tensor).data[0] as number;
    },
    reset() {
      state = freshState();
      input.fill(0);
    },
    async release() {
      await session.release();
    },
  };
}
