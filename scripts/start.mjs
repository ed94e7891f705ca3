// `npm start`: build and launch the desktop app. Where the Electron binary is missing (its download
// was skipped or blocked), say so and start the same app in the browser instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
spawnSync('node', ['scripts/copy-voice-assets.mjs'], { stdio: 'inherit' });
if (!binary || !existsSync(binary)) {
  console.error(
    'Switchboard: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or its download failed),\n' +
      '  so the same app starts in the browser instead: open http://localhost:5173\n' +
      '  (For the desktop app, install the binary where GitHub is reachable: node node_modules/electron/install.js)',
  );
  process.exit(spawnSync('npx', ['vite', '--config', 'vite.web.config.ts'], { stdio: 'inherit' }).status ?? 1);
}
process.exit(spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' }).status ?? 1);
