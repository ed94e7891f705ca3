import { describe, expect, it } from 'vitest';
import type { SegmentMessage } from '../../voice/vad/segmentAudio';
import { UtteranceDecoder } from './utterances';
import type { Caption, SpeechSegment } from './types';

const ms = (n: number) => new Float32Array((n / 1000) * 16000);

/** A fake engine that "recognises" the length of what it is given, and can be held to test ordering. */
function fakeEngine() {
  const calls: SpeechSegment[] = [];
  let release: (() => void) | null = null;
  let hold = false;
  return {
    calls,
    hold: () => (hold = true),
    release: () => {
      hold = false;
      release?.();
    },
    transcribe: async (s: SpeechSegment) => {
      calls.push(s);
      if (hold) await new Promise<void>((r) => (release = r));
      return `${s.audio.length / 16} ms`;
    },
  };
}
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('utterance decoder (VAD segments -> interim and final captions)', () => {
  it('re-decodes the growing segment every 500 ms of audio, then once at its end', async () => {
    const engine = fakeEngine();
    const out: Caption[] = [];
    const d = new UtteranceDecoder(engine, (c) => out.push(c));
    const push = (m: SegmentMessage) => d.push('customer', m);
    push({ type: 'segment-start', id: 1, atMs: 1000, samples: ms(256) });
    await flush();
    expect(out).toHaveLength(0); // under 500 ms: nothing yet
    push({ type: 'segment-audio', id: 1, samples: ms(256) });
    await flush();
    push({ type: 'segment-audio', id: 1, samples: ms(256) });
    push({ type: 'segment-audio', id: 1, samples: ms(256) });
    await flush();
    push({ type: 'segment-end', id: 1, atMs: 2100, decidedAtMs: 2420, samples: ms(128) });
    await flush();
    expect(out.map((c) => [c.text, c.final])).toEqual([
      ['512 ms', false],
      ['1024 ms', false],
      ['1152 ms', true],
    ]);
    expect(out.at(-1)).toMatchObject({ party: 'customer', id: 'customer-1', startMs: 1000, endMs: 2100, decidedAtMs: 2420 });
  });

  it('decodes a final before pending interims of the other party', async () => {
    const engine = fakeEngine();
    const out: Caption[] = [];
    const d = new UtteranceDecoder(engine, (c) => out.push(c));
    engine.hold();
    d.push('agent', { type: 'segment-start', id: 1, atMs: 0, samples: ms(512) }); // interim starts, held
    await flush();
    d.push('agent', { type: 'segment-audio', id: 1, samples: ms(512) }); // another interim due
    d.push('customer', { type: 'segment-start', id: 1, atMs: 0, samples: ms(100) });
    d.push('customer', { type: 'segment-end', id: 1, atMs: 100, decidedAtMs: 420, samples: ms(0) });
    engine.release();
    await flush();
    await flush();
    expect(out.map((c) => `${c.party}:${c.final ? 'final' : 'interim'}`)).toEqual(['agent:interim', 'customer:final', 'agent:interim']);
  });

  it('finalises speech longer than the model can take in parts', async () => {
    const out: Caption[] = [];
    const d = new UtteranceDecoder(fakeEngine(), (c) => out.push(c), { interimMs: 10_000, maxSegmentMs: 1000 });
    d.push('agent', { type: 'segment-start', id: 3, atMs: 0, samples: ms(600) });
    d.push('agent', { type: 'segment-audio', id: 3, samples: ms(600) });
    d.push('agent', { type: 'segment-end', id: 3, atMs: 1500, decidedAtMs: 1800, samples: ms(300) });
    await flush();
    await flush();
    expect(out.map((c) => [c.id, c.text, c.final])).toEqual([
      ['agent-3', '1200 ms', true],
      ['agent-3.1', '300 ms', true],
    ]);
  });

  it('while paused, nothing is decoded or emitted', async () => {
    const engine = fakeEngine();
    const out: Caption[] = [];
    const d = new UtteranceDecoder(engine, (c) => out.push(c));
    d.paused = true;
    d.push('agent', { type: 'segment-start', id: 1, atMs: 0, samples: ms(800) });
    d.push('agent', { type: 'segment-end', id: 1, atMs: 800, decidedAtMs: 1100, samples: ms(0) });
    await flush();
    expect(engine.calls).toHaveLength(0);
    expect(out).toHaveLength(0);
  });
});

describe('utterance decoder at the end of a call', () => {
  it('turns what is still being said into final text, and waits for it', async () => {
    const engine = fakeEngine();
    const out: Caption[] = [];
    const d = new UtteranceDecoder(engine, (c) => out.push(c));
    d.push('customer', { type: 'segment-start', id: 5, atMs: 2000, samples: ms(300) });
    d.push('agent', { type: 'segment-start', id: 2, atMs: 2500, samples: ms(0) }); // began, no audio yet: nothing to say
    await d.flush();
    expect(out.map((c) => [c.id, c.text, c.final, c.endMs])).toEqual([['customer-5', '300 ms', true, 2300]]);
  });
});
