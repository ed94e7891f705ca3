// The main -> renderer event contract: every event's schema, and the reason a bad payload is refused.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from './contract';
import { EVENTS, HOTKEY_ACTIONS, parseEvent, type EventName, type PayloadOf } from './events';

const valid: { [E in EventName]: PayloadOf<E> } = {
  'system:suspend': undefined,
  'system:resume': undefined,
  'system:lock': undefined,
  'system:unlock': undefined,
  'network:change': { online: false },
  'call-link': { target: '+44 20 7946 0018' },
  hotkey: { action: 'answer' },
  'tray-action': { action: 'not-ready' },
  'update-status': { state: 'downloading', version: '0.2.0', percent: 42.5 },
};

describe('IPC events', () => {
  it('accepts a well-formed payload of every event, unchanged', () => {
    for (const name of EVENTS) expect(parseEvent(name, valid[name])).toEqual({ ok: true, name, payload: valid[name] });
  });

  it('no event shares a name with a request channel', () => {
    expect(EVENTS.filter((e) => (CHANNELS as readonly string[]).includes(e))).toEqual([]);
  });

  it.each([
    ['system:resume', {}, 'system:resume: (root): takes no payload'],
    ['network:change', { online: 'yes' }, 'network:change: online: must be true or false'],
    ['network:change', null, 'network:change: (root): must be an object'],
    ['call-link', { target: '   ' }, 'call-link: target: is required'],
    ['call-link', { target: 'sip:1002@pbx.example.com\r\nX-Injected: 1' }, 'call-link: target: must not contain control characters'],
    ['call-link', { target: '1'.repeat(257) }, 'call-link: target: must be 256 characters or fewer'],
    ['call-link', { target: 1002 }, 'call-link: target: must be text'],
    ['hotkey', { action: 'dial' }, `hotkey: action: must be one of ${HOTKEY_ACTIONS.map((a) => `"${a}"`).join(', ')}`],
    ['hotkey', { action: 'mute', repeat: true }, 'hotkey: (root): unknown field "repeat"'],
    ['tray-action', { action: 'quit' }, 'tray-action: action: must be one of "ready", "not-ready", "open-settings"'],
    ['update-status', { state: 'downloading', version: '0.2.0', percent: 140 }, 'update-status: percent: must be 0 to 100'],
    ['update-status', { state: 'ready' }, 'update-status: version: must be text'],
    ['update-status', { state: 'installing' }, 'update-status: state: must be one of "checking", "up-to-date", "downloading", "ready", "failed"'],
  ] as const)('refuses %s with %j: %s', (name, payload, reason) => {
    expect(parseEvent(name, payload)).toEqual({ ok: false, reason });
  });

  it('refuses names outside the contract, including ones every object has', () => {
    expect(parseEvent('system:reboot', undefined)).toEqual({ ok: false, reason: 'unknown event "system:reboot"' });
    expect(parseEvent('toString', undefined)).toEqual({ ok: false, reason: 'unknown event "toString"' });
    expect(parseEvent(7, undefined)).toEqual({ ok: false, reason: 'unknown event (number)' });
  });
});
