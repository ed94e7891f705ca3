// Reconnection delays: capped exponential backoff with jitter. The jitter matters for a contact centre:
// after a PBX restart hundreds of agents reconnect at once, and without it they arrive in waves.

export interface BackoffOptions {
  /** First delay, before jitter. */
  baseMs: number;
  /** Longest delay, before jitter, for the first `slowAfter` failures. */
  capMs: number;
  /** After this many failures in a row the server is not coming back soon: wait up to `slowCapMs`. */
  slowAfter?: number;
  slowCapMs?: number;
  /** 0..1 (Math.random by default): each delay is between half and all of the exponential step. */
  random?: () => number;
}

export class Backoff {
  private attempt = 0;

  constructor(private readonly o: BackoffOptions) {}

  /** The delay before the next attempt; each call counts one more failure. */
  next(): number {
    const slow = this.o.slowAfter !== undefined && this.attempt >= this.o.slowAfter;
    const cap = slow ? (this.o.slowCapMs ?? this.o.capMs) : this.o.capMs;
    const step = Math.min(cap, this.o.baseMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    const r = (this.o.random ?? Math.random)();
    return Math.round(step / 2 + (step / 2) * r);
  }

  /** A success: the next failure starts again from the first delay. */
  reset(): void {
    this.attempt = 0;
  }

  get failures(): number {
    return this.attempt;
  }
}
