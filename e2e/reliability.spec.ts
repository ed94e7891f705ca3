// Faults the phone must ride out, against the real Kamailio: the PBX restarted under registered agents, and
// an agent's connection cut in the middle of a call (a TCP proxy of the test's own between the browser and
// Kamailio). `npm run soak` runs the same tests with more repetitions (RELIABILITY_RESTARTS, RELIABILITY_CUTS).
import { expect, test, type Page } from '@playwright/test';
import { answer, dial, launchAgent, measureInbound, PBX_HOST, PBX_PORTS, region, VOICES, type Agent } from './support/agents';
import { startPbx, type Pbx } from './support/pbx';
import { startTcpProxy, type TcpProxy } from './support/tcpProxy';

const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const RESTARTS = Number(process.env.RELIABILITY_RESTARTS ?? 10);
const CUTS = Number(process.env.RELIABILITY_CUTS ?? 2);

let agents: Agent[] = [];
let proxy: TcpProxy | undefined;
let ownPbx: Pbx | undefined;
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
  await proxy?.close();
  proxy = undefined;
  await ownPbx?.stop();
  ownPbx = undefined;
});

const status = (page: Page) => page.getByRole('status', { name: 'Registration' });
const agent = async (o: Parameters<typeof launchAgent>[0]) => {
  const a = await launchAgent(o);
  agents.push(a);
  return a;
};

/** Packets received over `ms`: near zero while the far end has stopped sending (it has put us on hold or been held). */
const packets = async (page: Page, ms = 1000) => (await measureInbound(page, ms)).packets;

async function useSipInfoForTones(a: Agent): Promise<void> {
  await a.page.getByRole('button', { name: 'Settings' }).click();
  await a.page.getByLabel('DTMF method', { exact: true }).selectOption('info');
  await a.page.getByRole('button', { name: 'Save' }).click();
  await expect(status(a.page)).toHaveText('Registered');
}

/** `holder` puts the call on hold and resumes it; the far end's answers prove both re-INVITEs reached it. */
async function holdAndResume(holder: Agent): Promise<void> {
  const call = region(holder.page, 'Active call');
  await call.getByRole('button', { name: 'Hold' }).click();
  await expect(call).toContainText('On hold');
  await expect.poll(() => packets(holder.page), { timeout: 10_000 }).toBeLessThan(5);
  await call.getByRole('button', { name: 'Resume' }).click();
  await expect(call).toContainText('Connected');
  await expect.poll(() => packets(holder.page), { timeout: 10_000 }).toBeGreaterThan(20);
}

async function sendTone(from: Agent, to: Agent, digit: string, received: string): Promise<void> {
  const call = region(from.page, 'Active call');
  await call.getByRole('button', { name: 'Keypad' }).click();
  await call.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: digit, exact: true }).click();
  await call.getByRole('button', { name: 'Keypad' }).click();
  await expect(region(to.page, 'Active call')).toContainText(`Tones received: ${received}`);
}

test(`the PBX restarted ${RESTARTS} times under two registered agents: "Registered" again within 5 s each time, and a call right after`, async ({ baseURL }) => {
  test.setTimeout(60_000 + RESTARTS * 20_000);
  // A PBX of this test's own, so that restarting it does not disturb the suite's.
  const ports = { wsPort: 19080 + OFFSET, wssPort: 19443 + OFFSET, udpPort: 16060 + OFFSET };
  ownPbx = await startPbx(ports);
  const server = `ws://${PBX_HOST}:${ports.wsPort}/ws`;
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, server });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, server });
  const recovery: number[] = [];
  for (let i = 0; i < RESTARTS; i++) {
    await ownPbx.stop();
    await Promise.all([a, b].map((x) => expect(status(x.page)).not.toHaveText('Registered')));
    ownPbx = await startPbx(ports);
    const back = Date.now();
    await Promise.all([a, b].map((x) => expect(status(x.page)).toHaveText('Registered', { timeout: 5000 })));
    recovery.push(Date.now() - back);
  }
  const sorted = [...recovery].sort((x, y) => x - y);
  console.log(`PBX restart -> both agents "Registered" (ms): ${recovery.join(', ')}; median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)}`);

  await dial(a, '1002');
  await answer(b, '1001');
  await expect(region(a.page, 'Active call')).toContainText('Connected');
  expect((await measureInbound(b.page, 1500)).packets).toBeGreaterThan(30);
});

test(`a connection cut mid-call (${CUTS} calls): the audio continues, and hold, resume, tones and hang-up work afterwards from both sides`, async ({ baseURL }) => {
  test.setTimeout(60_000 + CUTS * 60_000);
  proxy = await startTcpProxy({ host: PBX_HOST, port: PBX_PORTS.wsPort });
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, server: proxy.url() });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  await useSipInfoForTones(a);
  await useSipInfoForTones(b);
  for (let i = 0; i < CUTS; i++) {
    const [caller, callee] = i % 2 === 0 ? [a, b] : [b, a];
    await dial(caller, callee.user);
    await answer(callee);
    await expect(region(caller.page, 'Active call')).toContainText('Connected');

    const connectionsBefore = proxy.connections;
    proxy.drop();
    // Media goes end to end: it does not care that the signalling connection is gone.
    const [atA, atB] = await Promise.all([measureInbound(a.page, 1500), measureInbound(b.page, 1500)]);
    expect(atA.packets).toBeGreaterThan(30);
    expect(atB.packets).toBeGreaterThan(30);
    await expect.poll(() => proxy!.connections).toBeGreaterThan(connectionsBefore);
    await expect(status(a.page)).toHaveText('Registered');
    await expect(region(a.page, 'Active call')).toContainText('Connected');

    // In-dialog requests in both directions: B's reach A only because A refreshed the dialog over its new connection.
    await holdAndResume(b);
    await holdAndResume(a);
    await sendTone(a, b, '5', '5');
    await sendTone(b, a, '7', '7');

    const [ender, other] = i % 2 === 0 ? [b, a] : [a, b];
    await region(ender.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
    await expect(region(other.page, 'Active call')).toHaveCount(0);
    await expect(region(ender.page, 'Active call')).toHaveCount(0);
  }
});

test('a connection that dies without closing is found when the network changes; the call goes on and both sides can still hold it', async ({ baseURL }) => {
  proxy = await startTcpProxy({ host: PBX_HOST, port: PBX_PORTS.wsPort });
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, server: proxy.url() });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  await dial(a, '1002');
  await answer(b);
  // Mid-call: audio flowing proves the call was confirmed (A's ACK went through). Cut between the 200 OK
  // and its ACK, B would end the call after 32 s of unacknowledged 200s: no re-registration can route
  // them to A's new connection without SIP outbound (RFC 5626), which the phone does not do yet.
  expect((await measureInbound(b.page, 1500)).packets).toBeGreaterThan(30);
  // A NAT that forgot the connection: nothing closes, nothing gets through.
  proxy.blackhole();
  await a.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(status(a.page)).toHaveText(/^Connection lost \(no answer from /, { timeout: 15_000 });
  await expect(a.page.getByRole('button', { name: 'Retry now' })).toBeVisible();
  proxy.restore();
  // The agent presses "Retry now"; the phone's own next attempt may get there first and take the button away.
  await a.page.getByRole('button', { name: 'Retry now' }).click({ timeout: 5_000 }).catch(() => undefined);
  await expect(status(a.page)).toHaveText('Registered', { timeout: 15_000 });
  expect((await measureInbound(b.page, 1500)).packets).toBeGreaterThan(30);
  await holdAndResume(b);
  await holdAndResume(a);
});

test('the network coming back re-registers at once and restarts ICE on the live call, which keeps its audio', async ({ baseURL }) => {
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws' });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  await dial(a, '1002');
  await answer(b);
  const ufrag = () =>
    a.page.evaluate(() => {
      const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.filter((pc) => pc.connectionState !== 'closed');
      return /a=ice-ufrag:(\S+)/.exec(pcs.at(-1)?.localDescription?.sdp ?? '')?.[1] ?? null;
    });
  const expiresBefore = await status(a.page).getAttribute('data-expires-at');
  const ufragBefore = await ufrag();
  await a.page.waitForTimeout(1000); // a new registration's expiry differs from the first by at least this
  await a.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(status(a.page)).not.toHaveAttribute('data-expires-at', expiresBefore!, { timeout: 3000 });
  await expect(status(a.page)).toHaveText('Registered');
  await expect.poll(ufrag, { timeout: 10_000 }).not.toBe(ufragBefore);
  await expect.poll(async () => (await measureInbound(b.page, 1000)).packets, { timeout: 10_000 }).toBeGreaterThan(20);
  await expect.poll(async () => (await measureInbound(a.page, 1000)).packets, { timeout: 10_000 }).toBeGreaterThan(20);
});

test('an incoming call is prepared while it rings, and what was prepared is released when it is declined or cancelled', async ({ baseURL }) => {
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws' });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  const prepared = () =>
    a.page.evaluate(() =>
      (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs.map((pc) => ({
        answer: pc.localDescription?.type === 'answer',
        closed: pc.signalingState === 'closed',
        micLive: pc.getSenders().some((s) => s.track?.readyState === 'live'),
        micEnabled: pc.getSenders().some((s) => s.track?.enabled === true),
      })),
    );
  for (const end of ['declined', 'cancelled'] as const) {
    await dial(b, '1001');
    await expect(region(a.page, 'Incoming call')).toBeVisible();
    // Ringing: the answer and the microphone are ready, but nothing is sent to the caller.
    await expect.poll(async () => (await prepared()).filter((p) => p.answer && !p.closed && p.micLive).length).toBe(1);
    expect((await prepared()).some((p) => !p.closed && p.micEnabled)).toBe(false);
    if (end === 'declined') await region(a.page, 'Incoming call').getByRole('button', { name: 'Decline' }).click();
    else await region(b.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
    await expect(region(a.page, 'Incoming call')).toHaveCount(0);
    await expect.poll(async () => (await prepared()).every((p) => p.closed && !p.micLive)).toBe(true);
  }
  // Answered: the prepared call becomes the call, with the microphone on.
  await dial(b, '1001');
  await answer(a, '1002');
  expect((await measureInbound(b.page, 2000)).packets).toBeGreaterThan(30);
  expect((await prepared()).filter((p) => !p.closed && p.micEnabled)).toHaveLength(1);
});

test('the primary server unreachable: the phone fails over to a backup server and says so', async ({ baseURL }) => {
  const a = await agent({ user: '1003', baseURL: baseURL!, register: false });
  await a.page.getByLabel('Display name').fill('Agent 1003');
  await a.page.getByLabel('SIP address').fill(`sip:1003@${PBX_HOST}`);
  await a.page.getByLabel('Password', { exact: true }).fill('pw1003');
  // Nothing listens on the primary: every connection to it is refused at once.
  await a.page.getByLabel('WebSocket server').fill(`ws://${PBX_HOST}:9/ws`);
  await a.page.getByLabel('Backup servers').fill(`ws://${PBX_HOST}:${PBX_PORTS.wsPort}/ws`);
  await a.page.getByRole('button', { name: 'Save' }).click();
  await expect(status(a.page)).toHaveText(`Registered via ws://${PBX_HOST}:${PBX_PORTS.wsPort}/ws`, { timeout: 20_000 });
  await dial(a, '1004');
  await expect(region(a.page, 'Call status')).toContainText('1004', { timeout: 20_000 });
});

test('media watchdog: no audio for 3 s is reported and ICE is restarted; audio back clears it; 20 s without audio ends the call as failed', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const a = await agent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws' });
  const b = await agent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  await dial(a, '1002');
  await answer(b);
  await expect(region(a.page, 'Active call')).toContainText('Connected');
  // B's microphone track is taken off its sender: B's phone keeps the call but sends no audio.
  const bSends = (on: boolean) =>
    b.page.evaluate(async (send) => {
      const w = window as unknown as { __pcs: RTCPeerConnection[]; __held?: MediaStreamTrack | null };
      const sender = w.__pcs.filter((pc) => pc.connectionState !== 'closed').at(-1)!.getSenders()[0]!;
      if (!send) w.__held = sender.track;
      await sender.replaceTrack(send ? (w.__held ?? null) : null);
    }, on);
  const problem = region(a.page, 'Active call').getByRole('alert');
  await bSends(false);
  await expect(problem).toHaveText('No audio from 1002: trying to restore it…', { timeout: 15_000 });
  await bSends(true);
  await expect(problem).toHaveCount(0, { timeout: 15_000 });
  await expect(region(a.page, 'Active call')).toContainText('Connected');

  await bSends(false);
  await expect(problem).toBeVisible({ timeout: 15_000 });
  await expect(region(a.page, 'Active call')).toHaveCount(0, { timeout: 40_000 });
  await expect(region(b.page, 'Active call')).toHaveCount(0);
  await expect(region(a.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'failed');
});
