// Live captions end to end, with the committed RANDOM-WEIGHT fixture model: it proves the pipeline
// (VAD-cut segments -> caption worker -> interim/final -> transcript store -> panel -> history), not
// recognition quality. Accuracy is not measured here (see `npm run eval:captions` with a real model).
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { startFakeModelServer } from '../src/renderer/models/fakeModelServer';
import { answer, dial, launchAgent, region, type Agent } from './support/agents';
import { downloadServerFiles, FIXTURE_MODEL_ID, MODEL_FOLDER, serveFixtureModel, servePolicy, watchOutsideRequests } from './support/captionModel';

let agents: Agent[] = [];
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

const fixturePolicy = (captions: Record<string, unknown>) => ({ version: 2, captions: { modelId: FIXTURE_MODEL_ID, ...captions } });

test('demo call, random-weight fixture model (accuracy not measured): no model -> "Download model"/"Choose folder" while the call goes on; with the folder, interim and final captions offline', async ({ baseURL }) => {
  test.setTimeout(90_000);
  let outside: string[] = [];
  const agent = await launchAgent({
    user: '1001',
    voice: resolve('e2e/fixtures/vad/agent-call.wav'),
    baseURL: baseURL!,
    register: false,
    prepare: async (context) => {
      outside = watchOutsideRequests(context, baseURL!);
      await serveFixtureModel(context, baseURL!);
      // IT named the model; the folder is left to the agent.
      await servePolicy(context, baseURL!, fixturePolicy({}));
    },
  });
  agents.push(agent);
  const { page } = agent;

  await page.getByRole('button', { name: 'Try a demo call' }).click();
  const demo = page.getByRole('region', { name: 'Demo call' });
  const captions = demo.getByRole('region', { name: 'Captions' });
  // No model anywhere (default settings): said plainly, two ways out, and the call itself runs.
  await expect(captions.getByRole('status').filter({ hasText: 'No caption model' })).toBeVisible({ timeout: 20_000 });
  await expect(captions.getByRole('button', { name: 'Download model' })).toBeDisabled(); // downloads off by default
  await expect(captions.getByRole('button', { name: 'Choose folder' })).toBeEnabled();
  await expect(demo.getByRole('group', { name: 'Talk metrics' })).toHaveAttribute('data-status', 'running');
  // "Choose folder": the captions start in the same call, the moment the model is found.
  await captions.getByRole('button', { name: 'Choose folder' }).click();
  await captions.getByLabel('Model folder').fill(MODEL_FOLDER);
  await captions.getByRole('button', { name: 'Use this folder' }).click();
  await expect(captions).toContainText('Captions on (WebAssembly, on this device)', { timeout: 30_000 });

  // Interim text while the recorded customer talks, then the final line; both labelled by speaker.
  const interim = captions.locator('li.caption[data-final="false"]');
  const final = captions.locator('li.caption.customer[data-final="true"]');
  await expect(interim.first()).toBeVisible({ timeout: 20_000 });
  await expect(final.first()).toBeVisible({ timeout: 20_000 });
  await expect(final.first().locator('.speaker')).toHaveText('Customer');
  await expect(final.first().locator('.text')).toHaveText(/^[\x20-\x7e]{3,}$/); // the fixture writes printable ASCII
  await expect(captions.locator('li.caption.agent').first().locator('.speaker')).toHaveText('Agent', { timeout: 20_000 });

  // Pause stops new lines; Resume lets them in again.
  await captions.getByRole('button', { name: 'Pause captions' }).click();
  await expect(captions.getByRole('status').filter({ hasText: 'Captions paused' })).toBeVisible();
  const count = await captions.locator('li.caption').count();
  await page.waitForTimeout(3000);
  expect(await captions.locator('li.caption').count()).toBe(count);
  await captions.getByRole('button', { name: 'Resume captions' }).click();
  await expect(captions.locator('li.caption')).not.toHaveCount(count, { timeout: 20_000 });

  expect(outside, 'requests outside the app origin').toEqual([]);
});

test('real call through the PBX, random-weight fixture model (accuracy not measured): the customer\'s captions appear beside the call and are saved with it in history; the next call reuses the loaded model', async ({ baseURL }) => {
  test.setTimeout(240_000); // the caption model loads beside a live call: up to ~60 s on this 2-core machine
  let outside: string[] = [];
  let modelFiles: string[] = [];
  const agent = await launchAgent({
    user: '1001',
    voice: resolve('e2e/fixtures/vad/agent-call.wav'),
    baseURL: baseURL!,
    prepare: async (context) => {
      outside = watchOutsideRequests(context, baseURL!);
      modelFiles = await serveFixtureModel(context, baseURL!);
      // The model folder as IT ships it: set by policy.
      await servePolicy(context, baseURL!, fixturePolicy({ modelFolder: MODEL_FOLDER }));
    },
  });
  const customer = await launchAgent({ user: '1002', voice: resolve('e2e/fixtures/vad/customer-call.wav'), baseURL: baseURL! });
  agents.push(agent, customer);
  await dial(customer, '1001');
  await answer(agent, '1002');
  const captions = region(agent.page, 'Active call').getByRole('region', { name: 'Captions' });
  await expect(captions).toContainText('Captions on (WebAssembly, on this device)', { timeout: 90_000 });
  await expect(captions.locator('li.caption.customer[data-final="true"]').first()).toBeVisible({ timeout: 30_000 });
  const shown = await captions.locator('li.caption[data-final="true"] .text').allTextContents();

  await region(agent.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(agent.page, 'Call history').getByRole('listitem')).toHaveCount(1);
  const saved = await agent.page.evaluate(
    () =>
      new Promise<{ speaker: string; text: string; startMs: number; endMs: number }[]>((resolve, reject) => {
        const open = indexedDB.open('switchboard-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('calls').objectStore('calls').getAll();
          get.onsuccess = () => resolve(get.result[0]?.transcript ?? []);
        };
      }),
  );
  expect(saved.length).toBeGreaterThanOrEqual(1);
  expect(saved.some((l) => l.speaker === 'customer')).toBe(true);
  for (const l of saved) expect(l.endMs).toBeGreaterThanOrEqual(l.startMs);
  expect(shown.length).toBeGreaterThanOrEqual(1);

  // The next call: the model is still loaded (no second fetch of its weights), captions start at once.
  await dial(customer, '1001');
  await answer(agent, '1002');
  await expect(captions).toContainText('Captions on (WebAssembly, on this device)');
  await expect(captions.locator('li.caption.customer[data-final="true"]').first()).toBeVisible({ timeout: 30_000 });
  await region(agent.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(agent.page, 'Call history').getByRole('listitem')).toHaveCount(2);
  expect(modelFiles.filter((f) => f.endsWith('.onnx')).sort()).toEqual(['onnx/decoder_model_merged.onnx', 'onnx/encoder_model.onnx']);
  expect(outside, 'requests outside the app origin').toEqual([]);
});

test('"Download model" from a fake model server on loopback (random-weight fixture model, accuracy not measured): SHA-256 checked, cached, captions run from the cache', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const files = downloadServerFiles();
  const server = await startFakeModelServer(files, { cors: true });
  try {
    let outside: string[] = [];
    const agent = await launchAgent({
      user: '1001',
      voice: resolve('e2e/fixtures/vad/agent-call.wav'),
      baseURL: baseURL!,
      register: false,
      prepare: async (context) => {
        outside = watchOutsideRequests(context, baseURL!);
        await servePolicy(context, baseURL!, fixturePolicy({ allowDownload: true, downloadBaseUrl: server.baseUrl }));
      },
    });
    agents.push(agent);
    const { page } = agent;
    await page.getByRole('button', { name: 'Try a demo call' }).click();
    const demo = page.getByRole('region', { name: 'Demo call' });
    const captions = demo.getByRole('region', { name: 'Captions' });
    await captions.getByRole('button', { name: 'Download model' }).click();
    await expect(captions).toContainText('Captions on (WebAssembly, on this device)', { timeout: 30_000 });
    await expect(captions.locator('li.caption[data-final="true"]').first()).toBeVisible({ timeout: 30_000 });
    await demo.getByRole('button', { name: 'End demo call' }).click();
    // Every model file came from the download server once, and nothing else left the app.
    expect(outside.filter((u) => !u.startsWith(server.baseUrl))).toEqual([]);
    const fetched = server.requests.map((r) => r.path).filter((p) => p.endsWith('.onnx'));
    expect(fetched.sort()).toEqual([`models/${FIXTURE_MODEL_ID}/onnx/decoder_model_merged.onnx`, `models/${FIXTURE_MODEL_ID}/onnx/encoder_model.onnx`]);

    // Next call: found in the cache, no download offered, nothing fetched from the server again.
    const before = server.requests.length;
    await page.reload();
    await page.getByRole('button', { name: 'Try a demo call' }).click();
    await expect(captions).toContainText('Captions on (WebAssembly, on this device)', { timeout: 30_000 });
    await expect(captions.locator('li.caption[data-final="true"]').first()).toBeVisible({ timeout: 30_000 });
    expect(server.requests.length).toBe(before);
  } finally {
    await server.close();
  }
});

test('captions settings show what admin policy fixed as locked', async ({ baseURL }) => {
  const agent = await launchAgent({
    user: '1001',
    baseURL: baseURL!,
    register: false,
    prepare: (context) => servePolicy(context, baseURL!, fixturePolicy({ allowDownload: false, modelFolder: MODEL_FOLDER })),
  });
  agents.push(agent);
  const group = agent.page.getByRole('group', { name: 'Live captions (on this computer)' });
  await expect(group.getByLabel('Model folder')).toHaveValue(MODEL_FOLDER);
  await expect(group.getByLabel('Model folder')).toBeDisabled();
  await expect(group.getByLabel('Allow downloading the model when it is not on this computer')).toBeDisabled();
  await expect(group.getByLabel('Show live captions during calls')).toBeEnabled();
});

test('web build: the model folder is typed, with no "Browse…" (a browser has no folder picker; the desktop app has)', async ({ baseURL }) => {
  const agent = await launchAgent({ user: '1001', baseURL: baseURL!, register: false });
  agents.push(agent);
  const group = agent.page.getByRole('group', { name: 'Live captions (on this computer)' });
  await group.getByLabel('Model folder').fill(MODEL_FOLDER);
  await expect(group.getByLabel('Model folder')).toHaveValue(MODEL_FOLDER);
  await expect(group.getByRole('button', { name: 'Browse…' })).toHaveCount(0);
});
