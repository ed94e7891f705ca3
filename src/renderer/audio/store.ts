// The machine's audio devices, kept current as headsets are plugged in and out.
import { create } from 'zustand';

export interface DeviceOption {
  deviceId: string;
  label: string;
}

export interface DevicesState {
  inputs: DeviceOption[];
  outputs: DeviceOption[];
  error: string | null;
  refresh(): Promise<void>;
  /** Follows devicechange events; returns the unsubscribe function. */
  watch(): () => void;
}

type MediaDevicesLike = Pick<MediaDevices, 'enumerateDevices' | 'addEventListener' | 'removeEventListener'>;

export function createDevicesStore(media: () => MediaDevicesLike | undefined = () => navigator.mediaDevices) {
  return create<DevicesState>()((set, get) => ({
    inputs: [],
    outputs: [],
    error: null,
    refresh: async () => {
      const md = media();
      if (!md) return set({ error: 'unsupported' });
      try {
        const all = await md.enumerateDevices();
        // "default"/"communications" are aliases Chromium adds; the '' option already means the default.
        const pick = (kind: MediaDeviceKind, fallback: string) =>
          all
            .filter((d) => d.kind === kind && d.deviceId && d.deviceId !== 'default' && d.deviceId !== 'communications')
            .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `${fallback} ${i + 1}` }));
        set({ inputs: pick('audioinput', 'Microphone'), outputs: pick('audiooutput', 'Speaker'), error: null });
      } catch (e) {
        set({ error: e instanceof Error ? e.message : String(e) });
      }
    },
    watch: () => {
      const md = media();
      if (!md) return () => undefined;
      const onChange = () => void get().refresh();
      md.addEventListener('devicechange', onChange);
      void get().refresh();
      return () => md.removeEventListener('devicechange', onChange);
    },
  }));
}

/** The saved device if it is still plugged in, else '' (system default) — and whether we fell back. */
export function effectiveDevice(saved: string, available: readonly DeviceOption[]): { deviceId: string; missing: boolean } {
  if (!saved || available.some((d) => d.deviceId === saved)) return { deviceId: saved, missing: false };
  return { deviceId: '', missing: true };
}

/** The app's devices store (nothing is read until a screen calls refresh or watch). */
export const useDevices = createDevicesStore();
