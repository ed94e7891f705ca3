// Dead-connection detection. A WebSocket whose network path died (Wi-Fi gone, a NAT or proxy that forgot
// the connection, a laptop resumed from sleep) often sees no close event for minutes: sip.js would send
// into it and wait. A periodic request that must be answered tells us within seconds.

export interface KeepAliveOptions {
  /** Between checks while the connection is up. */
  intervalMs: number;
  /** Longest wait for an answer before the connection counts as dead. */
  timeoutMs: number;
  /** Sends one probe; resolves on any answer (a SIP response of any code proves the path works). */
  probe(): Promise<void>;
  /** The probe went unanswered. */
  dead(): void;
}

export class KeepAlive {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checking: Promise<boolean> | null = null;
  private running = false;

  constructor(private readonly o: KeepAliveOptions) {}

  start(): void {
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Probes now (network changed, window woke up); resolves false when the connection is dead. */
  checkNow(): Promise<boolean> {
    this.checking ??= this.probeOnce().finally(() => {
      this.checking = null;
      this.schedule();
    });
    return this.checking;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.running) this.timer = setTimeout(() => void this.checkNow(), this.o.intervalMs);
  }

  private async probeOnce(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const answered = await Promise.race([
      this.o.probe().then(() => true, () => true),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(false), this.o.timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!answered && this.running) this.o.dead();
    return answered;
  }
}
