// Agent assist beyond search, in the browser: a draft answer streamed from a FAKE OpenAI-compatible
// server (node:http on 127.0.0.1, standing in for vLLM/Ollama/Azure OpenAI), configured through the
// Settings screen with the key in the credential vault; and suggestion feedback saved with a real call.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { answer, dial, launchAgent, region, VOICES, type Agent } from './support/agents';
import { articleIdsIn, sseChunks, startFakeLlmServer, type FakeLlmServer, type FakeReply } from './support/fakeLlmServer';
import { agentWithTranscriptInjection, say } from './support/transcript';

let agents: Agent[] = [];
let fake: FakeLlmServer | undefined;
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
  await fake?.close();
  fake = undefined;
});

const KEY = 'sk-e2e-not-a-real-key';

async function configureLlm(page: Page, url: string, user: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const group = page.getByRole('group', { name: 'Agent assist' });
  await group.getByLabel('Draft answers with an LLM server').check();
  await group.getByLabel('LLM server URL (chat completions)').fill(url);
  await group.getByLabel('LLM model').fill('fake-model');
  await group.getByLabel('LLM API key').fill(KEY);
  await page.getByLabel('Password', { exact: true }).fill(`pw${user}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
}

test('a draft answer streams from a fake LLM server, grounded on the suggestions; no answer, cancel and errors are explained', async ({ baseURL }) => {
  let next: (body: string) => FakeReply = () => ({ status: 500, body: '{}' });
  fake = await startFakeLlmServer((req) => next(req.body));
  const agent = await launchAgent({ user: '1005', baseURL: baseURL!, transport: 'ws' });
  agents.push(agent);
  const page = agent.page;
  await configureLlm(page, fake.url, '1005');

  const panel = page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.getByRole('status', { name: 'Knowledge base' })).toHaveText('Sample knowledge base (50 articles)');
  await panel.getByLabel('Search knowledge base').fill('I was charged twice on 4111 1111 1111 1111, write to jane.doe@example.com: when do I get my money back?');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('How long do refunds take?');

  // The fake answers from the first article it was sent, citing it, and invents one citation.
  next = (body) => {
    const [first] = articleIdsIn(body);
    return { chunks: sseChunks(['Refunds reach your card ', `within 5 to 10 working days [${first}]. `, 'A goodwill credit is possible [invented-policy].']), delayMs: 150 };
  };
  const draft = panel.getByRole('region', { name: 'Draft answer' });
  const status = draft.getByRole('status', { name: 'Draft answer status' });
  // Click -> first streamed words on screen, timed in the page.
  const firstWordsMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const seen = new MutationObserver(() => {
          if (document.querySelector('.draft-text')?.textContent) {
            seen.disconnect();
            resolve(performance.now() - t0);
          }
        });
        seen.observe(document.body, { subtree: true, childList: true, characterData: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Draft answer')!.click();
      }),
  );
  await expect(draft.getByLabel('Draft answer text')).toHaveText('Refunds reach your card within 5 to 10 working days [refunds]. A goodwill credit is possible.');
  // Grounded on the suggestions shown (those above the no-match line), however many the search found.
  const shown = await panel.getByRole('listitem').filter({ has: page.getByRole('heading') }).count();
  expect(shown).toBeGreaterThanOrEqual(1);
  await expect(status).toHaveText(`Draft from ${shown} knowledge-base ${shown === 1 ? 'article' : 'articles'}: check it before reading it out.`);
  await expect(draft).toContainText('Sources: How long do refunds take? [refunds]');
  await expect(draft.getByRole('note')).toHaveText('Citations removed (not among the articles sent): invented-policy');
  console.log(`click "Draft answer" -> first streamed words on screen: ${firstWordsMs.toFixed(0)} ms (fake server on loopback)`);

  // What reached the server: the key in the header, the question redacted, the top articles only.
  const sent = fake.requests.at(-1)!;
  expect(sent.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(sent.body).not.toMatch(/4111|jane\.doe|example\.com/);
  expect(sent.body).toContain('[CARD]');
  expect(articleIdsIn(sent.body)).toHaveLength(shown);
  expect(articleIdsIn(sent.body)[0]).toBe('refunds');
  // The key is in the vault, not in the saved settings.
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(KEY);

  // The model says the articles do not answer: the exact sentinel is never shown.
  next = () => ({ chunks: sseChunks(['NO_ANSWER_IN_', 'KNOWLEDGE_BASE']), delayMs: 50 });
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect(status).toHaveText('No answer in the knowledge base');
  await expect(draft).not.toContainText('NO_ANSWER');

  // A slow server: Cancel stops it.
  next = () => ({ stall: true });
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect(status).toHaveText('Drafting from the knowledge base…');
  await draft.getByRole('button', { name: 'Cancel draft answer' }).click();
  await expect(status).toHaveText('Draft cancelled.');

  // Rate limited: a specific message. Retry-After is not a CORS-safelisted header, so a page cannot read
  // it unless the server lists it in Access-Control-Expose-Headers (this fake, like most, does not).
  next = () => ({ status: 429, headers: { 'Retry-After': '20' }, body: '{"error":{"message":"slow down"}}' });
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect(status).toHaveText(/^No draft: 127\.0\.0\.1:\d+ is rate-limiting requests \(429\): try again shortly\.$/);

  // A broken stream: the words already streamed are withdrawn, not left as an answer.
  next = () => ({ chunks: [...sseChunks(['Refunds reach your card']).slice(0, 2), 'data: {"choices": [\n\n'], delayMs: 300 });
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect(status).toHaveText(/sent a broken stream: a streamed chunk is not valid JSON/);
  await expect(draft.getByLabel('Draft answer text')).toHaveCount(0);
});

test('suggestion feedback (helpful, pin, expand) is saved with the call in history and exported as CSV', async ({ baseURL }) => {
  const a = await launchAgent({ user: '1006', baseURL: baseURL!, transport: 'ws' });
  const b = await launchAgent({ user: '1001', baseURL: baseURL!, transport: 'ws' });
  agents.push(a, b);
  await dial(a, '1001');
  await answer(b, 'Agent 1006');
  await expect(region(a.page, 'Active call')).toContainText('Connected');

  const panel = a.page.getByRole('region', { name: 'Suggestions' });
  await panel.getByLabel('Search knowledge base').fill('when do I get my refund');
  const title = 'How long do refunds take?';
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText(title);
  const helpful = panel.getByRole('button', { name: `Helpful: ${title}`, exact: true });
  await helpful.click();
  await expect(helpful).toHaveAttribute('aria-pressed', 'true');
  await panel.getByRole('button', { name: `Pin for this call: ${title}` }).click();
  const expand = panel.getByRole('button', { name: `Show the whole answer: ${title}` });
  await expand.click();
  await expect(expand).toHaveAttribute('aria-expanded', 'true');
  // A pinned article stays in the list when the search moves on.
  await panel.getByLabel('Search knowledge base').fill('my phone was stolen');
  await expect(panel.getByRole('listitem').filter({ hasText: title })).toContainText('Pinned');

  await region(a.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  // Attached to the call's history record (real IndexedDB).
  await expect
    .poll(() =>
      a.page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open('switchboard-history');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('calls').objectStore('calls').getAll();
              get.onsuccess = () => resolve((get.result as { assistFeedback?: unknown }[]).map((r) => r.assistFeedback ?? null));
            };
          }),
      ),
    )
    .toEqual([[expect.objectContaining({ articleId: 'refunds', title, vote: 'helpful', pinned: true, expanded: true, query: 'when do I get my refund' })]]);

  const [download] = await Promise.all([a.page.waitForEvent('download'), panel.getByRole('button', { name: 'Export feedback' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^switchboard-suggestion-feedback-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toBe('callId,articleId,title,query,vote,pinned,copied,expanded,updatedAt');
  expect(csv[1]).toMatch(/^[^,]+,refunds,How long do refunds take\?,when do I get my refund,helpful,true,0,true,\d{4}-/);
});

test('the knowledge base comes from a URL set in Settings: ETag refresh, and a broken update keeps the current one', async ({ baseURL }) => {
  // A FAKE knowledge-base web server (an intranet's file server), with ETags and CORS as a real one needs.
  let served = { etag: '"v1"', body: JSON.stringify([{ id: 'hours', question: 'When is the shop open?', answer: 'Every day from 8am to 8pm.' }, { id: 'parking', question: 'Is there parking?', answer: 'Free parking behind the building.' }, { id: 'returns', question: 'Can I return a gift?', answer: 'Yes, within 30 days with the receipt.' }]) };
  const conditional: (string | undefined)[] = [];
  const kbServer: Server = createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'if-none-match, if-modified-since', 'Access-Control-Expose-Headers': 'ETag' };
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    conditional.push(req.headers['if-none-match']);
    if (req.headers['if-none-match'] === served.etag) return void res.writeHead(304, { ...cors, ETag: served.etag }).end();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: served.etag }).end(served.body);
  });
  await new Promise<void>((resolve) => kbServer.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(kbServer.address() as AddressInfo).port}`;
  try {
    const agent = await launchAgent({ user: '1003', baseURL: baseURL!, transport: 'ws' });
    agents.push(agent);
    const page = agent.page;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('group', { name: 'Agent assist' }).getByLabel('Knowledge base URL').fill(`http://${host}/kb/faq.json`);
    await page.getByLabel('Password', { exact: true }).fill('pw1003');
    await page.getByRole('button', { name: 'Save' }).click();

    const panel = page.getByRole('region', { name: 'Suggestions' });
    const kbStatus = panel.getByRole('status', { name: 'Knowledge base' });
    await expect(kbStatus).toHaveText(`Knowledge base from ${host} (3 articles)`);
    await panel.getByLabel('Search knowledge base').fill('When is the shop open?');
    await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('When is the shop open?');

    // Unchanged: the app asks with If-None-Match and keeps its copy on 304.
    await panel.getByRole('button', { name: 'Check the knowledge-base URL now' }).click();
    await expect(panel).toContainText(/Checked for updates at .+: up to date\./);
    expect(conditional.at(-1)).toBe('"v1"');

    // A broken update (one item without an answer): nothing changes, and the agent is told why.
    served = { etag: '"v2"', body: JSON.stringify([{ id: 'hours', question: 'When is the shop open?', answer: 'Closed for good.' }, { id: 'parking', question: 'Is there parking?' }]) };
    await panel.getByRole('button', { name: 'Check the knowledge-base URL now' }).click();
    await expect(panel.getByRole('alert')).toHaveText(`The knowledge base could not be refreshed (the knowledge base from ${host} has 1 problem(s): faq.json, line 1, row 1: answer: is required). The current one stays in use.`);
    await expect(kbStatus).toHaveText(`Knowledge base from ${host} (3 articles)`);
    await expect(panel.getByRole('listitem').first()).toContainText('Every day from 8am to 8pm.');
  } finally {
    await new Promise<void>((resolve) => kbServer.close(() => resolve()));
  }
});

test('an admin policy turns on draft answers with its LLM server and locks it; the agent only gives the key', async ({ baseURL }) => {
  fake = await startFakeLlmServer(() => ({ chunks: sseChunks(['Refunds take 3 to 5 working days [refunds].']) }));
  const agent = await launchAgent({ user: '1004', baseURL: baseURL!, transport: 'ws' });
  agents.push(agent);
  const page = agent.page;
  // policy.json beside index.html, as IT would deploy it with the web build.
  const policy = { version: 2, assist: { llmEnabled: true, llmEndpoint: fake.url, llmModel: 'policy-model' } };
  await page.context().route('**/policy.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(policy) }));
  // After a reload the password (not remembered) is asked again, on the settings screen.
  await page.reload();
  const group = page.getByRole('group', { name: 'Agent assist' });
  await expect(group.getByLabel('LLM server URL (chat completions)')).toHaveValue(fake.url);
  await expect(group.getByLabel('LLM server URL (chat completions)')).toBeDisabled();
  await expect(group.getByLabel('Draft answers with an LLM server')).toBeDisabled();
  await expect(group.getByLabel('LLM timeout (seconds)')).toBeEnabled();
  await expect(group).toContainText('Set by your administrator');
  await group.getByLabel('LLM API key').fill(KEY);
  await page.getByLabel('Password', { exact: true }).fill('pw1004');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');

  const panel = page.getByRole('region', { name: 'Suggestions' });
  await panel.getByLabel('Search knowledge base').fill('how long does a refund take');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('How long do refunds take?');
  const draft = panel.getByRole('region', { name: 'Draft answer' });
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect(draft.getByLabel('Draft answer text')).toHaveText('Refunds take 3 to 5 working days [refunds].');
  expect(JSON.parse(fake.requests[0]!.body)).toMatchObject({ model: 'policy-model', stream: true });
  expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);

  // "Forget the stored API key": the next request goes without one.
  await page.getByRole('button', { name: 'Settings' }).click();
  await group.getByRole('button', { name: 'Forget the stored API key' }).click();
  await expect(group.getByRole('status')).toHaveText('The stored API key was removed.');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await draft.getByRole('button', { name: 'Draft answer' }).click();
  await expect.poll(() => fake!.requests.length).toBe(2);
  expect(fake.requests[1]!.headers.authorization).toBeUndefined();
});

test('with an LLM server configured, the wrap-up shows the on-device draft at once, then the server\'s summary of the redacted transcript', async ({ baseURL }) => {
  fake = await startFakeLlmServer(() => ({ chunks: sseChunks(['Reason for call: charged twice.\n', 'Actions: refund today.\n', 'Outcome: resolved.']), firstDelayMs: 5000 }));
  const agent = await agentWithTranscriptInjection('1006', VOICES.alice, baseURL!);
  agents.push(agent);
  const page = agent.page;
  await configureLlm(page, fake.url, '1006');
  await page.getByRole('button', { name: 'Try a demo call' }).click();
  const demo = page.getByRole('region', { name: 'Demo call' });
  await expect(demo.getByRole('img', { name: 'Customer sentiment trend' })).toBeVisible({ timeout: 20_000 });
  await say(page, 'customer', 'My card 4111 1111 1111 1111 was charged twice, can I get a refund?');
  await say(page, 'agent', "I'll refund the duplicate payment today.");
  await demo.getByRole('button', { name: 'End demo call' }).click();

  const summary = page.getByRole('region', { name: 'Wrap-up' }).getByLabel('Call summary');
  // The on-device draft first, while the (slow) server works...
  await expect(summary).toHaveValue(/^Reason for call: My card/);
  await expect(page.getByRole('region', { name: 'Wrap-up' }).getByRole('status').filter({ hasText: 'is writing a fuller summary' })).toBeVisible();
  // ...then the server's, which saw the transcript with the card number masked.
  await expect(summary).toHaveValue('Reason for call: charged twice.\nActions: refund today.\nOutcome: resolved.');
  const sent = fake.requests.at(-1)!.body;
  expect(sent).toContain('[CARD]');
  expect(sent).not.toContain('4111');
});
