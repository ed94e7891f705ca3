// The embedded default: with no PBX configured, the demo call runs the whole on-device pipeline.
import { expect, test } from '@playwright/test';
import { launchAgent, VOICES, type Agent } from './support/agents';

let agent: Agent | undefined;
test.afterEach(async () => agent?.close());

test('with no PBX set up, "Try a demo call" shows who is speaking, the talk metrics and suggestions', async ({ baseURL }) => {
  test.setTimeout(60_000);
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, register: false });
  const page = agent.page;
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Not set up');
  await page.getByRole('button', { name: 'Try a demo call' }).click();
  const demo = page.getByRole('region', { name: 'Demo call' });
  const metrics = demo.getByRole('group', { name: 'Talk metrics' });
  await expect(metrics).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  await expect(metrics.getByRole('status', { name: 'Speaking' })).toContainText('Customer speaking', { timeout: 10_000 });
  await expect(metrics.getByRole('status', { name: 'Speaking' })).toContainText('Agent speaking', { timeout: 10_000 });
  await expect(metrics.getByTestId('talk-ratio')).toHaveText(/^\d+% \/ \d+%$/);
  await expect(metrics.getByRole('img', { name: /Who spoke when/ })).toBeVisible();
  // The demo's transcript brings the refunds article into Suggestions when the customer mentions
  // being charged twice (about 12 s into the recording).
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await expect(suggestions.getByRole('listitem').first().getByRole('heading')).toHaveText('How long do refunds take?', { timeout: 25_000 });
  await expect(suggestions).toContainText('Customer said: “I was charged twice');
  await demo.getByRole('button', { name: 'End demo call' }).click();
  await expect(demo).toHaveCount(0);
});
