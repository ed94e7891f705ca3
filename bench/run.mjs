// `npm run bench`: every benchmark, one after the other (each prints its own table).
import { spawnSync } from 'node:child_process';

for (const script of ['bench/softphone.mjs', 'bench/voice.mjs']) {
  const r = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
