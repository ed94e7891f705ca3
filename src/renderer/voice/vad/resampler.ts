// Streaming conversion of any capture rate to 16 kHz mono for the VAD: a windowed-sinc low-pass
// (cut-off just under 8 kHz) evaluated at the output instants, so 48 kHz, 44.1 kHz and 8 kHz all work.

const TAPS_PER_SIDE = 16;

export class Resampler {
  private readonly ratio: number;
  private buffer = new Float32Array(0);
  private position = 0; // next output instant, in input samples, relative to buffer[0]
  private readonly cutoff: number;

  constructor(
    readonly inputRate: number,
    readonly outputRate = 16000,
  ) {
    if (!(inputRate > 0) || !(outputRate > 0)) throw new Error('sample rates must be positive');
    this.ratio = inputRate / outputRate;
    this.cutoff = Math.min(1, outputRate / inputRate) * 0.95;
  }

  /** Pushes input samples; returns the 16 kHz samples now computable. */
  push(input: Float32Array): Float32Array {
    const merged = new Float32Array(this.buffer.length + input.length);
    merged.set(this.buffer);
    merged.set(input, this.buffer.length);
    const out: number[] = [];
    const reach = TAPS_PER_SIDE / this.cutoff;
    while (this.position + reach < merged.length) {
      out.push(this.sample(merged, this.position, reach));
      this.position += this.ratio;
    }
    // Keep what the next outputs still need.
    const keepFrom = Math.max(0, Math.floor(this.position - reach));
    this.buffer = merged.slice(keepFrom);
    this.position -= keepFrom;
    return Float32Array.from(out);
  }

  private sample(x: Float32Array, t: number, reach: number): number {
    const lo = Math.max(0, Math.ceil(t - reach));
    const hi = Math.min(x.length - 1, Math.floor(t + reach));
    let acc = 0;
    for (let n = lo; n <= hi; n++) {
      const d = n - t;
      const arg = d * this.cutoff;
      const sinc = arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
      const window = 0.5 + 0.5 * Math.cos((Math.PI * d) / reach); // Hann
      acc += x[n]! * sinc * window;
    }
    return acc * this.cutoff;
  }
}
