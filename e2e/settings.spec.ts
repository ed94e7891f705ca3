import { expect, test } from '@playwright/test';
import { launchAgent, VOICES, type Agent } from './support/agents';

let agent: Agent | undefined;
test.afterEach(async () => agent?.close());

test('audio devices: labelled microphone, speaker and ringer choices and a live microphone level', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1001', voice: VOICES.alice, baseURL: baseURL!, register: false });
  const page = agent.page;
  const devices = page.getByRole('group', { name: 'Audio devices' });
  for (const name of ['Microphone', 'Speaker', 'Ringer']) {
    await expect(devices.getByLabel(name, { exact: true })).toBeVisible();
    await expect(devices.getByLabel(name, { exact: true }).getByRole('option', { name: 'System default' })).toHaveCount(1);
  }
  // Chromium's fake capture device is listed once the microphone permission is granted.
  await expect(devices.getByLabel('Microphone', { exact: true }).getByRole('option')).not.toHaveCount(1);
  // The meter follows the fake microphone playing Alice's speech.
  await expect.poll(async () => Number(await devices.getByRole('meter', { name: 'Microphone level' }).getAttribute('value')), { timeout: 10_000 }).toBeGreaterThan(0);
  // The audio check records 5 s, then plays them back.
  await devices.getByRole('button', { name: 'Test microphone and speaker' }).click();
  const check = devices.getByRole('status', { name: 'Audio check' });
  await expect(check).toHaveText(/Recording 5 seconds/);
  await expect(check).toHaveText(/Playing it back/, { timeout: 10_000 });
  await expect(check).toHaveText('Done. Did you hear yourself?', { timeout: 10_000 });
});

test('the interface switches to Simplified Chinese and remembers it', async ({ baseURL }) => {
  agent = await launchAgent({ user: '1002', baseURL: baseURL!, transport: 'ws' });
  const page = agent.page;
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await page.getByLabel('Password', { exact: true }).fill('pw1002');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status', { name: '注册状态' })).toHaveText('已注册');
  await expect(page.getByLabel('号码')).toBeVisible();
  await expect(page.getByRole('button', { name: '呼叫', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
