import { describe, expect, it } from 'vitest';
import { chunkText, SseParser } from './sse';

describe('SSE parser', () => {
  it('joins events split anywhere, skips comments, handles CRLF split between pieces', () => {
    const p = new SseParser();
    const stream = ': keep-alive\r\ndata: {"a":1}\r\n\r\ndata: x\ndata: y\n\ndata: [DONE]\n\n';
    const events: string[] = [];
    for (let i = 0; i < stream.length; i += 3) events.push(...p.push(stream.slice(i, i + 3)));
    events.push(...p.end());
    expect(events).toEqual(['{"a":1}', 'x\ny', '[DONE]']);
  });
  it('keeps an unterminated last event at the end of the stream', () => {
    const p = new SseParser();
    expect(p.push('data: last')).toEqual([]);
    expect(p.end()).toEqual(['last']);
  });
});

describe('chat chunk', () => {
  it('reads delta text and finish reason', () => {
    expect(chunkText('{"choices":[{"delta":{"content":"Hi"}}]}')).toEqual({ text: 'Hi', finish: undefined });
    expect(chunkText('{"choices":[{"delta":{},"finish_reason":"stop"}]}')).toEqual({ text: '', finish: 'stop' });
  });
  it('names what is wrong with a broken chunk', () => {
    expect(chunkText('{"choices":[{"delta":{"content":"Hi"')).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
    expect(chunkText('{"object":"x"}')).toMatchObject({ error: expect.stringMatching(/no "choices"/) });
    expect(chunkText('{"error":{"message":"overloaded"}}')).toMatchObject({ error: expect.stringMatching(/overloaded/) });
  });
});
