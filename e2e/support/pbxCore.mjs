// Starts and stops the test PBX: a real Kamailio from Debian's packages, configured from
// pbx/kamailio.cfg.template, with a self-signed certificate made at start. Used by the end-to-end
// tests, the benchmark and `npm run pbx`.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = resolve(here, '../../pbx/kamailio.cfg.template');
const MODULE_DIRS = ['/usr/lib/x86_64-linux-gnu/kamailio/modules', '/usr/lib/aarch64-linux-gnu/kamailio/modules', '/usr/lib/kamailio/modules'];

export const DEFAULT_USERS = Object.fromEntries(['1001', '1002', '1003', '1004', '1005', '1006'].map((u) => [u, `pw${u}`]));

/**
 * @param {{ wsPort?: number, wssPort?: number, udpPort?: number, users?: Record<string,string>, runDir?: string, quiet?: boolean }} [opts]
 */
export async function startPbx(opts = {}) {
  const wsPort = opts.wsPort ?? 18080;
  const wssPort = opts.wssPort ?? 18443;
  const udpPort = opts.udpPort ?? 15060;
  const users = opts.users ?? DEFAULT_USERS;
  const runDir = opts.runDir ?? mkdtempSync(join(tmpdir(), 'switchboard-pbx-'));
  mkdirSync(runDir, { recursive: true });
  const modulePath = MODULE_DIRS.find((d) => existsSync(join(d, 'websocket.so')));
  if (!modulePath) throw new Error('Kamailio modules not found: install kamailio kamailio-websocket-modules kamailio-tls-modules');
  for (const [user, password] of Object.entries(users)) {
    if (!/^[\w.-]+$/.test(user) || /["\\\n]/.test(password)) throw new Error(`Unusable test user ${user}`);
  }

  // A certificate for 127.0.0.1, valid for two days: browsers in the tests are told to accept it.
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(runDir, 'key.pem'), '-out', join(runDir, 'cert.pem'),
  ], { stdio: 'ignore' });
  writeFileSync(join(runDir, 'tls.cfg'), [
    '[server:default]', 'method = TLSv1.2+', 'verify_certificate = no', 'require_certificate = no',
    `private_key = ${join(runDir, 'key.pem')}`, `certificate = ${join(runDir, 'cert.pem')}`,
    '[client:default]', 'verify_certificate = no', 'require_certificate = no', '',
  ].join('\n'));
  const cfg = readFileSync(TEMPLATE, 'utf8')
    .replaceAll('{{WS_PORT}}', String(wsPort))
    .replaceAll('{{WSS_PORT}}', String(wssPort))
    .replaceAll('{{UDP_PORT}}', String(udpPort))
    .replaceAll('{{RUN_DIR}}', runDir)
    .replaceAll('{{MODULE_PATH}}', modulePath)
    .replaceAll('{{LOG_PREFIX}}', 'pbx: ')
    .replaceAll('{{USERS}}', Object.entries(users).map(([u, p]) => `\t$sht(users=>${u}) = "${p}";`).join('\n'));
  const cfgFile = join(runDir, 'kamailio.cfg');
  writeFileSync(cfgFile, cfg);

  // Something already answering on these ports (a PBX left running) would pass the readiness check
  // below while this Kamailio fails to bind: refuse, saying which port.
  for (const port of [wsPort, wssPort]) {
    if (await portAnswers(port)) throw new Error(`port ${port} on 127.0.0.1 is already in use (a test PBX left running?): stop it first`);
  }
  const started = Date.now();
  const child = spawn('kamailio', ['-DD', '-E', '-f', cfgFile, '-Y', runDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-20000);
    if (!opts.quiet && process.env.PBX_LOG) process.stderr.write(d);
  });
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  try {
    await Promise.race([
      Promise.all([waitForPort(wsPort, 15000), waitForPort(wssPort, 15000)]),
      exited.then((e) => {
        throw new Error(`Kamailio exited (${JSON.stringify(e)}) while starting:\n${stderr.split('\n').slice(-25).join('\n')}`);
      }),
    ]);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }

  return {
    domain: '127.0.0.1',
    wsUrl: `ws://127.0.0.1:${wsPort}/ws`,
    wssUrl: `wss://127.0.0.1:${wssPort}/ws`,
    udpPort,
    users,
    runDir,
    pid: child.pid,
    startMs: Date.now() - started,
    log: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.runDir) rmSync(runDir, { recursive: true, force: true });
    },
  };
}

function portAnswers(port) {
  return new Promise((resolveAnswer) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveAnswer(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolveAnswer(false);
    });
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePort, reject) => {
    const attempt = () => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolvePort();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Kamailio did not open port ${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}
