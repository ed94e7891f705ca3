import { describe, expect, it } from 'vitest';
import { captureLogs, formatLogArgs, type LogEntry } from './logCapture';
import { RingBuffer } from './ringBuffer';

describe('captureLogs', () => {
  it('keeps warnings, errors, uncaught errors and rejections with secrets removed; still prints; puts everything back', () => {
    const printed: unknown[][] = [];
    const fakeConsole = { warn: (...a: unknown[]) => printed.push(['warn', ...a]), error: (...a: unknown[]) => printed.push(['error', ...a]) } as unknown as Console;
    const events = new EventTarget();
    const buffer = new RingBuffer<LogEntry>(10, 10_000, (e) => e.text.length);
    const stop = captureLogs(buffer, { console: fakeConsole, window: events as unknown as Window });
    fakeConsole.warn('LLM server said 401 for', { headers: { Authorization: 'Bearer sk-abc' } });
    fakeConsole.error(new Error('register failed: password=pw1001'));
    const uncaught = Object.assign(new Event('error'), { message: 'boom', error: new TypeError('x is undefined'), filename: 'app.js', lineno: 3, colno: 7 });
    events.dispatchEvent(uncaught);
    events.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('no route') }));
    expect(printed.map((p) => p[0])).toEqual(['warn', 'error']);
    const texts = buffer.values().map((e) => `${e.level} ${e.text}`);
    expect(texts[0]).toBe('warn LLM server said 401 for {"headers":{"Authorization":"[removed]"}}');
    expect(texts[1]).toMatch(/^error Error: register failed: password=\[removed\]/);
    expect(texts[2]).toMatch(/^error uncaught: boom TypeError: x is undefined[\s\S]* at app\.js:3:7$/);
    expect(texts[3]).toMatch(/^error unhandled rejection: Error: no route/);
    expect(texts.join('\n')).not.toMatch(/sk-abc|pw1001/);
    stop();
    fakeConsole.warn('after');
    events.dispatchEvent(new Event('error'));
    expect(buffer.values()).toHaveLength(4);
    expect(printed.at(-1)).toEqual(['warn', 'after']);
  });

  it('formats what cannot be serialised, and cuts very long entries', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(formatLogArgs(['a', 1, circular])).toBe('a 1 [object Object]');
    expect(formatLogArgs(['x'.repeat(5000)])).toMatch(/^x{4000}… \(1000 more characters\)$/);
  });
});
