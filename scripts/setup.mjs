// `npm run setup`: install and start, on any network. It needs nothing installed first (plain Node).
// 1. npm install. onnxruntime-node's install script fetches optional GPU builds from GitHub (its CPU build
//    ships in the package, which is all Switchboard uses): always skipped. Electron's install script
//    downloads the Electron binary from GitHub: where that fails (a closed network), install again without
//    it and say so.
// 2. npm start: the desktop app, or the same app in the browser when the Electron binary is missing.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, env = {}) => spawnSync(npm, args, { stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', ...env } }).status;

if (run(['install']) !== 0) {
  console.error(
    '\nSwitchboard: npm install failed, most likely because the Electron binary cannot be downloaded from GitHub here.\n' +
      'Installing again without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1 ONNXRUNTIME_NODE_INSTALL=skip); the app will start in the browser.\n',
  );
  if (run(['install'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) !== 0) process.exit(1);
}
process.exit(run(['start']) ?? 1);
