// Call history details end to end: a real call through the PBX (agent 1001 answers customer 1002,
// each with a speech file as microphone; captions from the committed RANDOM-WEIGHT fixture model,
// which proves the pipeline, not recognition), then "Details for 1002" shows what was saved — talk
// metrics, masked transcript — from the real IndexedDB, after a reload too; search, export and clear.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answer, dial, fillAccount, launchAgent, region, type Agent } from './support/agents';
import { FIXTURE_MODEL_ID, MODEL_FOLDER, serveFixtureModel, servePolicy } from './support/captionModel';

let agents: Agent[] = [];
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

interface Saved { talk?: { talkRatio: number | null; longestCustomerMonologueMs: number }; transcript?: { speaker: string }[]; peerNumber: string }
const savedCalls = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Saved[]>((resolve, reject) => {
        const open = indexedDB.open('switchboard-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('calls').objectStore('calls').getAll();
          get.onsuccess = () => resolve(get.result as Saved[]);
        };
      }),
  );

test('after a real call, "Details for 1002" shows its talk metrics and masked transcript, also after a reload; search, export and clear work', async ({ baseURL }) => {
  test.setTimeout(240_000); // the caption model loads beside a live call: up to ~60 s on this 2-core machine
  const agent = await launchAgent({
    user: '1001',
    voice: resolve('e2e/fixtures/vad/agent-call.wav'),
    baseURL: baseURL!,
    transport: 'ws',
    register: false,
    prepare: async (context) => {
      await serveFixtureModel(context, baseURL!);
      await servePolicy(context, baseURL!, { version: 2, captions: { modelId: FIXTURE_MODEL_ID, modelFolder: MODEL_FOLDER } });
    },
  });
  agents.push(agent);
  const { page } = agent;
  // Remembered, so the reload below comes back to the phone screen with its history.
  await page.getByLabel('Remember password').check();
  await fillAccount(page, { user: '1001', transport: 'ws' });
  const customer = await launchAgent({ user: '1002', voice: resolve('e2e/fixtures/vad/customer-call.wav'), baseURL: baseURL!, transport: 'ws' });
  agents.push(customer);

  await dial(customer, '1001');
  await answer(agent, '1002');
  const call = region(page, 'Active call');
  await expect(call.getByRole('group', { name: 'Talk metrics' })).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  // Let the customer finish at least one utterance so there is a monologue and a caption line.
  await expect(call.getByRole('region', { name: 'Captions' }).locator('li.caption.customer[data-final="true"]').first()).toBeVisible({ timeout: 90_000 });
  await call.getByRole('button', { name: 'Hang up' }).click();

  const history = region(page, 'Call history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  const [stored] = await savedCalls(page);
  expect(stored!.talk?.talkRatio).toBeGreaterThan(0);
  expect(stored!.talk?.talkRatio).toBeLessThan(1);
  expect(stored!.talk!.longestCustomerMonologueMs).toBeGreaterThan(0);
  console.log(`saved: talk ratio ${stored!.talk!.talkRatio!.toFixed(3)}, longest customer monologue ${stored!.talk!.longestCustomerMonologueMs} ms, ${stored!.transcript?.length ?? 0} transcript lines`);

  const checkDetails = async () => {
    const button = history.getByRole('button', { name: /^Details for 1002/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const details = history.getByRole('region', { name: /^Call details for 1002/ });
    await expect(details.getByTestId('detail-outcome')).toHaveText('Answered');
    // What the panel shows is what was stored for this call.
    await expect(details.getByTestId('detail-talk-ratio')).toHaveAttribute('data-value', String(stored!.talk!.talkRatio));
    const pct = Math.round(stored!.talk!.talkRatio! * 100);
    await expect(details.getByTestId('detail-talk-ratio')).toContainText(`${pct}% / ${100 - pct}%`);
    await expect(details.getByTestId('detail-longest-monologue')).toHaveAttribute('data-value', String(stored!.talk!.longestCustomerMonologueMs));
    const lines = details.getByRole('list', { name: 'Transcript (personal data masked)' }).getByRole('listitem');
    await expect(lines).toHaveCount(stored!.transcript!.length);
    await expect(lines.filter({ hasText: /^\d+:\d\d Customer: / }).first()).toBeVisible();
    // Closed again: the rows below are counted as list items, and the details' own lists would count too.
    await button.click();
    await expect(details).toBeHidden();
  };
  await checkDetails();

  await page.reload();
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await checkDetails();

  // A second, failed call (nobody registered as 1009): the PBX's answer and its SIP code are kept.
  await dial(agent, '1009');
  await expect(history.getByRole('listitem')).toHaveCount(2, { timeout: 20_000 });
  await expect(history.getByRole('listitem').first()).not.toHaveAttribute('data-outcome', 'answered');
  console.log(`call to 1009: ${await history.getByRole('listitem').first().locator('.outcome').textContent()}`);

  const search = history.getByRole('searchbox', { name: 'Search call history' });
  await search.fill('1009');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('status')).toHaveText('Showing 1 of 2 calls');
  await search.fill('answered');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toContainText('1002');

  // Export: the one row shown, as CSV.
  const [download] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export call history' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^switchboard-call-history-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  expect(csv).toHaveLength(2);
  expect(csv[1]).toMatch(/^[^,]+,incoming,1002,/);
  // JSON: the same row with every field exactly as stored (the transcript as masked when it was saved).
  await history.getByRole('combobox', { name: 'Export format' }).selectOption('json');
  const [json] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export call history' }).click()]);
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as Saved[];
  expect(exported.map((r) => r.peerNumber)).toEqual(['1002']);
  expect(exported[0]!.talk).toEqual(stored!.talk);
  expect(exported[0]!.transcript).toEqual(stored!.transcript);
  await search.fill('');

  // Clear: Escape keeps everything; confirming deletes it, and it stays gone after a reload.
  await history.getByRole('button', { name: 'Clear call history' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Clear call history?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await history.getByRole('button', { name: 'Clear call history' }).click();
  await dialog.getByRole('button', { name: 'Delete all calls' }).click();
  await expect(history).toContainText('No calls yet.');
  await page.reload();
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  await expect(history).toContainText('No calls yet.');
  expect(await savedCalls(page)).toEqual([]);
});
