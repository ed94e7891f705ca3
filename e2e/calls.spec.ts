// Calls between browser agents through the real Kamailio: media is proven from getStats().
import { expect, test } from '@playwright/test';
import { answer, dial, launchAgent, measureInbound, region, VOICES, type Agent } from './support/agents';

let agents: Agent[] = [];
const agent = async (user: string, voice: string, baseURL: string, transport: 'ws' | 'wss' = 'wss') => {
  const a = await launchAgent({ user, voice, baseURL, transport });
  agents.push(a);
  return a;
};
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

test('A calls B over WSS and WS, B answers: audio flows both ways and history records it', async ({ baseURL }) => {
  const a = await agent('1001', VOICES.alice, baseURL!, 'wss');
  const b = await agent('1002', VOICES.bob, baseURL!, 'ws');
  await dial(a, '1002');
  await expect(region(a.page, 'Active call')).toContainText(/Calling|Ringing/);
  await answer(b, '1001');
  await expect(region(a.page, 'Active call')).toContainText('Connected');

  const [atA, atB] = await Promise.all([measureInbound(a.page), measureInbound(b.page)]);
  // ~50 packets/s of 20 ms Opus frames; received speech, not silence.
  expect(atA.packets).toBeGreaterThan(60);
  expect(atB.packets).toBeGreaterThan(60);
  expect(atA.power).toBeGreaterThan(1e-4);
  expect(atB.power).toBeGreaterThan(1e-4);
  // Each side receives what the other captured (the far end's file, after Opus), not silence and not
  // its own voice: the received power tracks the sender's captured power within a factor of two...
  expect(atB.power / atA.sentPower).toBeGreaterThan(0.5);
  expect(atB.power / atA.sentPower).toBeLessThan(2);
  expect(atA.power / atB.sentPower).toBeGreaterThan(0.5);
  expect(atA.power / atB.sentPower).toBeLessThan(2);
  // ...and Alice's file is louder than Bob's (the browser's gain control narrows the 11 dB gap).
  expect(atB.power / atA.power).toBeGreaterThan(1.3);

  await region(a.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(b.page, 'Active call')).toHaveCount(0);
  await expect(region(a.page, 'Call status')).toContainText('Call with 1002 ended');
  await expect(region(a.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'answered');
  await expect(region(b.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'answered');
  await expect(region(b.page, 'Call history').getByRole('button', { name: 'Call back 1001' })).toBeVisible();
});

test('hold stops media from the held side; resume brings it back; mute silences the agent', async ({ baseURL }) => {
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  await dial(a, '1002');
  await answer(b);
  const call = region(a.page, 'Active call');
  await expect(call).toContainText('Connected');
  expect((await measureInbound(a.page, 1500)).packets).toBeGreaterThan(30);

  await call.getByRole('button', { name: 'Hold' }).click();
  await expect(call).toContainText('On hold');
  await a.page.waitForTimeout(500);
  expect((await measureInbound(a.page, 2000)).packets).toBeLessThan(5);
  await call.getByRole('button', { name: 'Resume' }).click();
  await expect(call).toContainText('Connected');
  await a.page.waitForTimeout(500);
  expect((await measureInbound(a.page, 2000)).packets).toBeGreaterThan(40);

  // Over 3 s the far end hears speech whatever the phase of the looping file; after muting, 1 s lets
  // the far end's jitter buffer play out what was already sent (a loaded machine lags).
  const loud = await measureInbound(b.page, 3000);
  await call.getByRole('button', { name: 'Mute' }).click();
  await expect(call.getByRole('button', { name: 'Unmute' })).toBeVisible();
  await b.page.waitForTimeout(1000);
  const muted = await measureInbound(b.page, 2000);
  expect(muted.power).toBeLessThan(loud.power / 100);
  await call.getByRole('button', { name: 'Unmute' }).click();
  await b.page.waitForTimeout(500);
  expect((await measureInbound(b.page, 2000)).power).toBeGreaterThan(loud.power / 10);
});

test('DTMF over SIP INFO reaches the far end', async ({ baseURL }) => {
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  await a.page.getByRole('button', { name: 'Settings' }).click();
  await a.page.getByLabel('DTMF method', { exact: true }).selectOption('info');
  await a.page.getByRole('button', { name: 'Save' }).click();
  await expect(a.page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  await dial(a, '1002');
  await answer(b);
  const call = region(a.page, 'Active call');
  await call.getByRole('button', { name: 'Keypad' }).click();
  for (const d of ['1', '2', '#']) await call.getByRole('group', { name: 'Keypad' }).getByRole('button', { name: d, exact: true }).click();
  await expect(region(b.page, 'Active call')).toContainText('Tones received: 12#');
});

test('decline: the caller sees it, both histories say declined', async ({ baseURL }) => {
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  await dial(a, '1002');
  await region(b.page, 'Incoming call').getByRole('button', { name: 'Decline' }).click();
  await expect(region(a.page, 'Call status')).toContainText('1002 declined the call (603');
  await expect(region(a.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'declined');
  await expect(region(b.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'declined');
});

/** A calls B, B answers and starts a transfer to `target`; returns B's call panel. */
async function callThenTransfer(a: Agent, b: Agent, target: string, how: 'Transfer now' | 'Consult first') {
  await dial(a, b.user);
  await answer(b);
  const atB = region(b.page, 'Active call');
  await atB.getByRole('button', { name: 'Transfer' }).click();
  await atB.getByLabel('Transfer to').fill(target);
  await atB.getByRole('button', { name: how }).click();
  return atB;
}

/** A's phone asks before following a transfer request (REFER) from the far end. */
async function acceptTransfer(a: Agent, by: string, to: string) {
  const offer = region(a.page, 'Active call').getByRole('group', { name: 'Transfer request' });
  await expect(offer).toContainText(`${by} wants to transfer this call to ${to}`);
  await offer.getByRole('button', { name: 'Accept transfer' }).click();
}

test('blind transfer: B sends A to C once A accepts', async ({ baseURL }) => {
  test.setTimeout(180_000); // three or four browsers in calls on two cores
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const c = await agent('1003', VOICES.carol, baseURL!);
  await callThenTransfer(a, b, '1003', 'Transfer now');
  await acceptTransfer(a, '1002', '1003');
  await answer(c, '1001');
  await expect(region(a.page, 'Active call')).toContainText('1003');
  await expect(region(a.page, 'Active call')).toContainText('Connected');
  await expect(region(b.page, 'Active call')).toHaveCount(0);
  expect((await measureInbound(c.page)).packets).toBeGreaterThan(60);
  // B's history: the call with A, answered; A's first call (to B) ended when the transfer took over.
  await expect(region(b.page, 'Call history').getByRole('listitem')).toHaveCount(1);
  await expect(region(b.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'answered');
  await expect(region(a.page, 'Call history').getByRole('listitem').first()).toContainText('1002');
});

test('attended transfer: B consults C, then joins A to C once A accepts', async ({ baseURL }) => {
  test.setTimeout(180_000); // three or four browsers in calls on two cores
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const c = await agent('1003', VOICES.carol, baseURL!);
  const atB = await callThenTransfer(a, b, '1003', 'Consult first');
  await answer(c, '1002');
  await expect(atB).toContainText('1003');
  await expect(atB.getByRole('group', { name: 'On hold' })).toContainText('1001');
  await atB.getByRole('button', { name: 'Complete transfer' }).click();
  await acceptTransfer(a, '1002', '1003');
  // A's INVITE with Replaces, C's automatic answer (a second media set-up on each side), then A's NOTIFY
  // 200 and B's BYE: on a loaded two-core machine this chain took longer than the usual 15 s once.
  await expect(region(c.page, 'Active call')).toContainText('1001', { timeout: 60_000 });
  await expect(region(c.page, 'Active call')).toContainText('Connected', { timeout: 30_000 });
  await expect(region(b.page, 'Active call')).toHaveCount(0, { timeout: 30_000 });
  await expect(region(a.page, 'Active call')).toContainText('1003');
  const [atA, atC] = await Promise.all([measureInbound(a.page), measureInbound(c.page)]);
  expect(atA.packets).toBeGreaterThan(60);
  expect(atC.packets).toBeGreaterThan(60);
  // B talked to both, answered; C's consultation with B was replaced by the call with A.
  const atBHistory = region(b.page, 'Call history').getByRole('listitem');
  await expect(atBHistory).toHaveCount(2);
  await expect(atBHistory.nth(0)).toContainText('1003');
  await expect(atBHistory.nth(1)).toContainText('1001');
  await expect(region(c.page, 'Call history').getByRole('listitem').first()).toHaveAttribute('data-outcome', 'answered');
});

test('attended transfer cancelled: back to the caller', async ({ baseURL }) => {
  test.setTimeout(180_000); // three or four browsers in calls on two cores
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const c = await agent('1003', VOICES.carol, baseURL!);
  const atB = await callThenTransfer(a, b, '1003', 'Consult first');
  await answer(c);
  await atB.getByRole('button', { name: 'Cancel transfer' }).click();
  await expect(region(c.page, 'Active call')).toHaveCount(0);
  await expect(atB).toContainText('1001');
  await expect(atB).toContainText('Connected');
});

test('second line: answering holds the first, Swap switches, a third call gets 486 Busy Here', async ({ baseURL }) => {
  test.setTimeout(180_000); // three or four browsers in calls on two cores
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const c = await agent('1003', VOICES.carol, baseURL!);
  const d = await agent('1004', VOICES.carol, baseURL!);
  await dial(b, '1001');
  await answer(a, '1002');
  await dial(c, '1001');
  await answer(a, '1003');
  const call = region(a.page, 'Active call');
  await expect(call).toContainText('1003');
  await expect(call.getByRole('group', { name: 'On hold' })).toContainText('1002');
  await expect(region(b.page, 'Active call')).toContainText(/Connected/);
  await call.getByRole('button', { name: 'Swap' }).click();
  await expect(call.getByRole('group', { name: 'On hold' })).toContainText('1003');
  await expect(call).toContainText('Connected');
  await dial(d, '1001');
  await expect(region(d.page, 'Call status')).toContainText('1001 is busy (486 Busy Here)');
  await expect(region(a.page, 'Incoming call')).toHaveCount(0);
});

test('a declined transfer request is refused with 603 and both keep the call', async ({ baseURL }) => {
  const a = await agent('1001', VOICES.alice, baseURL!);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const atB = await callThenTransfer(a, b, '1004', 'Transfer now');
  const offer = region(a.page, 'Active call').getByRole('group', { name: 'Transfer request' });
  await offer.getByRole('button', { name: 'Decline transfer' }).click();
  await expect(region(b.page, 'Call status')).toContainText('Transfer refused: 603');
  await expect(offer).toHaveCount(0);
  await expect(atB).toContainText('Connected');
  await expect(region(a.page, 'Active call')).toContainText('Connected');
  expect((await measureInbound(a.page, 1500)).packets).toBeGreaterThan(30);
});

test('policy can let transfers within the PBX domain through without asking', async ({ baseURL }) => {
  const policy = { version: 2, phone: { autoAcceptTransfers: true } };
  const a = await launchAgent({
    user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'wss',
    prepare: async (ctx) => {
      await ctx.route('**/policy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(policy) }));
    },
  });
  agents.push(a);
  const b = await agent('1002', VOICES.bob, baseURL!);
  const c = await agent('1003', VOICES.carol, baseURL!);
  await callThenTransfer(a, b, '1003', 'Transfer now');
  await answer(c, '1001');
  await expect(region(a.page, 'Active call')).toContainText('1003');
  await expect(region(b.page, 'Active call')).toHaveCount(0);
});
