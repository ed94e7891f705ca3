// `npm start`: build and launch the desktop app. Where the Electron binary is missing (its download
// was skipped or blocked), say so and point at the web build instead of failing obscurely.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !existsSync(binary)) {
  console.error(
    'Switchboard: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or its download failed).\n' +
      '  Install it with:  node node_modules/electron/install.js\n' +
      '  Or run the same app in a browser:  npm run web',
  );
  process.exit(1);
}
spawnSync('node', ['scripts/copy-voice-assets.mjs'], { stdio: 'inherit' });
process.exit(spawnSync('npx', ['electron-vite', 'preview'], { stdio: 'inherit' }).status ?? 1);
