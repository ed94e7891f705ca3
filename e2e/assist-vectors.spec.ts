// Semantic (hybrid BM25 + vector) knowledge-base search in Chromium with the committed RANDOM-WEIGHT
// embedding fixture (scripts/make-embedding-model.py): it proves the path — model found in the model
// folder, transformers.js in the search worker on WebAssembly, vectors in Orama and in IndexedDB —
// not retrieval quality, which is not measured with random weights.
import { expect, test } from '@playwright/test';
import { startFakeModelServer } from '../src/renderer/models/fakeModelServer';
import { launchAgent, type Agent } from './support/agents';
import { downloadServerFiles, EMBEDDING_FIXTURE, MODEL_FOLDER, serveFixtureModel, servePolicy, watchOutsideRequests } from './support/captionModel';

let agent: Agent | undefined;
test.afterEach(async () => agent?.close());

test('random-weight embedding fixture (quality not measured): off without a model, a specific failure for a missing one, then on from the model folder; searches answer; nothing leaves the app', async ({ baseURL }) => {
  test.setTimeout(90_000);
  let outside: string[] = [];
  let modelFiles: string[] = [];
  agent = await launchAgent({
    user: '1005',
    baseURL: baseURL!,
    transport: 'ws',
    prepare: async (context) => {
      outside = watchOutsideRequests(context, baseURL!);
      modelFiles = await serveFixtureModel(context, baseURL!, EMBEDDING_FIXTURE);
      // IT's model folder (policy); which embedding model to use is left to the agent's settings.
      await servePolicy(context, baseURL!, { version: 2, captions: { modelFolder: MODEL_FOLDER } });
    },
  });
  const { page } = agent;
  const panel = page.getByRole('region', { name: 'Suggestions' });
  const semantic = panel.getByRole('status', { name: 'Semantic search' });
  await expect(panel.getByRole('status', { name: 'Knowledge base' })).toHaveText('Sample knowledge base (50 articles)');
  await expect(semantic).toHaveText('Semantic search: off — no embedding model');

  const setModel = async (id: string) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Embedding model for semantic search').fill(id);
    await page.getByLabel('Password', { exact: true }).fill('pw1005');
    await page.getByLabel('Remember password').check(); // so the page comes back by itself after the reload below
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  };

  // A model that is not there: said precisely, and keyword search carries on.
  await setModel('no-such-model');
  await expect(semantic).toHaveText('Semantic search: failed: model "no-such-model" is not in the model folder or the app\'s cache. Keyword search only.');
  await expect(panel.getByRole('button', { name: 'Download search model' })).toHaveCount(0); // policy allows no downloads
  const box = panel.getByLabel('Search knowledge base');
  await box.fill('I was charged twice, when do I get my money back?');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('How long do refunds take?');
  await box.fill('');

  await setModel(EMBEDDING_FIXTURE.id);
  await expect(semantic).toHaveText(`Semantic search: on (${EMBEDDING_FIXTURE.id}, WebAssembly, on this device)`, { timeout: 30_000 });
  await expect(semantic).toHaveAttribute('title', /^64 dimensions; 50 articles embedded in \d+\.\d\d s, 0 from the cache$/);
  console.log(`fixture in Chromium (WebAssembly): ${await semantic.getAttribute('title')}`);
  expect(modelFiles).toEqual(expect.arrayContaining(['config.json', 'tokenizer.json', 'onnx/model.onnx']));

  // A manual search in hybrid mode returns articles (which ones is the random model's business).
  await box.fill('I was charged twice, when do I get my money back?');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toBeVisible();
  await expect(panel.getByRole('listitem').first()).toContainText(/Confidence \d+%/);
  await box.fill('我的退款什么时候到账');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toBeVisible();

  // After a reload the article vectors come from IndexedDB: nothing is embedded again.
  await page.reload();
  await expect(semantic).toHaveText(`Semantic search: on (${EMBEDDING_FIXTURE.id}, WebAssembly, on this device)`, { timeout: 30_000 });
  await expect(semantic).toHaveAttribute('title', '64 dimensions; 0 articles embedded in 0.00 s, 50 from the cache');

  expect(outside, 'requests outside the app origin').toEqual([]);
});

test('"Download search model" where policy allows downloads, from a fake model server on loopback (random-weight embedding fixture, quality not measured): every file fetched once and checked against the manifest, then semantic search runs from the cache', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const files = downloadServerFiles(EMBEDDING_FIXTURE);
  const server = await startFakeModelServer(files, { cors: true });
  try {
    let outside: string[] = [];
    agent = await launchAgent({
      user: '1005',
      baseURL: baseURL!,
      register: false,
      prepare: async (context) => {
        outside = watchOutsideRequests(context, baseURL!);
        await servePolicy(context, baseURL!, {
          version: 2,
          assist: { embeddingModelId: EMBEDDING_FIXTURE.id },
          captions: { allowDownload: true, downloadBaseUrl: server.baseUrl },
        });
      },
    });
    const { page } = agent;
    // The first-run screen: the demo call brings the Suggestions panel up.
    await page.getByRole('button', { name: 'Try a demo call' }).click();
    const panel = page.getByRole('region', { name: 'Suggestions' });
    const semantic = panel.getByRole('status', { name: 'Semantic search' });
    await expect(semantic).toHaveText(`Semantic search: failed: model "${EMBEDDING_FIXTURE.id}" is not in the model folder or the app's cache. Keyword search only.`);
    await panel.getByRole('button', { name: 'Download search model' }).click();
    await expect(semantic).toHaveText(`Semantic search: on (${EMBEDDING_FIXTURE.id}, WebAssembly, on this device)`, { timeout: 30_000 });
    await expect(panel.getByRole('button', { name: 'Download search model' })).toHaveCount(0);
    const fetched = server.requests.map((r) => r.path).sort();
    expect(fetched).toEqual(Object.keys(files).sort());
    expect(outside.filter((u) => !u.startsWith(server.baseUrl))).toEqual([]);

    // After a reload it is in the cache: nothing is offered or fetched again.
    const before = server.requests.length;
    await page.reload();
    await page.getByRole('button', { name: 'Try a demo call' }).click();
    await expect(semantic).toHaveText(`Semantic search: on (${EMBEDDING_FIXTURE.id}, WebAssembly, on this device)`, { timeout: 30_000 });
    expect(server.requests.length).toBe(before);
  } finally {
    await server.close();
  }
});
