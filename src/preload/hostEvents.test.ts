// The preload's events with a fake ipcRenderer and a fake page (the Electron binary cannot run here).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { EVENTS } from '../shared/ipc/events';
import { createHostEvents } from './hostEvents';

function setup() {
  const ipc = new EventEmitter();
  const page = new EventTarget();
  const log = vi.fn();
  const events = createHostEvents(ipc as never, page, log);
  // What main's webContents.send(channel, payload) looks like on this side.
  const fromMain = (channel: string, payload?: unknown) => ipc.emit(channel, { sender: ipc, senderFrame: null }, payload);
  return { ipc, page, log, events, fromMain };
}

describe('preload events (fake ipcRenderer)', () => {
  it('delivers a valid event from main with its payload only', () => {
    const { events, fromMain } = setup();
    const listener = vi.fn();
    events.on('hotkey', listener);
    fromMain('hotkey', { action: 'answer' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ action: 'answer' }]);
  });

  it('drops a payload that fails its schema and logs the reason', () => {
    const { events, fromMain, log } = setup();
    const listener = vi.fn();
    events.on('hotkey', listener);
    fromMain('hotkey', { action: 'format-disk' });
    expect(listener).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^event dropped: hotkey: action: must be one of /));
  });

  it('listens on IPC only while the page listens, one channel per contract event', () => {
    const { ipc, events } = setup();
    expect(ipc.eventNames()).toEqual([]);
    const off = events.on('system:resume', vi.fn());
    expect(ipc.eventNames().sort()).toEqual([...EVENTS].sort());
    off();
    expect(ipc.eventNames()).toEqual([]);
  });

  it('the page going offline and online is a network change (main has no network event)', () => {
    const { page, events } = setup();
    const listener = vi.fn();
    const off = events.on('network:change', listener);
    page.dispatchEvent(new Event('offline'));
    page.dispatchEvent(new Event('online'));
    expect(listener.mock.calls).toEqual([[{ online: false }], [{ online: true }]]);
    off();
    page.dispatchEvent(new Event('online'));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
