// `npm run bench`: Switchboard's UI against a bare sip.js user agent (the baseline), through the same
// Kamailio, in the same run. Prints medians and p95 over ITERATIONS and the ratio Switchboard/baseline.
//   (a) page start -> "Registered"
//   (b) click "Call" -> call established (callee: a baseline UA that answers at once)
//   (c) click "Answer" -> first inbound audio packet (caller: a baseline UA); both apps are answered
//       RING_MS after the call starts ringing, as a person answers (no one clicks within a frame of the
//       ring), which gives an app the ringing time to prepare the call.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startPbx } from '../e2e/support/pbxCore.mjs';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';
import { marksInitScript, printTable, serveStatic, summarise } from './lib.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20);
const RING_MS = Number(process.env.BENCH_RING_MS ?? 1000);
const PORTS = { wsPort: 28080, wssPort: 28443, udpPort: 25060 };
const WS = `ws://127.0.0.1:${PORTS.wsPort}/ws`;

for (const [what, config] of [['web app', 'vite.web.config.ts'], ['baseline', 'bench/vite.baseline.config.ts']]) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--config', config], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the ${what} failed`);
}

const pbx = await startPbx({ ...PORTS, quiet: true });
const server = await serveStatic({ '/app/': resolve('out/web'), '/baseline/': resolve('out/bench-baseline') });
const base = `http://127.0.0.1:${server.address().port}`;
const browsers = [];
const launch = async () => {
  const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs() });
  browsers.push(b);
  const ctx = await b.newContext({ permissions: ['microphone'] });
  await ctx.addInitScript(marksInitScript);
  return ctx.newPage();
};
const baselineUrl = (user, extra = '') => `${base}/baseline/#user=${user}&password=pw${user}&server=${encodeURIComponent(WS)}&domain=127.0.0.1${extra}`;
const mark = (page, name) => page.waitForFunction((n) => window.__marks[n] !== undefined, name, { timeout: 20_000 }).then(() => page.evaluate((n) => window.__marks[n], name));
const between = async (page, from, to) => (await mark(page, to)) - (await mark(page, from));
const resetMarks = (page) => page.evaluate(() => { window.__marks = {}; });

try {
  const results = { register: { sb: [], base: [] }, call: { sb: [], base: [] }, answer: { sb: [], base: [] } };

  // Switchboard agent 1001 (remembers its password so a reload registers by itself), baseline agent 1002.
  const sb = await launch();
  await sb.goto(`${base}/app/`);
  await sb.getByLabel('SIP address').fill('sip:1001@127.0.0.1');
  await sb.getByLabel('Password', { exact: true }).fill('pw1001');
  await sb.getByLabel('Remember password').check();
  await sb.getByLabel('WebSocket server').fill(WS);
  await sb.getByRole('button', { name: 'Save' }).click();
  await sb.getByRole('status', { name: 'Registration' }).filter({ hasText: /^Registered$/ }).waitFor();
  const bl = await launch();
  await bl.goto(baselineUrl('1002'));

  // (a) page start -> Registered
  for (let i = 0; i < ITERATIONS; i++) {
    await sb.reload();
    results.register.sb.push(await mark(sb, 'registered'));
    await bl.reload();
    results.register.base.push(await mark(bl, 'registered'));
  }

  // (b) click Call -> established, both calling an auto-answering baseline UA (1003).
  const callee = await launch();
  await callee.goto(baselineUrl('1003', '&autoAnswer=1'));
  await mark(callee, 'registered');
  await sb.getByRole('button', { name: 'Call', exact: true }).isEnabled();
  for (let i = 0; i < ITERATIONS; i++) {
    await resetMarks(sb);
    await sb.evaluate(() => window.__watchFor('connected', '[aria-label="Active call"] .state', 'Connected'));
    await sb.getByLabel('Number').fill('1003');
    await sb.getByRole('button', { name: 'Call', exact: true }).click();
    results.call.sb.push(await between(sb, 'click', 'connected'));
    await sb.getByRole('button', { name: 'Hang up' }).click();
    await sb.getByRole('region', { name: 'Active call' }).waitFor({ state: 'detached' });

    await resetMarks(bl);
    await bl.evaluate(() => window.__watchFor('connected', '#call-state', 'Connected'));
    await bl.fill('#number', '1003');
    await bl.click('#call');
    results.call.base.push(await between(bl, 'click', 'connected'));
    await bl.click('#hangup');
    await bl.locator('#call-state', { hasText: 'Idle' }).waitFor();
    await callee.locator('#call-state', { hasText: 'Idle' }).waitFor();
  }

  // (c) click Answer -> first inbound audio packet, both answering a baseline caller (1004).
  const caller = await launch();
  await caller.goto(baselineUrl('1004'));
  await mark(caller, 'registered');
  const ring = async (target) => {
    await caller.fill('#number', target);
    await caller.click('#call');
  };
  for (let i = 0; i < ITERATIONS; i++) {
    await ring('1001');
    await sb.getByRole('region', { name: 'Incoming call' }).waitFor();
    await sb.waitForTimeout(RING_MS);
    await resetMarks(sb);
    await sb.evaluate(() => window.__watchFirstPacket());
    await sb.getByRole('button', { name: 'Answer' }).click();
    results.answer.sb.push(await between(sb, 'click', 'packet'));
    await caller.click('#hangup');
    await sb.getByRole('region', { name: 'Active call' }).waitFor({ state: 'detached' });
    await caller.locator('#call-state', { hasText: 'Idle' }).waitFor();

    await ring('1002');
    await bl.locator('#call-state', { hasText: 'Incoming' }).waitFor();
    await bl.waitForTimeout(RING_MS);
    await resetMarks(bl);
    await bl.evaluate(() => window.__watchFirstPacket());
    await bl.click('#answer');
    results.answer.base.push(await between(bl, 'click', 'packet'));
    await caller.click('#hangup');
    await bl.locator('#call-state', { hasText: 'Idle' }).waitFor();
    await caller.locator('#call-state', { hasText: 'Idle' }).waitFor();
  }

  const rows = [
    ['(a) page start -> Registered', results.register],
    ['(b) click Call -> established', results.call],
    [`(c) click Answer (${RING_MS / 1000} s into the ring) -> first audio packet`, results.answer],
  ].map(([label, r]) => ({ label, sb: summarise(r.sb), base: summarise(r.base) }));
  printTable(rows, ITERATIONS);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/softphone.json', JSON.stringify({ iterations: ITERATIONS, rows, raw: results }, null, 2));
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  server.close();
  await pbx.stop();
}
