import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff';

describe('Backoff', () => {
  it('doubles from the base up to the cap, each delay between half and all of its step', () => {
    const low = new Backoff({ baseMs: 500, capMs: 8000, random: () => 0 });
    const high = new Backoff({ baseMs: 500, capMs: 8000, random: () => 1 });
    const lows = Array.from({ length: 7 }, () => low.next());
    const highs = Array.from({ length: 7 }, () => high.next());
    expect(highs).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(lows).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('spreads agents out: 100 agents after the same failure do not all retry at the same moment', () => {
    const delays = Array.from({ length: 100 }, () => {
      const b = new Backoff({ baseMs: 1000, capMs: 30000 });
      b.next();
      return b.next();
    });
    expect(new Set(delays).size).toBeGreaterThan(50);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(2000);
  });

  it('waits longer once the server has stayed away for many attempts', () => {
    const b = new Backoff({ baseMs: 500, capMs: 4000, slowAfter: 5, slowCapMs: 30000, random: () => 1 });
    expect(Array.from({ length: 8 }, () => b.next())).toEqual([500, 1000, 2000, 4000, 4000, 16000, 30000, 30000]);
  });

  it('starts again from the base after a success', () => {
    const b = new Backoff({ baseMs: 500, capMs: 8000, random: () => 1 });
    b.next();
    b.next();
    b.next();
    expect(b.failures).toBe(3);
    b.reset();
    expect(b.failures).toBe(0);
    expect(b.next()).toBe(500);
  });
});
