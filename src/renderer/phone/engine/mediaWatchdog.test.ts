import { describe, expect, it } from 'vitest';
import { MediaWatchdog } from './mediaWatchdog';

/** Feeds one-second intervals from `start`, returning the actions after each. */
function feed(w: MediaWatchdog, start: number, intervals: { packets: number; expected?: boolean }[]) {
  return intervals.map((x, i) => w.observe({ from: (start + i) * 1000, to: (start + i + 1) * 1000, packets: x.packets, expected: x.expected ?? true }));
}
const silent = (n: number, expected = true) => Array.from({ length: n }, () => ({ packets: 0, expected }));
const flowing = (n: number) => Array.from({ length: n }, () => ({ packets: 50 }));

describe('MediaWatchdog', () => {
  it('says nothing while audio flows', () => {
    expect(feed(new MediaWatchdog(), 0, flowing(30)).flat()).toEqual([]);
  });

  it('3 s without packets: tells the agent and restarts ICE; recovery is reported once audio returns', () => {
    const w = new MediaWatchdog();
    const out = feed(w, 0, [...flowing(2), ...silent(3), ...flowing(2)]);
    expect(out[3]).toEqual([]);
    expect(out[4]).toEqual(['problem', 'restart-ice']);
    expect(out[5]).toEqual(['recovered']);
    expect(out[6]).toEqual([]);
  });

  it('restarts ICE again every 5 s while silent, and ends the call after 20 s', () => {
    const out = feed(new MediaWatchdog(), 0, silent(25));
    const when = (a: string) => out.flatMap((x, i) => (x.includes(a as never) ? [i + 1] : []));
    expect(when('problem')).toEqual([3]);
    expect(when('restart-ice')).toEqual([3, 8, 13, 18]);
    expect(when('fail')).toEqual([20]);
    expect(out.slice(20).flat()).toEqual([]); // once failed, nothing more
  });

  it('a held call (either side) is expected to be silent', () => {
    expect(feed(new MediaWatchdog(), 0, silent(40, false)).flat()).toEqual([]);
  });

  it('the silence is counted afresh after a hold', () => {
    const w = new MediaWatchdog();
    const out = feed(w, 0, [...silent(2), ...silent(5, false), ...silent(2)]);
    expect(out.flat()).toEqual([]);
  });
});
