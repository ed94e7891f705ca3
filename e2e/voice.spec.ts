// On-device voice analysis in a real call through the PBX: the far end (the customer) plays a file
// with known speech; the agent's own microphone plays another of the same length.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answer, dial, launchAgent, region, type Agent } from './support/agents';

const labels = JSON.parse(readFileSync(resolve('e2e/fixtures/vad/call-labels.json'), 'utf8')) as {
  durationSec: number;
  agent: { start: number; end: number }[];
  customer: { start: number; end: number }[];
};
const total = (xs: { start: number; end: number }[]) => xs.reduce((a, x) => a + x.end - x.start, 0);

let agents: Agent[] = [];
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

test('the agent sees the customer speaking at the right times, and the talk/listen ratio is within 10 % of the truth', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const agent = await launchAgent({ user: '1001', voice: resolve('e2e/fixtures/vad/agent-call.wav'), baseURL: baseURL! });
  const customer = await launchAgent({ user: '1002', voice: resolve('e2e/fixtures/vad/customer-call.wav'), baseURL: baseURL! });
  agents.push(agent, customer);
  await dial(customer, '1001');
  await answer(agent, '1002');

  const call = region(agent.page, 'Active call');
  const metrics = call.getByRole('group', { name: 'Talk metrics' });
  await expect(metrics).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  const speaking = metrics.getByRole('status', { name: 'Speaking' });
  // Speech, then a pause, then speech again: the indicator follows the customer's file.
  await expect(speaking).toContainText('Customer speaking', { timeout: 15_000 });
  await expect(speaking).not.toContainText('Customer speaking', { timeout: 15_000 });
  await expect(speaking).toContainText('Customer speaking', { timeout: 15_000 });

  // Both files loop with the same period L: over 2·L of analysis each party's talk time is exact
  // whatever the phase, so the ratio can be compared with the truth from the labels.
  const startedAt = Number(await metrics.getAttribute('data-started-at'));
  const readAt = startedAt + 2 * labels.durationSec * 1000;
  await agent.page.waitForTimeout(Math.max(0, readAt - Date.now()));
  const ratio = Number(await metrics.getByTestId('talk-ratio').getAttribute('data-value'));
  const truth = total(labels.agent) / (total(labels.agent) + total(labels.customer));
  console.log(`talk/listen ratio measured ${ratio.toFixed(3)}, truth ${truth.toFixed(3)}`);
  expect(Math.abs(ratio - truth) / truth, `ratio ${ratio.toFixed(3)} vs truth ${truth.toFixed(3)}`).toBeLessThanOrEqual(0.1);

  await call.getByRole('button', { name: 'Hang up' }).click();
  await expect(region(agent.page, 'Call history').getByRole('listitem')).toHaveCount(1);
  // Saved with the call: each customer utterance found with its true length, within the VAD's bounds
  // (onset within 100 ms, offset within 250 ms: a length off by at most 0.35 s).
  const saved = await agent.page.evaluate(
    () =>
      new Promise<{ party: string; startMs: number; endMs: number }[]>((resolve, reject) => {
        const open = indexedDB.open('switchboard-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('calls').objectStore('calls').getAll();
          get.onsuccess = () => resolve(get.result[0]?.talk?.segments ?? []);
        };
      }),
  );
  const trueLengths = labels.customer.map((s) => s.end - s.start);
  const complete = saved.filter((s) => s.party === 'customer').slice(1, -1); // the first and last may be cut by the call
  expect(complete.length).toBeGreaterThanOrEqual(3);
  for (const s of complete) {
    const len = (s.endMs - s.startMs) / 1000;
    expect(Math.min(...trueLengths.map((t) => Math.abs(t - len))), `segment of ${len.toFixed(2)} s`).toBeLessThanOrEqual(0.35);
  }
});
