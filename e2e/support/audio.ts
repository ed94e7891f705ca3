// RMS of a 16-bit PCM WAV file (0..1), for checking that a recording is speech and not silence.
import { readFileSync } from 'node:fs';

export function wavRms(file: string): number {
  const buf = readFileSync(file);
  let offset = 12;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    if (id === 'fmt ' && buf.readUInt16LE(offset + 8 + 14) !== 16) throw new Error(`${file}: not 16-bit PCM`);
    if (id === 'data') {
      const end = Math.min(buf.length, offset + 8 + size);
      let sum = 0;
      let n = 0;
      for (let i = offset + 8; i + 1 < end; i += 2) {
        const v = buf.readInt16LE(i) / 32768;
        sum += v * v;
        n++;
      }
      return n ? Math.sqrt(sum / n) : 0;
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}
