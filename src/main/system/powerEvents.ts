// Electron's power monitor as host events: suspend, resume, and the screen locking and unlocking
// (lock/unlock are reported on macOS and Windows only). Electron has no network-change event: the
// bridges watch the page's online/offline instead (src/shared/events/pageNetwork.ts).
import type { PowerMonitor } from 'electron';
import type { SendEvent } from '../ipc/sendEvent';

export function forwardPowerEvents(power: Pick<PowerMonitor, 'on'>, send: SendEvent): void {
  power.on('suspend', () => send('system:suspend', undefined));
  power.on('resume', () => send('system:resume', undefined));
  power.on('lock-screen', () => send('system:lock', undefined));
  power.on('unlock-screen', () => send('system:unlock', undefined));
}
