// `npm run setup`: install and start, on any network; it needs nothing installed first (plain Node).
// npm install runs with ONNXRUNTIME_NODE_INSTALL=skip: onnxruntime-node's install script only fetches
// optional GPU builds from GitHub (its CPU build ships in the package, which is all Switchboard uses) and
// fails the whole install where GitHub is unreachable. Then npm start: the desktop app (its binary is
// downloaded on first start), or the same app in the browser where that download is not possible.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => spawnSync(npm, args, { stdio: 'inherit', env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' } }).status;

if (run(['install']) !== 0) process.exit(1);
process.exit(run(['start']) ?? 1);
