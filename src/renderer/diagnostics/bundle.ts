// The diagnostics bundle's files and the zip: pure, so a test can read every byte that would be saved.
// Secrets were removed as things were collected (redact.ts, maskSettings.ts); known secrets (the
// account password) are removed once more from every file here, in case one slipped into a log line.
import { strToU8, zipSync } from 'fflate';
import type { SipTraceEntry } from '../phone';
import type { CallStatsTracker } from './callStats';
import type { DeviceEntry } from './devices';
import type { LogEntry } from './logCapture';
import { withoutLiteral } from './redact';
import type { Versions } from './versions';

export interface BundleSources {
  now: Date;
  collectingSince: Date | null;
  trace: { entries: SipTraceEntry[]; dropped: number };
  logs: { entries: LogEntry[]; dropped: number };
  stats: Awaited<ReturnType<CallStatsTracker['snapshot']>>;
  devices: DeviceEntry[] | { error: string };
  versions: Versions;
  /** Already masked (maskSettings). */
  settings: unknown;
  /** Values to remove wherever they appear (the account password, an API key). */
  secrets: (string | null | undefined)[];
}

export const BUNDLE_FILES = ['README.txt', 'sip-trace.txt', 'webrtc-stats.json', 'devices.json', 'versions.json', 'settings.json', 'logs.txt'] as const;

const iso = (ms: number) => new Date(ms).toISOString();
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function bundleFiles(s: BundleSources): Record<(typeof BUNDLE_FILES)[number], string> {
  const trace = s.trace.entries
    .map((e) => `=== ${iso(e.at)} ${e.direction} (${e.text.length} characters) ===\n${e.text.trim() ? e.text.replace(/\r\n/g, '\n').trimEnd() : '(CRLF keep-alive)'}\n`)
    .join('\n');
  const logs = s.logs.entries.map((e) => `${iso(e.at)} ${e.level.toUpperCase()} ${e.text}`).join('\n');
  const files = {
    'README.txt': readme(s),
    'sip-trace.txt': trace ? `${trace}\n` : 'No SIP messages were sent or received since the app started.\n',
    'webrtc-stats.json': json(s.stats),
    'devices.json': json(s.devices),
    'versions.json': json(s.versions),
    'settings.json': json(s.settings),
    'logs.txt': logs ? `${logs}\n` : 'No warnings or errors since the app started.\n',
  };
  for (const name of BUNDLE_FILES) for (const secret of s.secrets) files[name] = withoutLiteral(files[name], secret);
  return files;
}

function readme(s: BundleSources): string {
  const dropped = (n: number, what: string) => (n ? ` (${n} older ${what} were dropped to keep the bundle small)` : '');
  return [
    'Switchboard diagnostics bundle',
    `Made ${s.now.toISOString()}; collected since ${s.collectingSince?.toISOString() ?? '(collection was not running)'}.`,
    '',
    'What is inside',
    `- sip-trace.txt: the last ${s.trace.entries.length} SIP messages sent and received on the WebSocket${dropped(s.trace.dropped, 'messages')}.`,
    `- webrtc-stats.json: getStats() of each call in progress (${s.stats.live.length}) with a summary, and a summary of the last ${s.stats.ended.length} ended calls (their last sample, taken every 5 s while live).`,
    '- devices.json: the audio devices the app can see (kind and label; device and group ids as short SHA-256 hashes).',
    '- versions.json: the app, sip.js, the browser engine (and Electron on the desktop), the host, language and time zone.',
    '- settings.json: the settings in force, the agent\'s own layer and the fields fixed by admin policy.',
    `- logs.txt: the app's last ${s.logs.entries.length} warnings and errors (console and uncaught errors)${dropped(s.logs.dropped, 'entries')}.`,
    '',
    'What was removed',
    '- SIP: Authorization and Proxy-Authorization header values (only the scheme and username are kept: no',
    '  digest response, nonce or cnonce); nonce and opaque in WWW-/Proxy-Authenticate challenges; ICE passwords',
    '  (a=ice-pwd) and SDES keys (a=crypto) in SDP; passwords in SIP and web URIs.',
    '- Settings: every field named like a password, credential, token, secret or key is "[masked]" when set',
    '  (TURN credentials, API keys); device ids are hashed as in devices.json. The account password and the',
    '  LLM API key are kept in the credential vault and are not part of the settings.',
    '- Everywhere (logs too): bearer tokens, api-key and Authorization headers, password/token/key parameters',
    '  and JSON fields; and every occurrence of the account password, in case one reached a log line.',
    '',
    'Nothing is sent anywhere: this file was saved on this computer. Check it before you share it.',
    '',
  ].join('\n');
}

/** The zip, one file per source, stamped with the time it was made. */
export function zipBundle(files: Record<string, string>, now: Date): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: now }]])), { level: 6 });
}

/** switchboard-diagnostics-2026-12-02-031500.zip (local date and time: more than one a day must not overwrite). */
export function bundleName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `switchboard-diagnostics-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.zip`;
}
