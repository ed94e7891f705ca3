// `npm run bench`: every benchmark, one after the other (each prints its own table).
import { spawnSync } from 'node:child_process';

const steps = [
  [process.execPath, ['bench/softphone.mjs']],
  [process.execPath, ['bench/voice.mjs']],
  [process.execPath, ['bench/assist.mjs']],
  [process.execPath, ['bench/captions.mjs']],
  [process.execPath, ['bench/kbImport.mjs']],
  ['npx', ['vitest', 'run', '--config', 'bench/vitest.kb.config.ts', '--reporter', 'dot', '--silent=false']],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
