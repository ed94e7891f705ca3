// Knowledge-base search beside the call, in the browser: Orama in a worker, real IndexedDB.
import { expect, test } from '@playwright/test';
import { launchAgent, type Agent } from './support/agents';

let agent: Agent | undefined;
test.afterEach(async () => agent?.close());

test('manual search finds the right article in English and Chinese; a broken import changes nothing', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1004', baseURL: baseURL!, transport: 'ws' });
  const panel = agent.page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.getByRole('status', { name: 'Knowledge base' })).toHaveText('Sample knowledge base (50 articles)');
  const box = panel.getByLabel('Search knowledge base');

  await box.fill('I was charged twice, when do I get my money back?');
  const first = panel.getByRole('listitem').first();
  await expect(first.getByRole('heading')).toHaveText('How long do refunds take?');
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first).toContainText(/Confidence \d+%/);

  await box.fill('我的退款什么时候到账');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('退款需要多长时间？');

  await box.fill('what is the weather in Paris');
  await expect(panel).toContainText('No good match in the knowledge base.');

  // All or nothing: one bad row and the sample stays in use.
  const input = panel.getByLabel('Import knowledge base (Markdown, JSON or CSV files)');
  await input.setInputFiles([
    { name: 'good.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: Opening hours\n---\nWe are open 8am to 8pm.\n') },
    { name: 'faq.csv', mimeType: 'text/csv', buffer: Buffer.from('question,answer\nq1,a1\nq2,\n') },
  ]);
  await expect(panel.getByRole('alert')).toContainText('faq.csv, line 3, row 3: answer: must be non-empty text');
  await expect(panel.getByRole('status', { name: 'Knowledge base' })).toHaveText('Sample knowledge base (50 articles)');

  const md = (title: string, body: string) => Buffer.from(`---\ntitle: ${title}\n---\n${body}\n`);
  await input.setInputFiles([
    { name: 'good.md', mimeType: 'text/markdown', buffer: md('Opening hours', 'We are open 8am to 8pm.') },
    { name: 'stores.md', mimeType: 'text/markdown', buffer: md('Finding a store', 'Use the store finder in the app.') },
    { name: 'faq.csv', mimeType: 'text/csv', buffer: Buffer.from('question,answer\nHow do I change my address?,Update it in the app under Profile.\n') },
  ]);
  await expect(panel.getByRole('status', { name: 'Knowledge base' })).toHaveText('Your knowledge base (3 articles)');
  await box.fill('when are you open');
  await expect(panel.getByRole('listitem').first().getByRole('heading')).toHaveText('Opening hours');
});
