// Personal data spoken in a real call (two browser agents through Kamailio) is found nowhere the app
// keeps or exports anything: the customer says a card number, an e-mail address and a phone number
// (through the app's TEST-ONLY injection at the transcript boundary, in place of the recogniser), the
// words reach captions, suggestions (Helpful, Copy, Pin, and a search the agent types), the wrap-up and
// "Copy transcript"; after hang-up every IndexedDB database and object store of the page, local and
// session storage, Cache Storage, the history and feedback exports (CSV and JSON) and the clipboard are
// read with the browser's own APIs and searched for the three values in any form.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answer, dial, launchAgent, region, VOICES, type Agent } from './support/agents';
import { agentWithTranscriptInjection, say } from './support/transcript';
import { pageStorage, type Kept } from './support/pageStorage';
import { CARD, EMAIL, leaks, PHONE } from '../src/renderer/callData/pii.testing';

let agents: Agent[] = [];
test.afterEach(async () => {
  await Promise.all(agents.map((a) => a.close()));
  agents = [];
});

const download = async (page: Page, click: () => Promise<void>): Promise<Kept> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { where: `export ${file.suggestedFilename()}`, text: readFileSync(await file.path(), 'utf8') };
};

test('a card number, an e-mail address and a phone number spoken in a call are in no store and no export of the page', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const agent = await agentWithTranscriptInjection('1001', VOICES.alice, baseURL!);
  agents.push(agent);
  const customer = await launchAgent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  agents.push(customer);
  const { page } = agent;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);

  await dial(customer, '1001');
  await answer(agent, '1002');
  const call = region(page, 'Active call');

  await say(page, 'agent', 'Thank you for calling Northwind, how can I help?');
  await say(page, 'customer', `I was charged twice, when do I get my money back? My card is ${CARD}, my email is ${EMAIL} and my phone is ${PHONE}.`);
  await say(page, 'agent', `Let me read that back: card ${CARD}, email ${EMAIL}, phone ${PHONE}.`);

  // Suggestions from what the customer said: the agent marks, copies and pins the article.
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  const title = 'How long do refunds take?';
  await expect(suggestions.getByRole('listitem').first().getByRole('heading')).toHaveText(title);
  // The detector finds all three where they may be: on the screen during the call.
  expect(leaks(await suggestions.innerText())).toEqual(['card', 'email', 'phone']);
  await suggestions.getByRole('button', { name: `Helpful: ${title}`, exact: true }).click();
  await suggestions.getByRole('button', { name: `Copy answer: ${title}` }).click();
  await suggestions.getByRole('button', { name: `Pin for this call: ${title}` }).click();
  await expect(suggestions.getByRole('button', { name: `Helpful: ${title}`, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(suggestions.getByRole('button', { name: `Pin for this call: ${title}` })).toHaveAttribute('aria-pressed', 'true');
  // And a search the agent types with the customer's details in it.
  await suggestions.getByRole('searchbox', { name: 'Search knowledge base' }).fill(`roaming charges abroad for ${EMAIL} ${PHONE}`);
  const typed = suggestions.getByRole('listitem').filter({ hasNot: page.getByText(title, { exact: true }) }).first();
  const typedTitle = (await typed.getByRole('heading').textContent())!;
  await typed.getByRole('button', { name: `Not helpful: ${typedTitle}`, exact: true }).click();
  await expect(typed.getByRole('button', { name: `Not helpful: ${typedTitle}`, exact: true })).toHaveAttribute('aria-pressed', 'true');

  // "Copy transcript" (captions panel): the clipboard gets the masked lines.
  const captions = call.getByRole('region', { name: 'Captions' });
  await expect(captions.getByRole('listitem').filter({ hasText: EMAIL })).toHaveCount(2);
  await captions.getByRole('button', { name: 'Copy transcript' }).click();
  await expect(captions.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  const clipboard: Kept = { where: 'clipboard (Copy transcript)', text: await page.evaluate(() => navigator.clipboard.readText()) };
  expect(clipboard.text).toContain('Customer: I was charged twice');

  await call.getByRole('button', { name: 'Hang up' }).click();
  const wrapUp = page.getByRole('region', { name: 'Wrap-up' });
  const summary = wrapUp.getByLabel('Call summary');
  // The draft (on screen) holds what was said as it was said.
  await expect(summary).toHaveValue(new RegExp(`^Reason for call: I was charged twice[\\s\\S]*${CARD}`));
  await summary.fill(`${await summary.inputValue()}\nNote: confirmation to ${EMAIL}, call back on ${PHONE}, card ${CARD.replace(/ /g, '')}.`);
  await wrapUp.getByRole('button', { name: 'Save wrap-up' }).click();
  await expect(wrapUp.getByRole('status').filter({ hasText: 'Saved with the call record.' })).toBeVisible();
  await expect(summary).toHaveValue(/Note: confirmation to \[EMAIL\], call back on \[PHONE\], card \[CARD\]\./);

  const history = region(page, 'Call history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  const exports = [
    await download(page, () => history.getByRole('button', { name: 'Export call history' }).click()),
    await download(page, () => suggestions.getByRole('button', { name: 'Export feedback' }).click()),
  ];
  await history.getByRole('combobox', { name: 'Export format' }).selectOption('json');
  await suggestions.getByRole('combobox', { name: 'Feedback file format' }).selectOption('json');
  exports.push(
    await download(page, () => history.getByRole('button', { name: 'Export call history' }).click()),
    await download(page, () => suggestions.getByRole('button', { name: 'Export feedback' }).click()),
  );
  expect(exports.map((e) => e.where.replace(/\d{4}-\d\d-\d\d/, 'DAY'))).toEqual([
    'export switchboard-call-history-DAY.csv',
    'export switchboard-suggestion-feedback-DAY.csv',
    'export switchboard-call-history-DAY.json',
    'export switchboard-suggestion-feedback-DAY.json',
  ]);

  const kept = await pageStorage(page);
  const everything = [...kept, ...exports, clipboard];
  for (const k of everything) console.log(`${k.where}: ${k.text.length} characters`);
  expect(everything.flatMap((k) => leaks(k.text).map((kind) => `${kind} in ${k.where}`))).toEqual([]);

  // The words were kept, masked: the test read the places that hold them.
  const at = (prefix: string) => everything.filter((k) => k.where.startsWith(prefix)).map((k) => k.text).join('\n');
  for (const place of ['IndexedDB switchboard-history/calls', 'IndexedDB switchboard-assist-feedback/feedback', ...exports.map((e) => e.where), 'clipboard']) {
    for (const token of ['[CARD]', '[EMAIL]', '[PHONE]']) expect(at(place), `${token} in ${place}`).toContain(token);
  }
});
