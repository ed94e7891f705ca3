// Electron's power monitor, faked with an EventEmitter, as host events.
import { EventEmitter } from 'node:events';
import { expect, it, vi } from 'vitest';
import { forwardPowerEvents } from './powerEvents';

it('fake powerMonitor: suspend, resume, lock and unlock become the system events', () => {
  const power = new EventEmitter();
  const send = vi.fn();
  forwardPowerEvents(power as never, send);
  for (const e of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-battery', 'shutdown']) power.emit(e);
  expect(send.mock.calls).toEqual([
    ['system:suspend', undefined],
    ['system:resume', undefined],
    ['system:lock', undefined],
    ['system:unlock', undefined],
  ]);
});
