// Call quality end to end: two browser agents call each other through the real Kamailio on this
// machine. During the call the "Call quality" status shows the figures the app reads from the real
// peer connection's getStats() — the test reads the same peer connection itself to check them; after
// hang-up the call's history details and its JSON export carry the summary. Warnings under delay,
// jitter and loss are covered by unit tests on recorded Chromium stats: the shared loopback is never
// impaired here.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer, audioStats, dial, launchAgent, region, VOICES, type Agent } from './support/agents';

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

/**
 * Records in the page, four times a second, every RTCP round trip its newest peer connection reports
 * (ms, rounded as the indicator shows them): cheap in the page, where a reading per Playwright round
 * trip would miss most reports on a loaded machine.
 */
async function recordRoundTrips(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __pcs: RTCPeerConnection[]; __rtts: number[] };
    w.__rtts = [];
    setInterval(async () => {
      const pc = w.__pcs.filter((p) => p.connectionState !== 'closed').at(-1);
      (await pc?.getStats())?.forEach((s: Record<string, unknown>) => {
        if (s.type === 'remote-inbound-rtp' && typeof s.roundTripTime === 'number') w.__rtts.push(Math.round(s.roundTripTime * 1000));
      });
    }, 250);
  });
  return () => page.evaluate(() => (window as unknown as { __rtts: number[] }).__rtts);
}

/** The test's own reading of the call's delay: RTCP round trip, and the jitter buffer's mean delay over a second. */
async function measuredDelay(page: Page): Promise<{ rttMs: number; jitterBufferMs: number }> {
  const a = (await audioStats(page))!;
  await page.waitForTimeout(1000);
  const b = (await audioStats(page))!;
  const emitted = b.jitterBufferEmittedCount - a.jitterBufferEmittedCount;
  return { rttMs: (b.rtcpRoundTripTime ?? NaN) * 1000, jitterBufferMs: emitted > 0 ? (1000 * (b.jitterBufferDelay - a.jitterBufferDelay)) / emitted : NaN };
}

test('the call shows its quality from the live peer connection (good on a clean path), and its history keeps the summary', async ({ baseURL }, testInfo) => {
  // Two browsers and a call on a shared 2-core machine: setting up the agents alone can take a minute.
  test.setTimeout(300_000);
  const agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, transport: 'ws' });
  agents.push(agent);
  const customer = await launchAgent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  agents.push(customer);
  await dial(customer, '1001');
  await answer(agent, '1002');

  const roundTripsSeen = await recordRoundTrips(agent.page);
  const call = region(agent.page, 'Active call');
  const quality = call.getByRole('status', { name: 'Call quality' });
  await expect(quality).toBeVisible({ timeout: 60_000 });
  await expect(region(customer.page, 'Active call').getByRole('status', { name: 'Call quality' })).toBeVisible({ timeout: 60_000 });

  // The figures are this call's: the round trip shown is one the same peer connection's RTCP reported
  // (read by the test itself); loopback loses nothing; the codec is the one negotiated.
  await expect(async () => {
    const shown = await shownFigures(quality);
    expect(await roundTripsSeen()).toContain(shown.rttMs);
    expect(shown.text).toMatch(/loss 0 % in, 0 % out/);
    expect(shown.text).toMatch(/^MOS \d\.\d · round trip \d+ ms · jitter \d+ ms · loss .* · concealed [\d.]+ % · opus$/);
  }).toPass({ timeout: 90_000 });

  // A clean path reads as good, with no warning. Whether the path is clean is the test's own reading:
  // on a heavily loaded machine Chromium really does hold the audio back (measured on this shared
  // machine at load average 25–60: jitter buffer 0.3–1.9 s, RTCP round trip 150–650 ms), and then
  // "poor" is the right answer; the test then says, in its annotations, that it could not check this.
  const delay = await measuredDelay(agent.page);
  const clean = delay.rttMs < 100 && delay.jitterBufferMs < 100;
  console.log(`measured by the test: RTCP round trip ${delay.rttMs.toFixed(0)} ms, jitter buffer ${delay.jitterBufferMs.toFixed(0)} ms`);
  if (clean) {
    await expect(async () => {
      await expect(quality).toHaveAttribute('data-rating', 'good', { timeout: 1000 });
      await expect(quality.getByRole('list', { name: 'Call quality warnings' })).toHaveCount(0, { timeout: 1000 });
      expect((await shownFigures(quality)).mos).toBeGreaterThanOrEqual(4);
    }).toPass({ timeout: 60_000 });
  } else {
    testInfo.annotations.push({ type: 'not checked', description: `"good on a clean path": this machine delayed the audio (RTCP round trip ${delay.rttMs.toFixed(0)} ms, jitter buffer ${delay.jitterBufferMs.toFixed(0)} ms)` });
  }
  console.log(`live: ${await quality.textContent()}`);

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
  expect(value('Time over the warning thresholds')).not.toMatch(/packet loss/);

  // The JSON export carries the summary as stored, and the details show that.
  await history.getByRole('combobox', { name: 'Export format' }).selectOption('json');
  const [download] = await Promise.all([agent.page.waitForEvent('download'), history.getByRole('button', { name: 'Export call history' }).click()]);
  const [exported] = JSON.parse(readFileSync(await download.path(), 'utf8')) as { quality?: { samples: number; mos: { median: number; min: number } | null; lossPct: number; codec: string } }[];
  expect(exported!.quality!.codec).toBe('opus');
  expect(exported!.quality!.samples).toBeGreaterThanOrEqual(3);
  expect(exported!.quality!.lossPct).toBe(0);
  await expect(summary).toHaveAttribute('data-mos-median', String(exported!.quality!.mos!.median));
  expect(value('MOS (median / lowest)')).toBe(`${exported!.quality!.mos!.median.toFixed(1)} / ${exported!.quality!.mos!.min.toFixed(1)}`);
  if (clean) expect(exported!.quality!.mos!.median).toBeGreaterThanOrEqual(4);
});
