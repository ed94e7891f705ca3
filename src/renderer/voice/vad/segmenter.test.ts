import { describe, expect, it } from 'vitest';
import { SpeechSegmenter } from './segmenter';
import { FRAME_MS } from './sileroModel';

const run = (probs: number[], seg = new SpeechSegmenter()) => probs.flatMap((p) => seg.push(p));

describe('speech segmenter (hysteresis)', () => {
  it('needs minSpeechMs above the start threshold, and reports the true start', () => {
    const seg = new SpeechSegmenter({ startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: 3 * FRAME_MS, minSilenceMs: 4 * FRAME_MS });
    expect(run([0.1, 0.9, 0.9, 0.1, 0.1], seg)).toEqual([]); // a 2-frame blip is not speech
    const events = run([0.9, 0.9, 0.9], seg);
    expect(events).toEqual([{ type: 'speech-start', atMs: 5 * FRAME_MS, decidedAtMs: 8 * FRAME_MS }]);
    expect(seg.isSpeaking).toBe(true);
  });
  it('rides through dips above the end threshold and short pauses; ends after minSilenceMs at the last speech frame', () => {
    const seg = new SpeechSegmenter({ startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: FRAME_MS, minSilenceMs: 3 * FRAME_MS });
    const events = run([0.9, 0.4, 0.9, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1], seg);
    expect(events).toEqual([
      { type: 'speech-start', atMs: 0, decidedAtMs: FRAME_MS },
      { type: 'speech-end', atMs: 6 * FRAME_MS, startMs: 0, decidedAtMs: 9 * FRAME_MS },
    ]);
  });
  it('closes an open segment on flush', () => {
    const seg = new SpeechSegmenter();
    run(Array(10).fill(0.9), seg);
    expect(seg.flush()).toEqual([{ type: 'speech-end', atMs: 10 * FRAME_MS, startMs: 0, decidedAtMs: 10 * FRAME_MS }]);
    expect(seg.flush()).toEqual([]);
  });
  it('rejects an end threshold above the start threshold', () => {
    expect(() => new SpeechSegmenter({ startThreshold: 0.3, endThreshold: 0.5, minSpeechMs: 0, minSilenceMs: 0 })).toThrow();
  });
});
