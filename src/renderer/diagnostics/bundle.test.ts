import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_FILES, bundleFiles, bundleName, zipBundle, type BundleSources } from './bundle';
import { redactSipMessage } from './redact';

const now = new Date('2026-12-02T03:15:00.000Z');
const register = 'REGISTER sip:127.0.0.1 SIP/2.0\r\nAuthorization: Digest username="1001", realm="127.0.0.1", nonce="abc", response="8d8715fd17a6344c8c21633e75059950"\r\nContent-Length: 0\r\n\r\n';

const sources = (over: Partial<BundleSources> = {}): BundleSources => ({
  now,
  collectingSince: new Date('2026-12-02T03:00:00.000Z'),
  trace: { entries: [{ at: now.getTime() - 1000, direction: 'sent', text: redactSipMessage(register) }, { at: now.getTime() - 900, direction: 'received', text: 'SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n' }], dropped: 3 },
  logs: { entries: [{ at: now.getTime() - 500, level: 'warn', text: 'the vault said pw1001 is wrong' }], dropped: 0 },
  stats: { live: [], ended: [] },
  devices: [{ kind: 'audioinput', label: 'Headset', deviceId: 'sha256:0123456789ab', groupId: 'sha256:ba9876543210' }],
  versions: { app: '0.1.0', sipJs: '0.21.2', host: { name: 'Switchboard', version: '0.1.0', platform: 'web', os: 'x' }, userAgent: 'UA', chromium: '140.0', electron: null, language: 'en', timeZone: 'UTC' },
  settings: { effective: { account: { sipAddress: 'sip:1001@127.0.0.1' } } },
  secrets: ['pw1001', null],
  ...over,
});

describe('diagnostics bundle', () => {
  it('zips one file per source; read back with fflate, each is exactly what was built', () => {
    const files = bundleFiles(sources());
    const zip = zipBundle(files, now);
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual([...BUNDLE_FILES].sort());
    for (const name of BUNDLE_FILES) expect(strFromU8(back[name]!)).toBe(files[name]);
    expect(JSON.parse(strFromU8(back['versions.json']!))).toMatchObject({ app: '0.1.0', sipJs: '0.21.2' });
    expect(JSON.parse(strFromU8(back['devices.json']!))).toHaveLength(1);
  });

  it('the trace lists each message with its time and direction; the README says what is inside and what was removed', () => {
    const files = bundleFiles(sources());
    expect(files['sip-trace.txt']).toMatch(/^=== 2026-12-02T03:14:59\.000Z sent \(\d+ characters\) ===\nREGISTER sip:127\.0\.0\.1 SIP\/2\.0\nAuthorization: \[removed\] Digest username="1001"\n/);
    expect(files['sip-trace.txt']).toContain('=== 2026-12-02T03:14:59.100Z received');
    expect(files['README.txt']).toContain('the last 2 SIP messages sent and received on the WebSocket (3 older messages were dropped');
    expect(files['README.txt']).toContain('Authorization and Proxy-Authorization header values');
    expect(files['logs.txt']).toBe('2026-12-02T03:14:59.500Z WARN the vault said [removed] is wrong\n');
  });

  it('no file holds a known secret, the digest response or an Authorization value', () => {
    const all = Object.values(bundleFiles(sources())).join('\n');
    expect(all).not.toContain('pw1001');
    expect(all).not.toContain('8d8715fd17a6344c8c21633e75059950');
    expect(all).not.toMatch(/response=/);
  });

  it('shows a keep-alive (a bare CRLF pair) as such, not as an empty message', () => {
    const files = bundleFiles(sources({ trace: { entries: [{ at: now.getTime(), direction: 'sent', text: '\r\n\r\n' }], dropped: 0 } }));
    expect(files['sip-trace.txt']).toBe('=== 2026-12-02T03:15:00.000Z sent (4 characters) ===\n(CRLF keep-alive)\n\n');
  });

  it('says so when there is nothing yet', () => {
    const files = bundleFiles(sources({ trace: { entries: [], dropped: 0 }, logs: { entries: [], dropped: 0 } }));
    expect(files['sip-trace.txt']).toBe('No SIP messages were sent or received since the app started.\n');
    expect(files['logs.txt']).toBe('No warnings or errors since the app started.\n');
  });

  it('is named switchboard-diagnostics-<local date and time>.zip', () => {
    expect(bundleName(new Date(2026, 11, 2, 3, 4, 5))).toBe('switchboard-diagnostics-2026-12-02-030405.zip');
  });
});
