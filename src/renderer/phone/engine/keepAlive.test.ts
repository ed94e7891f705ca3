import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeepAlive } from './keepAlive';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('KeepAlive', () => {
  it('probes every interval and says nothing while the probe is answered', async () => {
    const probe = vi.fn(() => Promise.resolve());
    const dead = vi.fn();
    const k = new KeepAlive({ intervalMs: 1000, timeoutMs: 200, probe, dead });
    k.start();
    await vi.advanceTimersByTimeAsync(3500);
    expect(probe).toHaveBeenCalledTimes(3);
    expect(dead).not.toHaveBeenCalled();
    k.stop();
  });

  it('an unanswered probe declares the connection dead after the timeout', async () => {
    const dead = vi.fn();
    const k = new KeepAlive({ intervalMs: 1000, timeoutMs: 200, probe: () => new Promise(() => {}), dead });
    k.start();
    await vi.advanceTimersByTimeAsync(1100);
    expect(dead).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(150);
    expect(dead).toHaveBeenCalledTimes(1);
    k.stop();
  });

  it('checkNow probes at once, and concurrent checks share one probe', async () => {
    const probe = vi.fn(() => new Promise<void>((r) => setTimeout(r, 50)));
    const k = new KeepAlive({ intervalMs: 60_000, timeoutMs: 1000, probe, dead: vi.fn() });
    k.start();
    const a = k.checkNow();
    const b = k.checkNow();
    await vi.advanceTimersByTimeAsync(60);
    await expect(a).resolves.toBe(true);
    await expect(b).resolves.toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    k.stop();
  });

  it('a rejected probe still proves the path (any SIP answer does)', async () => {
    const dead = vi.fn();
    const k = new KeepAlive({ intervalMs: 60_000, timeoutMs: 1000, probe: () => Promise.reject(new Error('404')), dead });
    k.start();
    await expect(k.checkNow()).resolves.toBe(true);
    expect(dead).not.toHaveBeenCalled();
    k.stop();
  });

  it('stopped: no probes, and a late timeout does not report', async () => {
    const probe = vi.fn(() => new Promise<void>(() => {}));
    const dead = vi.fn();
    const k = new KeepAlive({ intervalMs: 100, timeoutMs: 100, probe, dead });
    k.start();
    await vi.advanceTimersByTimeAsync(150);
    k.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(dead).not.toHaveBeenCalled();
  });
});
