// `npm start`: build and launch the desktop app. Electron (42+) downloads its binary the first time it is
// run rather than at install; electron-vite does not, so this does it first (Electron's own install
// script). Where the download fails (offline, blocked), say so and point at the web build.
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
if (!binary() || !existsSync(binary())) {
  console.error(
    'Switchboard: the Electron binary could not be downloaded.\n' +
      '  Try again with:  npx install-electron\n' +
      '  Or run the same app in a browser:  npm run web',
  );
  process.exit(1);
}
spawnSync('node', ['scripts/copy-voice-assets.mjs'], { stdio: 'inherit' });
process.exit(spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' }).status ?? 1);
