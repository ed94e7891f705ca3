// "Save diagnostics" after a real registration (Kamailio, digest authentication) and a real call (to
// baresip, which answers by itself: one browser is lighter on a loaded machine than two): the zip holds
// the REGISTER and its 200 OK, the call's WebRTC statistics, devices and versions, and none of the
// secrets that went over the wire (captured here from the page's own WebSocket frames).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { dial, fillAccount, launchAgent, passwordOf, PBX_HOST, PBX_PORTS, region, VOICES, type Agent } from './support/agents';
import { startBaresip, type Baresip } from './support/baresip';

let agent: Agent | undefined;
let peer: Baresip | undefined;
test.afterEach(async () => {
  await agent?.close();
  await peer?.stop(); // before the PBX, which the global teardown stops
});

/** The SIP trace file back as messages. */
function traceMessages(text: string): { direction: string; text: string }[] {
  return text
    .split(/^=== /m)
    .filter(Boolean)
    .map((block) => {
      const [head, ...rest] = block.split('\n');
      return { direction: / (sent|received) /.exec(head!)?.[1] ?? '', text: rest.join('\n') };
    });
}

const header = (message: string, name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(message)?.[1];

test('Save diagnostics: the REGISTER and its 200 OK, call statistics, devices and versions, and no password or Authorization value', async ({ baseURL }, testInfo) => {
  test.setTimeout(180_000); // a call on a shared, often loaded machine (single clicks took 20-40 s at load 50)
  const dir = mkdtempSync(join(tmpdir(), 'diagnostics-e2e-'));
  peer = await startBaresip({
    user: '1005',
    password: passwordOf('1005'),
    pbx: { domain: PBX_HOST, udpPort: PBX_PORTS.udpPort },
    audioFile: resolve('e2e/fixtures/audio/peer-8k.wav'),
    recordDir: dir,
    answerMode: 'auto',
  });
  const a = (agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws', register: false }));
  // Every SIP message the page sends, as it went over the wire: the secrets to look for in the bundle.
  const sentFrames: string[] = [];
  a.page.on('websocket', (ws) => ws.on('framesent', (f) => sentFrames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  await fillAccount(a.page, { user: '1001', transport: 'ws' });

  await dial(a, '1005');
  await expect(region(a.page, 'Active call')).toContainText('Connected', { timeout: 30_000 });
  await a.page.waitForTimeout(1500); // some audio, so the statistics have packets
  // A renderer error mentioning a token: kept in the log, the token removed.
  await a.page.evaluate(() => console.error('diagnostics e2e: LLM server said 401 to Authorization: Bearer sk-e2e-0123456789'));

  await a.page.getByRole('button', { name: 'Settings' }).click();
  await a.page.getByRole('button', { name: 'Support' }).click(); // folded until opened
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Save diagnostics' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^switchboard-diagnostics-\d{4}-\d\d-\d\d-\d{6}\.zip$/);
  await expect(a.page.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}` })).toBeVisible();
  await download.saveAs(testInfo.outputPath(download.suggestedFilename())); // kept with the test's results
  const files = Object.fromEntries(Object.entries(unzipSync(readFileSync((await download.path())!))).map(([name, bytes]) => [name, strFromU8(bytes)]));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'devices.json', 'logs.txt', 'settings.json', 'sip-trace.txt', 'versions.json', 'webrtc-stats.json']);

  // The REGISTER that authenticated, and the 200 OK with its CSeq.
  const messages = traceMessages(files['sip-trace.txt']!);
  const register = messages.find((m) => m.direction === 'sent' && m.text.startsWith('REGISTER ') && header(m.text, 'Authorization'));
  expect(register, 'an authenticated REGISTER in sip-trace.txt').toBeDefined();
  const cseq = header(register!.text, 'CSeq');
  expect(cseq).toMatch(/^\d+ REGISTER$/);
  expect(messages.some((m) => m.direction === 'received' && m.text.startsWith('SIP/2.0 200 OK') && header(m.text, 'CSeq') === cseq)).toBe(true);
  expect(header(register!.text, 'Authorization')).toBe('[removed] Digest username="1001"');
  expect(messages.some((m) => m.direction === 'sent' && m.text.startsWith('INVITE sip:1005@'))).toBe(true);

  // Statistics of the call in progress, devices, versions, settings, logs.
  type Summary = { packetsReceived: number; codec?: string };
  const stats = JSON.parse(files['webrtc-stats.json']!) as { live: { summary: Summary; report: { type: string }[] }[]; ended: { lastStats: Summary | null }[] };
  expect(stats.live.length + stats.ended.length).toBe(1);
  // Live, unless the machine was so slow that the peer's audio ran out first: then its last sample.
  const summary = stats.live[0]?.summary ?? stats.ended[0]!.lastStats!;
  expect(summary.packetsReceived).toBeGreaterThan(0);
  expect(summary.codec).toBe('audio/PCMU/8000/1');
  if (stats.live[0]) expect(stats.live[0].report.some((s) => s.type === 'inbound-rtp')).toBe(true);
  const versions = JSON.parse(files['versions.json']!) as { app: string; sipJs: string; chromium: string | null; host: { platform: string } };
  expect(versions.app).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  expect(versions.sipJs).toMatch(/^0\.21\./);
  expect(versions.chromium).toMatch(/^\d+\./);
  expect(versions.host.platform).toBe('web');
  const devices = JSON.parse(files['devices.json']!) as { kind: string; deviceId: string }[];
  expect(devices.some((d) => d.kind === 'audioinput')).toBe(true);
  expect(devices.every((d) => d.deviceId === 'default' || d.deviceId === 'communications' || d.deviceId === '' || /^sha256:[0-9a-f]{12}$/.test(d.deviceId))).toBe(true);
  expect(JSON.parse(files['settings.json']!)).toMatchObject({ effective: { account: { sipAddress: 'sip:1001@127.0.0.1', username: '' } } });
  expect(files['logs.txt']).toContain('diagnostics e2e: LLM server said 401 to Authorization: [removed]');

  // No secret anywhere: the password, any Authorization value as sent, its digest parameters, the token.
  const everything = Object.values(files).join('\n');
  expect(everything).not.toContain(passwordOf('1001'));
  expect(everything).not.toContain('sk-e2e-0123456789');
  const sentAuth = sentFrames.flatMap((f) => [header(f, 'Authorization'), header(f, 'Proxy-Authorization')]).filter((v): v is string => Boolean(v));
  expect(sentAuth.length, 'Authorization headers sent over the WebSocket').toBeGreaterThan(0);
  for (const value of sentAuth) {
    expect(everything).not.toContain(value);
    // response and nonce are always there; cnonce only when the challenge asked for qop.
    for (const param of ['response', 'nonce', 'cnonce']) {
      const secret = new RegExp(`\\b${param}="([^"]+)"`).exec(value)?.[1];
      if (param !== 'cnonce') expect(secret, `${param} in ${value}`).toBeTruthy();
      if (secret) expect(everything).not.toContain(secret);
    }
  }
  expect(everything).not.toMatch(/response=/);
  for (const line of everything.match(/^(proxy-)?authorization:.*$/gim) ?? []) expect(line).toMatch(/^(Proxy-)?Authorization: \[removed\]( Digest username="\d+")?$/);
});
