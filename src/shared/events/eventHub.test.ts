// The checking hub both bridges receive events through.
import { describe, expect, it, vi } from 'vitest';
import { createEventHub, type Emit } from './eventHub';

function setup() {
  let emit: Emit = () => undefined;
  const stop = vi.fn();
  const sources = vi.fn((e: Emit) => {
    emit = e;
    return stop;
  });
  const log = vi.fn();
  const events = createEventHub(sources, log);
  return { events, emit: (name: string, payload: unknown) => emit(name, payload), sources, stop, log };
}

describe('event hub', () => {
  it('delivers a valid event to the listeners of that event only', () => {
    const { events, emit } = setup();
    const hotkey = vi.fn();
    const tray = vi.fn();
    events.on('hotkey', hotkey);
    events.on('tray-action', tray);
    emit('hotkey', { action: 'mute' });
    expect(hotkey).toHaveBeenCalledWith({ action: 'mute' });
    expect(tray).not.toHaveBeenCalled();
  });

  it('drops a malformed payload and logs why, without the payload', () => {
    const { events, emit, log } = setup();
    const listener = vi.fn();
    events.on('call-link', listener);
    emit('call-link', { target: '+15550100\n', extra: 1 });
    emit('call-link', 'sip:1002@pbx.example.com');
    emit('system:shutdown', undefined);
    expect(listener).not.toHaveBeenCalled();
    expect(log.mock.calls.map(([m]) => m)).toEqual([
      'event dropped: call-link: target: must not contain control characters; (root): unknown field "extra"',
      'event dropped: call-link: (root): must be an object',
      'event dropped: unknown event "system:shutdown"',
    ]);
    expect(JSON.stringify(log.mock.calls)).not.toContain('5550100');
  });

  it('a listener that throws does not stop the others', () => {
    const { events, emit, log } = setup();
    const after = vi.fn();
    events.on('system:resume', () => {
      throw new Error('boom');
    });
    events.on('system:resume', after);
    emit('system:resume', undefined);
    expect(after).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('event system:resume: a listener failed: boom');
  });

  it('starts its sources with the first listener and stops them when the last one leaves', () => {
    const { events, emit, sources, stop } = setup();
    expect(sources).not.toHaveBeenCalled();
    const listener = vi.fn();
    const offA = events.on('system:resume', listener);
    const offB = events.on('system:lock', vi.fn());
    expect(sources).toHaveBeenCalledTimes(1);
    offA();
    offA(); // twice is harmless
    emit('system:resume', undefined);
    expect(listener).not.toHaveBeenCalled();
    expect(stop).not.toHaveBeenCalled();
    offB();
    expect(stop).toHaveBeenCalledTimes(1);
    events.on('system:resume', listener);
    expect(sources).toHaveBeenCalledTimes(2);
  });

  it('refuses to subscribe to an event outside the contract or without a function', () => {
    const { events, sources } = setup();
    expect(() => events.on('system:reboot' as never, vi.fn())).toThrow('Unknown event "system:reboot"');
    expect(() => events.on('hotkey', 'alert(1)' as never)).toThrow('The listener for hotkey must be a function');
    expect(sources).not.toHaveBeenCalled();
  });
});
