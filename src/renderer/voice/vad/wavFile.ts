// Reads a 16-bit PCM WAV (first channel) into floats. Used by the VAD's tests and the benchmark;
// the app itself gets audio from the audio graph, not from files.
export function decodeWav(bytes: Uint8Array): { sampleRate: number; samples: Float32Array } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o: number) => String.fromCharCode(v.getUint8(o), v.getUint8(o + 1), v.getUint8(o + 2), v.getUint8(o + 3));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not a WAV file');
  let offset = 12;
  let sampleRate = 0;
  let channels = 1;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = v.getUint32(offset + 4, true);
    if (id === 'fmt ') {
      if (v.getUint16(offset + 8, true) !== 1 || v.getUint16(offset + 22, true) !== 16) throw new Error('only 16-bit PCM WAV is supported');
      channels = v.getUint16(offset + 10, true);
      sampleRate = v.getUint32(offset + 12, true);
    } else if (id === 'data') {
      const frames = Math.floor(Math.min(size, bytes.length - offset - 8) / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = v.getInt16(offset + 8 + i * 2 * channels, true) / 32768;
      return { sampleRate, samples };
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV file has no data');
}
