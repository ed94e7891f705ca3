import { describe, expect, it } from 'vitest';
import { SegmentAudio, type SegmentMessage } from './segmentAudio';
import { FRAME_MS, FRAME_SAMPLES } from './sileroModel';

const frame = (value: number) => new Float32Array(FRAME_SAMPLES).fill(value);

describe('segment audio (VAD worker -> caption worker)', () => {
  it('starts the segment where speech began (pre-roll), streams it in pieces, and ends it', () => {
    const sent: SegmentMessage[] = [];
    const s = new SegmentAudio((m) => sent.push(m));
    for (let i = 0; i < 10; i++) s.frame(frame(i)); // frames 0..9
    s.start(7 * FRAME_MS, 5000); // speech began at frame 7, decided after frame 9
    expect(sent[0]).toMatchObject({ type: 'segment-start', id: 1, atMs: 5000 });
    expect(Array.from(sent[0]!.samples.filter((_, i) => i % FRAME_SAMPLES === 0))).toEqual([7, 8, 9]);
    for (let i = 10; i < 18; i++) s.frame(frame(i));
    expect(sent[1]).toMatchObject({ type: 'segment-audio', id: 1 });
    expect(sent[1]!.samples.length).toBe(8 * FRAME_SAMPLES);
    s.frame(frame(18));
    s.end(6000, 6320);
    expect(sent[2]).toMatchObject({ type: 'segment-end', id: 1, atMs: 6000, decidedAtMs: 6320 });
    expect(sent[2]!.samples.length).toBe(FRAME_SAMPLES);
    s.frame(frame(19));
    expect(sent).toHaveLength(3); // nothing outside a segment
    s.start(19 * FRAME_MS, 7000);
    expect(sent[3]).toMatchObject({ type: 'segment-start', id: 2 });
  });
});
