// baresip (Debian) as a real non-JavaScript peer: ICE + DTLS-SRTP, PCMU only, driven over its ctrl_tcp
// interface (netstring-framed JSON). Registers to the test PBX over UDP.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BaresipEvent {
  type: string;
  class?: string;
  param?: string;
  peeruri?: string;
}

export interface BaresipOptions {
  user: string;
  password: string;
  pbx: { domain: string; udpPort: number };
  /**
   * Mono 16-bit WAV at 8 kHz (PCMU's rate), played as baresip's microphone. baresip ends the call when
   * its audio file ends, so the file is played `repeat` times over (default 12) to outlast any test.
   */
  audioFile: string;
  repeat?: number;
  /** Where sndfile writes what baresip sent (-enc.wav) and received (-dec.wav). */
  recordDir: string;
  answerMode?: 'manual' | 'auto';
}

export interface Baresip {
  dial(uri: string): Promise<void>;
  accept(): Promise<void>;
  hangup(): Promise<void>;
  /** Puts the current call on hold / resumes it (baresip sends the re-INVITE). */
  hold(): Promise<void>;
  resume(): Promise<void>;
  waitForEvent(match: (e: BaresipEvent) => boolean, timeoutMs: number): Promise<BaresipEvent>;
  events: BaresipEvent[];
  stop(): Promise<void>;
}

export async function startBaresip(o: BaresipOptions): Promise<Baresip> {
  const home = mkdtempSync(join(tmpdir(), 'baresip-'));
  const conf = join(home, '.baresip');
  mkdirSync(conf);
  // No sound card here: ALSA's default device discards what baresip plays.
  writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
  writeFileSync(join(conf, 'accounts'),
    `<sip:${o.user}@${o.pbx.domain};transport=udp>;auth_pass=${o.password};` +
      `outbound="sip:${o.pbx.domain}:${o.pbx.udpPort};transport=udp";answermode=${o.answerMode ?? 'manual'};` +
      `mediaenc=dtls_srtp;medianat=ice;audio_codecs=PCMU\n`);
  writeFileSync(join(conf, 'contacts'), '');
  const audioFile = join(home, 'microphone.wav');
  execFileSync('sox', [...Array<string>(o.repeat ?? 12).fill(o.audioFile), audioFile]);

  // baresip listens on the SIP port and, for TLS, the port after it; a port found free a moment ago can
  // be taken by then (another process's ephemeral port): start again on other ports when that happens.
  let child!: ChildProcess;
  let output = '';
  let exited!: Promise<void>;
  let socket!: Socket;
  for (let attempt = 1; ; attempt++) {
    const [sipPort, ctrlPort] = await Promise.all([freePort(), freePort()]);
    writeFileSync(join(conf, 'config'), [
      'poll_method epoll',
      `sip_listen 127.0.0.1:${sipPort}`,
      `audio_source aufile,${audioFile}`,
      'audio_player alsa,default',
      'audio_alert alsa,default',
      'audio_srate 8000',
      'audio_channels 1',
      'rtcp_mux yes',
      'module_path /usr/lib/baresip/modules',
      ...['g711', 'aufile', 'alsa', 'sndfile', 'ice', 'dtls_srtp', 'srtp', 'account', 'menu', 'ctrl_tcp'].map((m) => `module ${m}.so`),
      `ctrl_tcp_listen 127.0.0.1:${ctrlPort}`,
      `snd_path ${o.recordDir}`,
      'ice_nomination regular',
      '',
    ].join('\n'));
    output = '';
    child = spawn('baresip', ['-f', conf], { env: { ...process.env, HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (d: Buffer) => (output = (output + d).slice(-20000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const started = child;
    exited = new Promise<void>((r) => started.once('exit', () => r()));
    try {
      socket = await connectWithRetry(ctrlPort, 10_000, () => output);
      break;
    } catch (e) {
      started.kill('SIGKILL');
      await exited;
      if (attempt >= 3 || !output.includes('Address already in use')) throw e;
    }
  }
  const events: BaresipEvent[] = [];
  const waiters = new Set<() => void>();
  let pending: { token: string; resolve(ok: boolean, data: string): void }[] = [];
  let buffer = '';
  socket.on('data', (d) => {
    buffer += d.toString('utf8');
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) break;
      const len = Number(buffer.slice(0, colon));
      if (buffer.length < colon + 1 + len + 1) break;
      const msg = JSON.parse(buffer.slice(colon + 1, colon + 1 + len));
      buffer = buffer.slice(colon + 1 + len + 1);
      if (msg.event) {
        events.push(msg);
        waiters.forEach((w) => w());
      } else if (msg.response) {
        const p = pending.find((x) => x.token === msg.token);
        pending = pending.filter((x) => x !== p);
        p?.resolve(Boolean(msg.ok), String(msg.data ?? ''));
      }
    }
  });

  let tokens = 0;
  const command = (name: string, params = '') =>
    new Promise<void>((resolve, reject) => {
      const token = String(++tokens);
      pending.push({ token, resolve: (ok, data) => (ok ? resolve() : reject(new Error(`baresip ${name} failed: ${data}`))) });
      const body = JSON.stringify({ command: name, params, token });
      socket.write(`${Buffer.byteLength(body)}:${body},`);
    });

  const waitForEvent = (match: (e: BaresipEvent) => boolean, timeoutMs: number) =>
    new Promise<BaresipEvent>((resolve, reject) => {
      const check = () => {
        const hit = events.find(match);
        if (!hit) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`baresip: no matching event in ${timeoutMs} ms; saw ${events.map((e) => e.type).join(', ')}\n${output.slice(-3000)}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });

  // Registration usually completes before the control connection is up, so read it from the log.
  const registered = new RegExp(`${o.user}@[^:]*: \\{\\d+/UDP/v4\\} 200 OK`);
  const deadline = Date.now() + 10_000;
  while (!registered.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`baresip did not register:\n${output.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    events,
    dial: (uri) => command('dial', uri),
    accept: () => command('accept'),
    hangup: () => command('hangup'),
    hold: () => command('hold'),
    resume: () => command('resume'),
    waitForEvent,
    async stop() {
      socket.destroy();
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function connectWithRetry(port: number, timeoutMs: number, log: () => string): Promise<Socket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<Socket>((resolve, reject) => {
        const s = connect({ host: '127.0.0.1', port });
        s.once('connect', () => resolve(s));
        s.once('error', reject);
      });
    } catch {
      if (Date.now() > deadline) throw new Error(`baresip control port ${port} never opened:\n${log().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
