// The ringtone: generated once (a UK-style double ring, 400+450 Hz), played on the ringer device and,
// when the agent asks for it, on the speaker/headset as well.
import { applySink } from './media';

const RATE = 8000;

export class Ringer {
  private url: string | null = null;
  private playing: HTMLAudioElement[] = [];

  start(ringerId: string, alsoOn: string | null): void {
    if (this.playing.length) return;
    const targets = [ringerId];
    if (alsoOn !== null && alsoOn !== ringerId) targets.push(alsoOn);
    for (const deviceId of targets) {
      const el = new Audio(this.ringtoneUrl());
      el.loop = true;
      el.dataset.role = 'ringtone';
      void applySink(el, deviceId).then(() => el.play().catch(() => undefined));
      this.playing.push(el);
    }
  }

  stop(): void {
    for (const el of this.playing) {
      // Paused and dropped (not src = '', which makes the element fetch the page itself as audio).
      el.pause();
    }
    this.playing = [];
  }

  get isRinging(): boolean {
    return this.playing.length > 0;
  }

  private ringtoneUrl(): string {
    this.url ??= URL.createObjectURL(new Blob([ringtoneWav()], { type: 'audio/wav' }));
    return this.url;
  }
}

/** 3 s cycle: ring 0.4 s, pause 0.2 s, ring 0.4 s, silence 2 s. 16-bit mono PCM WAV. */
export function ringtoneWav(): ArrayBuffer {
  const samples = RATE * 3;
  const buf = new ArrayBuffer(44 + samples * 2);
  const v = new DataView(buf);
  const text = (o: number, s: string) => [...s].forEach((c, i) => v.setUint8(o + i, c.charCodeAt(0)));
  text(0, 'RIFF'); v.setUint32(4, 36 + samples * 2, true); text(8, 'WAVE');
  text(12, 'fmt '); v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, RATE, true); v.setUint32(28, RATE * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
  text(36, 'data'); v.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    const t = i / RATE;
    const on = t < 0.4 || (t >= 0.6 && t < 1.0);
    const s = on ? 0.25 * (Math.sin(2 * Math.PI * 400 * t) + Math.sin(2 * Math.PI * 450 * t)) : 0;
    v.setInt16(44 + i * 2, Math.round(s * 32767), true);
  }
  return buf;
}
