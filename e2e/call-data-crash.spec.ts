// A renderer crash in the middle of writes loses nothing the app had shown as saved. The agent (its
// own Chromium profile on disk) takes real calls through Kamailio and saves each wrap-up ("Saved with
// the call record."); in the last call a script in the page pins and marks helpful one suggestion after
// another without waiting, while a MutationObserver reports each button that turned pressed — the panel
// presses it only once the write has committed. The test crashes the renderer (CDP Page.crash) in the
// middle of that, closes the browser, opens the app again on the same profile, and reads IndexedDB.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from './support/chromium.mjs';
import { dial, fillAccount, launchAgent, region, VOICES, type Agent } from './support/agents';
import { say, type Hooked } from './support/transcript';
import { rawRecords } from './support/pageStorage';
import type { CallRecord } from '../src/renderer/history/types';
import type { SuggestionFeedback } from '../src/renderer/assist/feedback/types';

const CALLS = 3;
const profile = mkdtempSync(join(tmpdir(), 'switchboard-crash-profile-'));
let context: BrowserContext | null = null;
let customer: Agent | null = null;
test.afterEach(async () => {
  await customer?.close();
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openAgent(baseURL: string): Promise<Page> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, args: chromiumArgs(VOICES.alice), baseURL, ignoreHTTPSErrors: true, permissions: ['microphone'],
  });
  await context.addInitScript(() => ((window as Hooked).__switchboardTestHooks = true));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  return page;
}

async function answerOn(page: Page): Promise<void> {
  const incoming = region(page, 'Incoming call');
  await expect(incoming).toContainText('1002');
  await incoming.getByRole('button', { name: 'Answer' }).click();
  await expect(region(page, 'Active call')).toContainText('Connected');
}

/** Reports every button that turns pressed (aria-pressed="true"), by accessible name, to the test. */
function reportPressed(): void {
  const report = (window as unknown as { __pressed(name: string): void }).__pressed;
  const seen = new Set<string>();
  const check = (el: Element) => {
    const name = el.getAttribute('aria-label');
    if (name && el.getAttribute('aria-pressed') === 'true' && !seen.has(name)) seen.add(name), report(name);
  };
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'attributes') check(c.target as Element);
      for (const n of c.addedNodes) if (n instanceof Element) [n, ...n.querySelectorAll('[aria-pressed]')].forEach(check);
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-pressed'] });
}

/**
 * In the page: search each title, then press Pin and Helpful once on every suggestion shown, not waiting
 * for any write; each press is reported to the test (__clicked).
 */
function pressEverything(titles: string[]): Promise<void> {
  const clickedReport = (window as unknown as { __clicked(name: string): void }).__clicked;
  const panel = document.querySelector('section[aria-label="Suggestions"]')!;
  const box = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const clicked = new Set<string>();
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const unpressed = () =>
    [...panel.querySelectorAll<HTMLButtonElement>('button[aria-label^="Pin for this call: "], button[aria-label^="Helpful: "]')].filter(
      (b) => !clicked.has(b.getAttribute('aria-label')!) && b.getAttribute('aria-pressed') === 'false',
    );
  return (async () => {
    for (const title of titles) {
      setValue.call(box, title);
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // Until this search's suggestions are on screen (5 s at most).
      for (let waited = 0; waited < 5000 && unpressed().length === 0; waited += 50) await pause(50);
      for (const b of unpressed()) {
        clicked.add(b.getAttribute('aria-label')!);
        clickedReport(b.getAttribute('aria-label')!);
        b.click();
      }
    }
  })();
}

test('a renderer crash in the middle of writes loses no call, wrap-up or suggestion feedback the app had shown as saved', async ({ baseURL }) => {
  test.setTimeout(240_000);
  let page = await openAgent(baseURL!);
  await page.getByLabel('Remember password').check();
  await fillAccount(page, { user: '1001', transport: 'ws' });
  customer = await launchAgent({ user: '1002', voice: VOICES.bob, baseURL: baseURL!, transport: 'ws' });
  const history = region(page, 'Call history');
  const wrapUp = page.getByRole('region', { name: 'Wrap-up' });

  // Calls one after another, each wrap-up saved: the app shows each call in history and says "Saved".
  for (let i = 1; i <= CALLS; i++) {
    await dial(customer, '1001');
    await answerOn(page);
    await say(page, 'customer', `Call ${i}: when do I get my money back?`);
    await region(page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
    await expect(history.getByRole('listitem')).toHaveCount(i);
    const form = wrapUp.getByRole('form').first();
    await form.getByLabel('Call summary').fill(`Crash test wrap-up ${i}.`);
    await form.getByRole('button', { name: 'Save wrap-up' }).click();
    await expect(form.getByRole('status').filter({ hasText: 'Saved with the call record.' })).toBeVisible();
    await form.getByRole('button', { name: 'Close wrap-up' }).click();
  }

  // The last call: suggestion feedback written as fast as the agent's clicks come, then the crash.
  await dial(customer, '1001');
  await answerOn(page);
  const pressed: string[] = [];
  const clicks: string[] = [];
  await page.exposeFunction('__pressed', (name: string) => void pressed.push(name));
  await page.exposeFunction('__clicked', (name: string) => void clicks.push(name));
  await page.evaluate(reportPressed);
  const queries = ['How long do refunds take?', 'Slow broadband speeds', 'Using your phone abroad', 'Understanding your bill', 'Cancelling your service', 'Switching to an eSIM', 'Device insurance', 'Resetting your broadband router', 'Lost or stolen phone', 'Upgrading your phone or plan', 'Nuisance calls and scam texts', 'Ways to pay your bill', 'Booking an engineer visit', 'Moving home with broadband', 'Annual price changes', 'Parental controls', 'Keeping your number', 'Checking for a service outage', 'Missed or late payments', 'Getting your phone repaired'];
  let finished = false;
  const burst = page.evaluate(pressEverything, queries).then(() => (finished = true));
  burst.catch(() => undefined); // ends with the crash
  // Crash once 8 writes are shown as saved and more presses are still being made.
  await expect.poll(() => (finished ? 'finished' : pressed.length >= 8), { timeout: 150_000 }).toBe(true);
  const cdp = await context!.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  const reported = [...pressed];
  expect(finished, 'the clicks were still coming when the renderer crashed').toBe(false);
  console.log(`renderer crashed after ${clicks.length} presses, ${reported.length} of them shown as saved`);
  await context!.close();
  context = null;

  // The same profile, opened again.
  page = await openAgent(baseURL!);
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  const calls = await rawRecords<CallRecord>(page, 'switchboard-history', 'calls');
  const feedback = await rawRecords<SuggestionFeedback>(page, 'switchboard-assist-feedback', 'feedback');
  console.log(`after the crash: ${calls.length} calls and ${feedback.length} feedback rows stored`);

  const summaries = calls.map((c) => c.wrapUp?.summary).filter(Boolean).sort();
  expect(summaries).toEqual(Array.from({ length: CALLS }, (_, i) => `Crash test wrap-up ${i + 1}.`));
  for (const name of reported) {
    const [, action, title] = /^(Pin for this call|Helpful): (.*)$/.exec(name)!;
    const row = feedback.find((f) => f.title === title);
    expect(row, `feedback for "${title}" (${action}) was shown as saved`).toBeDefined();
    expect(action === 'Helpful' ? row!.vote : row!.pinned, name).toBe(action === 'Helpful' ? 'helpful' : true);
  }
  // Nothing half-written: every row that is there is whole.
  for (const f of feedback) expect(Object.keys(f).sort(), f.title).toEqual(['articleId', 'callId', 'copied', 'expanded', 'pinned', 'query', 'title', 'updatedAt', 'vote']);
  // And the app shows the calls it kept.
  await expect(region(page, 'Call history').getByRole('listitem')).toHaveCount(calls.length);
});
