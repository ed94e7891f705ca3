import { describe, expect, it } from 'vitest';
import { createDevicesStore, effectiveDevice } from './store';

/** A fake of the OS device list (the browser's real one is exercised in the e2e tests). */
function fakeMediaDevices(initial: MediaDeviceInfo[]) {
  let devices = initial;
  const listeners = new Set<() => void>();
  return {
    enumerateDevices: async () => devices,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    plug(next: MediaDeviceInfo[]) {
      devices = next;
      listeners.forEach((l) => l());
    },
    listeners,
  };
}
const dev = (deviceId: string, kind: MediaDeviceKind, label = ''): MediaDeviceInfo =>
  ({ deviceId, kind, label, groupId: 'g', toJSON: () => ({}) }) as MediaDeviceInfo;

describe('audio devices (fake OS device list)', () => {
  it('lists inputs and outputs, skipping the default aliases and naming unlabelled devices', async () => {
    const md = fakeMediaDevices([dev('default', 'audioinput'), dev('m1', 'audioinput'), dev('s1', 'audiooutput', 'Headset')]);
    const store = createDevicesStore(() => md as unknown as MediaDevices);
    await store.getState().refresh();
    expect(store.getState().inputs).toEqual([{ deviceId: 'm1', label: 'Microphone 1' }]);
    expect(store.getState().outputs).toEqual([{ deviceId: 's1', label: 'Headset' }]);
  });

  it('follows devices being plugged and unplugged', async () => {
    const md = fakeMediaDevices([dev('m1', 'audioinput', 'Built-in')]);
    const store = createDevicesStore(() => md as unknown as MediaDevices);
    const stop = store.getState().watch();
    await new Promise((r) => setTimeout(r, 0));
    md.plug([dev('m1', 'audioinput', 'Built-in'), dev('m2', 'audioinput', 'USB headset')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().inputs.map((d) => d.label)).toEqual(['Built-in', 'USB headset']);
    stop();
    expect(md.listeners.size).toBe(0);
  });

  it('falls back to the system default when the saved device is gone', () => {
    expect(effectiveDevice('m2', [{ deviceId: 'm1', label: 'x' }])).toEqual({ deviceId: '', missing: true });
    expect(effectiveDevice('m1', [{ deviceId: 'm1', label: 'x' }])).toEqual({ deviceId: 'm1', missing: false });
    expect(effectiveDevice('', [])).toEqual({ deviceId: '', missing: false });
  });
});
