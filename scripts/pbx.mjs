// `npm run pbx`: a local test PBX so two agents can try calls on one machine. Ctrl-C stops it.
import { startPbx } from '../e2e/support/pbxCore.mjs';

const pbx = await startPbx();
console.log(`Test PBX (Kamailio, pid ${pbx.pid}) is running.
  WebSocket server:  ${pbx.wsUrl}
                     ${pbx.wssUrl}  (self-signed: open https://127.0.0.1:18443/ once to accept it)
  SIP UDP:           127.0.0.1:${pbx.udpPort}
  Users (SIP address sip:USER@127.0.0.1 / password):
${Object.entries(pbx.users).map(([u, p]) => `    ${u} / ${p}`).join('\n')}
Press Ctrl-C to stop.`);
const stop = async () => {
  await pbx.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
