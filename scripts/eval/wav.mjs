// 16-bit PCM WAV -> 16 kHz mono floats for speech models (first channel; windowed-sinc resampling,
// the same method as the app's VAD resampler).
export function decodeWav(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o) => String.fromCharCode(v.getUint8(o), v.getUint8(o + 1), v.getUint8(o + 2), v.getUint8(o + 3));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let rate = 0;
  let channels = 1;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = v.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      if (v.getUint16(offset + 8, true) !== 1 || v.getUint16(offset + 22, true) !== 16) throw new Error('only 16-bit PCM WAV is supported');
      channels = v.getUint16(offset + 10, true);
      rate = v.getUint32(offset + 12, true);
    } else if (id === 'data') {
      const frames = Math.floor(Math.min(size, bytes.length - offset - 8) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = v.getInt16(offset + 8 + i * 2 * channels, true) / 32768;
      return { rate, samples };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV file has no data');
}

export function to16k({ rate, samples }) {
  if (rate === 16000) return samples;
  const ratio = rate / 16000;
  const cutoff = Math.min(1, 16000 / rate) * 0.95;
  const reach = 16 / cutoff;
  const out = new Float32Array(Math.floor(samples.length / ratio));
  for (let k = 0; k < out.length; k++) {
    const t = k * ratio;
    let acc = 0;
    for (let n = Math.max(0, Math.ceil(t - reach)); n <= Math.min(samples.length - 1, Math.floor(t + reach)); n++) {
      const d = n - t;
      const arg = d * cutoff;
      acc += samples[n] * (arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg)) * (0.5 + 0.5 * Math.cos((Math.PI * d) / reach));
    }
    out[k] = acc * cutoff;
  }
  return out;
}
