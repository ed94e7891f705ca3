// Interop with a real non-JavaScript peer: Debian baresip (ICE + DTLS-SRTP, PCMU) through Kamailio.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answer, audioStats, dial, launchAgent, measureInbound, PBX_HOST, PBX_PORTS, region, VOICES, type Agent } from './support/agents';
import { startBaresip, type Baresip } from './support/baresip';
import { wavRms } from './support/audio';

let agent: Agent | undefined;
let peer: Baresip | undefined;
let recordDir = '';

test.beforeEach(async () => {
  recordDir = mkdtempSync(join(tmpdir(), 'baresip-rec-'));
  peer = await startBaresip({
    user: '1005',
    password: 'pw1005',
    pbx: { domain: PBX_HOST, udpPort: PBX_PORTS.udpPort },
    audioFile: resolve('e2e/fixtures/audio/peer-8k.wav'),
    recordDir,
  });
});
test.afterEach(async () => {
  await agent?.close();
  await peer?.stop(); // before the PBX, which the global teardown stops
});

const decodedRms = () => {
  const dec = readdirSync(recordDir).filter((f) => f.endsWith('-dec.wav'));
  expect(dec.length).toBeGreaterThan(0);
  return Math.max(...dec.map((f) => wavRms(join(recordDir, f))));
};

test('baresip calls Switchboard: audio both ways', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL! });
  await peer!.dial(`sip:1001@${PBX_HOST}`);
  await answer(agent, '1005');
  const inbound = await measureInbound(agent.page, 3000);
  expect(inbound.packets).toBeGreaterThan(100); // PCMU at 50 packets/s
  expect(inbound.power).toBeGreaterThan(1e-4);
  await region(agent.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(agent.page, 'Active call')).toHaveCount(0);
  await peer!.waitForEvent((e) => e.type === 'CALL_CLOSED', 10_000);
  expect(decodedRms()).toBeGreaterThan(0.01); // baresip heard Alice, not silence
});

test('Switchboard calls baresip: audio both ways, and RFC 4733 tones reach it', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL! });
  await dial(agent, '1005');
  await peer!.waitForEvent((e) => e.type === 'CALL_INCOMING', 10_000);
  await peer!.accept();
  const call = region(agent.page, 'Active call');
  await expect(call).toContainText('Connected');
  const inbound = await measureInbound(agent.page, 3000);
  expect(inbound.packets).toBeGreaterThan(100);
  expect(inbound.power).toBeGreaterThan(1e-4);

  await call.getByRole('button', { name: 'Keypad' }).click();
  const keypad = call.getByRole('group', { name: 'Keypad' });
  for (const d of ['4', '2']) {
    await keypad.getByRole('button', { name: d, exact: true }).click();
    await peer!.waitForEvent((e) => e.type === 'CALL_DTMF_START' && e.param === d, 5_000);
  }
  await call.getByRole('button', { name: 'Hang up' }).click();
  await peer!.waitForEvent((e) => e.type === 'CALL_CLOSED', 10_000);
  expect(decodedRms()).toBeGreaterThan(0.01);
});

/** Holds the call from Switchboard and resumes it: the call stays up, the far end stops and restarts sending. */
async function holdAndResumeFromSwitchboard(a: Agent): Promise<void> {
  const call = region(a.page, 'Active call');
  await call.getByRole('button', { name: 'Hold' }).click();
  await expect(call).toContainText('On hold');
  await expect(a.page.getByRole('status', { name: 'Call status' })).not.toContainText(/went wrong|refused/);
  await expect.poll(async () => (await measureInbound(a.page, 1000)).packets, { timeout: 10_000 }).toBeLessThan(5);
  await call.getByRole('button', { name: 'Resume' }).click();
  await expect(call).toContainText('Connected');
  await expect.poll(async () => (await measureInbound(a.page, 2000)).power, { timeout: 10_000 }).toBeGreaterThan(1e-4);
}

/** Packets this agent sent over `ms` (near zero while the far end has put it on hold). */
async function sentPackets(a: Agent, ms = 1000): Promise<number> {
  const before = await audioStats(a.page);
  await a.page.waitForTimeout(ms);
  const after = await audioStats(a.page);
  return (after?.packetsSent ?? 0) - (before?.packetsSent ?? 0);
}

/** baresip holds and resumes: Switchboard answers both re-INVITEs (it stops sending, then sends again) and the call keeps its audio. */
async function holdAndResumeFromBaresip(a: Agent): Promise<void> {
  await peer!.hold();
  await expect.poll(() => sentPackets(a), { timeout: 10_000 }).toBeLessThan(5);
  await expect(region(a.page, 'Active call')).toContainText('Connected');
  await peer!.resume();
  await expect.poll(() => sentPackets(a), { timeout: 10_000 }).toBeGreaterThan(20);
  await expect.poll(async () => (await measureInbound(a.page, 2000)).power, { timeout: 10_000 }).toBeGreaterThan(1e-4);
}

test('a call baresip placed: Switchboard holds and resumes it (baresip answers with a=setup:actpass), then baresip does', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL! });
  await peer!.dial(`sip:1001@${PBX_HOST}`);
  await answer(agent, '1005');
  await holdAndResumeFromSwitchboard(agent);
  await holdAndResumeFromBaresip(agent);
  await holdAndResumeFromSwitchboard(agent);
  await region(agent.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await peer!.waitForEvent((e) => e.type === 'CALL_CLOSED', 10_000);
});

test('a call Switchboard placed to baresip: both sides hold and resume it, and it ends cleanly', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL! });
  await dial(agent, '1005');
  await peer!.waitForEvent((e) => e.type === 'CALL_INCOMING', 10_000);
  await peer!.accept();
  await expect(region(agent.page, 'Active call')).toContainText('Connected');
  await holdAndResumeFromSwitchboard(agent);
  await holdAndResumeFromBaresip(agent);
  await peer!.hangup();
  await expect(region(agent.page, 'Active call')).toHaveCount(0);
  await expect(region(agent.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'answered');
});
