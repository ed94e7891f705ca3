// Streaming conversion of any capture rate to 16 kHz mono for the VAD: a windowed-sinc low-pass
// (cut-off just under 8 kHz) evaluated at the output instants, so 48 kHz, 44.1 kHz and 8 kHz all work.
// The filter taps depend only on where an output instant falls between two input samples, so they are
// computed once per such phase (quantised to 1/4096 of a sample, far finer than a VAD can hear) and
// reused: 48 kHz → 16 kHz has a single phase, 44.1 kHz 160. Evaluating sin and cos for every tap of
// every output sample cost about ten times as much, on a core the call's audio shares.

const TAPS_PER_SIDE = 16;
const PHASES = 4096;

export class Resampler {
  private readonly ratio: number;
  private buffer = new Float32Array(0);
  private position = 0; // next output instant, in input samples, relative to buffer[0]
  private readonly cutoff: number;
  private readonly reach: number;
  private readonly kernels: (Kernel | undefined)[] = [];

  constructor(
    readonly inputRate: number,
    readonly outputRate = 16000,
  ) {
    if (!(inputRate > 0) || !(outputRate > 0)) throw new Error('sample rates must be positive');
    this.ratio = inputRate / outputRate;
    this.cutoff = Math.min(1, outputRate / inputRate) * 0.95;
    this.reach = TAPS_PER_SIDE / this.cutoff;
  }

  /** Pushes input samples; returns the 16 kHz samples now computable. */
  push(input: Float32Array): Float32Array {
    const merged = new Float32Array(this.buffer.length + input.length);
    merged.set(this.buffer);
    merged.set(input, this.buffer.length);
    const out = new Float32Array(Math.max(0, Math.ceil((merged.length - this.position) / this.ratio)));
    let count = 0;
    while (this.position + this.reach < merged.length) {
      out[count++] = this.sample(merged, this.position);
      this.position += this.ratio;
    }
    // Keep what the next outputs still need.
    const keepFrom = Math.max(0, Math.floor(this.position - this.reach));
    this.buffer = merged.slice(keepFrom);
    this.position -= keepFrom;
    return out.subarray(0, count);
  }

  private sample(x: Float32Array, t: number): number {
    let base = Math.floor(t);
    let phase = Math.round((t - base) * PHASES);
    if (phase === PHASES) {
      base += 1;
      phase = 0;
    }
    const k = (this.kernels[phase] ??= this.kernel(phase / PHASES));
    let acc = 0;
    const from = base + k.first;
    // Before the first input sample there is nothing (as if silence).
    for (let j = Math.max(0, -from); j < k.taps.length; j++) acc += x[from + j]! * k.taps[j]!;
    return acc;
  }

  /** Taps for an output instant `frac` (0 ≤ frac < 1) after an input sample. */
  private kernel(frac: number): Kernel {
    const first = Math.ceil(frac - this.reach);
    const last = Math.floor(frac + this.reach);
    const taps = new Float32Array(last - first + 1);
    for (let n = first; n <= last; n++) {
      const d = n - frac;
      const arg = d * this.cutoff;
      const sinc = arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
      const window = 0.5 + 0.5 * Math.cos((Math.PI * d) / this.reach); // Hann
      taps[n - first] = sinc * window * this.cutoff;
    }
    return { first, taps };
  }
}

interface Kernel {
  /** Offset of the first tap from the input sample at or before the output instant. */
  first: number;
  taps: Float32Array;
}
