// SIPp (Debian `sip-tester`) as a scripted SIP peer on UDP: runs a scenario kept in e2e/sipp/ against the
// test PBX and reports what it saw: its exit status, every message it sent and received (from its
// -trace_msg log) and its error log. The process is stopped by its PID whatever happens.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PBX_HOST, PBX_PORTS, passwordOf } from './agents';

const SCENARIO_DIR = resolve('e2e/sipp');

export interface SippOptions {
  /** A file in e2e/sipp/, e.g. 'request.xml'. */
  scenario: string;
  /** Fills the scenario's {{NAME}} placeholders; a placeholder left unfilled is an error. */
  vars?: Record<string, string>;
  /** The user SIPp answers 401/407 challenges as ([authentication]); its password is the test one. */
  authUser?: string;
  /** SIPp's own UDP port (else the first free one from 5060). */
  localPort?: number;
  /** SIPp gives up after this long (its -timeout, a failure); the process is killed a little later. */
  timeoutMs?: number;
}

export interface SipSeen {
  direction: 'sent' | 'received';
  /** Request method, or the CSeq method of a response. */
  method: string;
  /** Response status code; undefined for a request. */
  status?: number;
  reason?: string;
  /** The whole message as it went over the wire. */
  text: string;
  /** First value of a header (case-insensitive), or undefined. */
  header(name: string): string | undefined;
}

export interface SippResult {
  /** SIPp's exit status: 0 every call succeeded, 1 some failed, 97/99 stopped early, 255 fatal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  messages: SipSeen[];
  /** The responses SIPp received, in order. */
  responses: SipSeen[];
  /** The requests SIPp received, in order. */
  requests: SipSeen[];
  /** SIPp's error log (unexpected messages, timeouts) and the tail of its output. */
  errors: string;
}

export interface SippProcess {
  pid: number;
  /** Resolves when SIPp has exited by itself (or was stopped). */
  done: Promise<SippResult>;
  /** Kills SIPp (by PID) if it is still running, then reports. */
  stop(): Promise<SippResult>;
}

/** Starts SIPp against the test PBX's UDP port; see runSipp to wait for it. */
export function startSipp(o: SippOptions): SippProcess {
  const dir = mkdtempSync(join(tmpdir(), 'sipp-'));
  const scenarioFile = join(dir, o.scenario);
  writeFileSync(scenarioFile, fillScenario(readFileSync(join(SCENARIO_DIR, o.scenario), 'utf8'), o.vars ?? {}, o.scenario));
  const timeoutMs = o.timeoutMs ?? 20_000;
  const args = [
    '-sf', scenarioFile, `${PBX_HOST}:${PBX_PORTS.udpPort}`,
    '-i', '127.0.0.1', '-m', '1', '-nostdin',
    '-trace_msg', '-message_file', join(dir, 'messages.log'),
    '-trace_err', '-error_file', join(dir, 'errors.log'),
    '-timeout', `${Math.ceil(timeoutMs / 1000)}s`, '-timeout_error',
    ...(o.localPort ? ['-p', String(o.localPort)] : []),
    ...(o.authUser ? ['-au', o.authUser, '-ap', passwordOf(o.authUser)] : []),
  ];
  const child = spawn('sipp', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString('utf8')).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => {
    child.once('exit', (code, signal) => r({ code, signal }));
    child.once('error', (e) => {
      output += `\ncannot start sipp: ${e.message} (install Debian sip-tester)`;
      r({ code: null, signal: null });
    });
  });
  const killer = setTimeout(() => kill(child.pid), timeoutMs + 5000);
  let report: Promise<SippResult> | undefined;
  const done = () =>
    (report ??= exited.then(({ code, signal }) => {
      clearTimeout(killer);
      const result = readResult(dir, code, signal, output);
      rmSync(dir, { recursive: true, force: true });
      return result;
    }));
  return {
    pid: child.pid ?? -1,
    done: done(),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) kill(child.pid);
      return done();
    },
  };
}

/** Runs a scenario to its end (or its timeout) and reports what SIPp saw. */
export async function runSipp(o: SippOptions): Promise<SippResult> {
  const sipp = startSipp(o);
  try {
    return await sipp.done;
  } finally {
    await sipp.stop();
  }
}

/** A UDP port free on loopback a moment ago, for a SIPp that others must reach (a registered contact). */
export function freeUdpPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolvePort(port));
    });
  });
}

/** One line per message, for assertion messages: "received 481 Call/Transaction Does Not Exist (BYE)". */
export function summary(messages: SipSeen[]): string {
  return messages
    .map((m) => `${m.direction} ${m.status === undefined ? m.method : `${m.status} ${m.reason} (${m.method})`}`)
    .join('\n');
}

function fillScenario(xml: string, vars: Record<string, string>, name: string): string {
  const filled = xml.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => vars[key] ?? whole);
  const left = [...new Set(filled.match(/\{\{\w+\}\}/g) ?? [])];
  if (left.length) throw new Error(`SIPp scenario ${name}: no value for ${left.join(', ')}`);
  return filled;
}

function kill(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

function readResult(dir: string, exitCode: number | null, signal: NodeJS.Signals | null, output: string): SippResult {
  const log = join(dir, 'messages.log');
  const messages = existsSync(log) ? parseMessageLog(readFileSync(log)) : [];
  const errorLog = join(dir, 'errors.log');
  const errors = [existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '', output.trim()].filter(Boolean).join('\n');
  return {
    exitCode,
    signal,
    messages,
    responses: messages.filter((m) => m.direction === 'received' && m.status !== undefined),
    requests: messages.filter((m) => m.direction === 'received' && m.status === undefined),
    errors,
  };
}

/**
 * SIPp's -trace_msg log: for each message a dashed line with a time, then "UDP message sent (N bytes):"
 * or "UDP message received [N] bytes :", a blank line and the N bytes of the message.
 */
export function parseMessageLog(log: Buffer): SipSeen[] {
  const seen: SipSeen[] = [];
  const intro = /^\w+ message (sent|received) [([](\d+)[\])] bytes ?:\n\n/gm;
  const text = log.toString('latin1'); // one character per byte, so byte counts are character counts
  for (let m = intro.exec(text); m; m = intro.exec(text)) {
    const start = m.index + m[0].length;
    const raw = Buffer.from(text.slice(start, start + Number(m[2])), 'latin1').toString('utf8');
    seen.push(sipSeen(m[1] === 'sent' ? 'sent' : 'received', raw));
  }
  return seen;
}

function sipSeen(direction: SipSeen['direction'], text: string): SipSeen {
  const [head = ''] = text.split(/\r?\n\r?\n/, 1);
  const [startLine = '', ...headerLines] = head.split(/\r?\n/);
  const header = (name: string) => {
    const wanted = name.toLowerCase();
    for (const line of headerLines) {
      const colon = line.indexOf(':');
      if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === wanted) return line.slice(colon + 1).trim();
    }
    return undefined;
  };
  const status = /^SIP\/2\.0 (\d{3}) ?(.*)$/.exec(startLine);
  const cseqMethod = /^\d+\s+(\S+)/.exec(header('CSeq') ?? '')?.[1] ?? '';
  return {
    direction,
    method: status ? cseqMethod : (startLine.split(' ')[0] ?? ''),
    status: status ? Number(status[1]) : undefined,
    reason: status ? status[2] : undefined,
    text,
    header,
  };
}
