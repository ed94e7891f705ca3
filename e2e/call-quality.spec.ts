// Call quality end to end: two browser agents call each other through the real Kamailio on this
// machine. During the call the "Call quality" status shows the figures the app reads from the real
// peer connection's getStats(); after hang-up the call's history details and its JSON export carry the
// summary. The network here is loopback, so the figures must be those of a clean path; warnings under
// delay, jitter and loss are covered by unit tests on recorded Chromium stats (the shared loopback is
// never impaired).
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer, dial, launchAgent, region, VOICES, type Agent } from './support/agents';

let agents: Agent[] = [];
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

/** The figures as the indicator writes them ("round trip 3 ms · jitter 2 ms · …"). */
async function shownFigures(status: Locator) {
  const text = (await status.locator('.figures').textContent()) ?? '';
  const ms = (name: string) => Number(text.match(new RegExp(`${name} (\\d+) ms`))?.[1] ?? NaN);
  return { text, rttMs: ms('round trip'), jitterMs: ms('jitter'), mos: Number(await status.getAttribute('data-mos')) };
}

test('on loopback the call shows good quality with no warnings, and its history keeps the summary', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws' });
  agents.push(agent);
  const customer = await launchAgent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  agents.push(customer);
  await dial(customer, '1001');
  await answer(agent, '1002');

  const call = region(agent.page, 'Active call');
  const quality = call.getByRole('status', { name: 'Call quality' });
  await expect(quality).toBeVisible({ timeout: 15_000 });
  await expect(region(customer.page, 'Active call').getByRole('status', { name: 'Call quality' })).toBeVisible();
  // A loaded test machine can delay playout for a moment (a larger jitter buffer lowers the MOS):
  // what must hold is that a clean path reads as good, with every figure where it belongs.
  await expect(async () => {
    await expect(quality).toHaveAttribute('data-rating', 'good', { timeout: 1000 });
    await expect(quality.getByRole('list', { name: 'Call quality warnings' })).toHaveCount(0, { timeout: 1000 });
    const f = await shownFigures(quality);
    expect(f.mos).toBeGreaterThanOrEqual(4);
    expect(f.rttMs).toBeLessThan(400);
    expect(f.jitterMs).toBeLessThan(30);
    expect(f.text).toMatch(/loss 0 %/);
    expect(f.text).toMatch(/· opus$/);
  }).toPass({ timeout: 45_000 });
  const live = await shownFigures(quality);
  console.log(`live: ${await quality.locator('.rating').textContent()} ${live.text}`);
  await expect(quality).toHaveText(/^Good MOS \d\.\d · round trip \d+ ms · jitter \d+ ms · loss 0 % in, 0 % out · concealed [\d.]+ % · opus$/);

  await call.getByRole('button', { name: 'Hang up' }).click();
  await expect(call).toHaveCount(0);
  const history = region(agent.page, 'Call history');
  await history.getByRole('button', { name: /^Details for 1002/ }).click();
  const summary = history.getByRole('region', { name: /^Call details for 1002/ }).getByTestId('detail-quality');
  await expect(summary).toBeVisible();
  const shown = await summary.locator('dt, dd').allTextContents();
  console.log(`history: ${shown.join(' | ')}`);
  const value = (label: string) => shown[shown.indexOf(label) + 1]!;
  expect(value('MOS (median / lowest)')).toMatch(/^\d\.\d \/ \d\.\d$/);
  expect(value('Packet loss received')).toBe('0 %');
  expect(value('Codec')).toBe('opus');
  expect(value('Time over the warning thresholds')).not.toMatch(/packet loss|high delay/);

  // The JSON export carries the same summary as stored.
  await history.getByRole('combobox', { name: 'Export format' }).selectOption('json');
  const [download] = await Promise.all([agent.page.waitForEvent('download'), history.getByRole('button', { name: 'Export call history' }).click()]);
  const [exported] = JSON.parse(readFileSync(await download.path(), 'utf8')) as { quality?: { samples: number; mos: { median: number } | null; lossPct: number; codec: string } }[];
  expect(exported!.quality!.codec).toBe('opus');
  expect(exported!.quality!.samples).toBeGreaterThanOrEqual(3);
  expect(exported!.quality!.lossPct).toBe(0);
  await expect(summary).toHaveAttribute('data-mos-median', String(exported!.quality!.mos!.median));
  // The median of a call whose live rating reached "good": on a clean path most seconds are.
  expect(exported!.quality!.mos!.median).toBeGreaterThanOrEqual(3.5);
});
