// Media watchdog: a call whose audio stops arriving (not on hold) is put right or ended cleanly.
// No packets for 3 s -> the agent is told ("No audio from …") and ICE is restarted, again every 5 s while
// it stays silent; still silent after 20 s -> the call is ended and recorded as failed with the reason.
// Pure: fed one observation per statistics interval, it answers with what to do.

export interface WatchdogOptions {
  silentMs: number;
  restartEveryMs: number;
  giveUpMs: number;
}

export const WATCHDOG: WatchdogOptions = { silentMs: 3000, restartEveryMs: 5000, giveUpMs: 20_000 };

export interface MediaObservation {
  /** The statistics interval (ms, any monotonic clock). */
  from: number;
  to: number;
  /** Audio packets received during the interval. */
  packets: number;
  /** Audio is expected from the far end (neither side has put the call on hold). */
  expected: boolean;
}

export type WatchdogAction = 'problem' | 'restart-ice' | 'recovered' | 'fail';

export class MediaWatchdog {
  private silentSince: number | null = null;
  private flagged = false;
  private lastRestart = 0;
  private failed = false;

  constructor(private readonly o: WatchdogOptions = WATCHDOG) {}

  observe(m: MediaObservation): WatchdogAction[] {
    if (this.failed) return [];
    if (!m.expected || m.packets > 0) {
      const wasFlagged = this.flagged;
      this.silentSince = null;
      this.flagged = false;
      return wasFlagged && m.packets > 0 ? ['recovered'] : [];
    }
    this.silentSince ??= m.from;
    const silent = m.to - this.silentSince;
    if (silent >= this.o.giveUpMs) {
      this.failed = true;
      return ['fail'];
    }
    if (!this.flagged && silent >= this.o.silentMs) {
      this.flagged = true;
      this.lastRestart = m.to;
      return ['problem', 'restart-ice'];
    }
    if (this.flagged && m.to - this.lastRestart >= this.o.restartEveryMs) {
      this.lastRestart = m.to;
      return ['restart-ice'];
    }
    return [];
  }
}
