// `npm start`: build and launch the desktop app. Electron (42+) downloads its binary the first time it is
// run rather than at install; electron-vite does not, so this does it first (Electron's own install
// script). Where the download fails (a closed network: it comes from GitHub), say so and start the same
// app in the browser instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = () => (existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null);
if (!binary() || !existsSync(binary())) {
  console.log('Switchboard: downloading the Electron binary (first run)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
}
spawnSync('node', ['scripts/copy-voice-assets.mjs'], { stdio: 'inherit' });
if (!binary() || !existsSync(binary())) {
  console.error(
    'Switchboard: the Electron binary could not be downloaded, so the same app starts in the browser instead:\n' +
      '  open http://localhost:5173   (for the desktop app, run `npx install-electron` where GitHub is reachable)',
  );
  process.exit(spawnSync('npx', ['vite', '--config', 'vite.web.config.ts'], { stdio: 'inherit' }).status ?? 1);
}
process.exit(spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' }).status ?? 1);
