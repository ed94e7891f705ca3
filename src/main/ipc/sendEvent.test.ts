// Host events from main with fake windows (the Electron binary cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../security/appOrigin';
import { createEventSender } from './sendEvent';

function fakeWindow(url: string, destroyed = false) {
  return { webContents: { send: vi.fn(), getURL: () => url, isDestroyed: () => destroyed } };
}

function setup(windows: ReturnType<typeof fakeWindow>[]) {
  const log = vi.fn();
  const send = createEventSender({ windows: () => windows, isAppUrl: (url) => isAppUrl(url, { appUrl: 'app://switchboard/' }), log });
  return { send, log };
}

describe('event sender (fake BrowserWindow)', () => {
  it("sends to the app's page only: not to another page, a window not loaded yet or a destroyed one", () => {
    const app = fakeWindow('app://switchboard/index.html');
    const elsewhere = fakeWindow('https://evil.example.com/');
    const blank = fakeWindow('');
    const closed = fakeWindow('app://switchboard/index.html', true);
    const { send, log } = setup([app, elsewhere, blank, closed]);
    send('hotkey', { action: 'answer' });
    expect(app.webContents.send).toHaveBeenCalledWith('hotkey', { action: 'answer' });
    expect(elsewhere.webContents.send).not.toHaveBeenCalled();
    expect(blank.webContents.send).not.toHaveBeenCalled();
    expect(closed.webContents.send).not.toHaveBeenCalled();
    expect(log.mock.calls).toEqual([['event hotkey not sent to https://evil.example.com/: not the app'], ['event hotkey not sent to (no page): not the app']]);
  });

  it('a payload that fails its schema is not sent to anyone, and the reason is logged without the payload', () => {
    const app = fakeWindow('app://switchboard/index.html');
    const { send, log } = setup([app]);
    send('call-link', { target: 'sip:1002@pbx.example.com\r\nVia: x' });
    send('update-status', { state: 'downloading', version: '0.2.0' } as never);
    expect(app.webContents.send).not.toHaveBeenCalled();
    expect(log.mock.calls).toEqual([
      ['event not sent: call-link: target: must not contain control characters'],
      ['event not sent: update-status: percent: must be a number'],
    ]);
    expect(JSON.stringify(log.mock.calls)).not.toContain('1002');
  });

  it('sends an event without payload as such, and with no window sends nothing', () => {
    const app = fakeWindow('app://switchboard/index.html');
    setup([app]).send('system:resume', undefined);
    expect(app.webContents.send).toHaveBeenCalledWith('system:resume', undefined);
    expect(() => setup([]).send('system:resume', undefined)).not.toThrow();
  });
});
