// `npm run soak`: long runs that do not belong in `npm test`.
//  1. SOAK_CALLS (default 200) sequential calls between two Switchboard agents through a real Kamailio,
//     voice analysis on, each talked for a moment and hung up from alternating sides. Fails on any call
//     that does not connect or end cleanly, on a leaked RTCPeerConnection, AudioContext or Worker (live
//     objects counted by instrumentation in each page), and on JS heap growth above 10 % between call 20
//     and the last call (heap measured after a forced garbage collection); the largest growths by
//     constructor are printed, and SOAK_HEAP_SNAPSHOTS=<dir> keeps both heap snapshots for DevTools.
//  2. The reliability end-to-end tests with their full repetitions (PBX restarted 10 times, the
//     connection cut in 20 calls).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startPbx } from '../e2e/support/pbxCore.mjs';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';
import { serveStatic } from '../bench/lib.mjs';
import { censusGrowth, heapCensus } from './heapCensus.mjs';

const CALLS = Number(process.env.SOAK_CALLS ?? 200);
const FIRST_MEASURED = Math.min(20, CALLS);
// Half-way too: growth that stops (caches and buffers filling, JIT code) is told apart from growth that goes on.
const MIDWAY = Math.round((FIRST_MEASURED + CALLS) / 2);
const PORTS = { wsPort: 29080, wssPort: 29443, udpPort: 26060 };
const WS = `ws://127.0.0.1:${PORTS.wsPort}/ws`;

/** Runs in each page before its own scripts: counts the live objects that a call must not leave behind. */
function countLiveObjects() {
  const live = { RTCPeerConnection: 0, AudioContext: 0, Worker: 0 };
  window.__live = live;
  const track = (name, closer) => {
    const Native = window[name];
    window[name] = class extends Native {
      constructor(...args) {
        super(...args);
        live[name] += 1;
        let open = true;
        const close = this[closer].bind(this);
        this[closer] = (...a) => {
          if (open) live[name] -= 1;
          open = false;
          return close(...a);
        };
      }
    };
  };
  track('RTCPeerConnection', 'close');
  track('AudioContext', 'close');
  track('Worker', 'terminate');
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

async function soakCalls() {
  run('npx', ['vite', 'build', '--logLevel', 'error', '--config', 'vite.web.config.ts']);
  const pbx = await startPbx({ ...PORTS, quiet: true });
  const server = await serveStatic({ '/app/': resolve('out/web') });
  const base = `http://127.0.0.1:${server.address().port}/app/`;
  const browsers = [];
  const failures = [];
  try {
    const agent = async (user, voice) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...chromiumArgs(resolve(voice)), '--js-flags=--expose-gc'] });
      browsers.push(browser);
      const context = await browser.newContext({ permissions: ['microphone'] });
      await context.addInitScript(countLiveObjects);
      const page = await context.newPage();
      await page.goto(base);
      await page.getByLabel('Display name').fill(`Agent ${user}`);
      await page.getByLabel('SIP address').fill(`sip:${user}@127.0.0.1`);
      await page.getByLabel('Password', { exact: true }).fill(`pw${user}`);
      await page.getByLabel('WebSocket server').fill(WS);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status', { name: 'Registration' }).filter({ hasText: /^Registered$/ }).waitFor();
      return { user, page };
    };
    const a = await agent('1001', 'e2e/fixtures/audio/agent-a.wav');
    const b = await agent('1002', 'e2e/fixtures/audio/agent-b.wav');
    const activeCall = (x) => x.page.getByRole('region', { name: 'Active call' });
    const snapshot = async (x, label) => {
      await x.page.evaluate(() => window.gc?.());
      const heap = await x.page.evaluate(() => performance.memory.usedJSHeapSize);
      return { heap, live: await x.page.evaluate(() => ({ ...window.__live })), census: await heapCensus(x.page, process.env.SOAK_HEAP_SNAPSHOTS ? `${process.env.SOAK_HEAP_SNAPSHOTS}/${x.user}-${label}.heapsnapshot` : undefined) };
    };
    const marks = {};
    const started = Date.now();
    for (let i = 1; i <= CALLS; i++) {
      const [caller, callee] = i % 2 ? [a, b] : [b, a];
      try {
        await caller.page.getByLabel('Number').fill(callee.user);
        await caller.page.getByRole('button', { name: 'Call', exact: true }).click();
        await callee.page.getByRole('region', { name: 'Incoming call' }).getByRole('button', { name: 'Answer' }).click({ timeout: 20_000 });
        await activeCall(caller).filter({ hasText: 'Connected' }).waitFor({ timeout: 20_000 });
        // Voice analysis is on: the talk panel shows who is speaking once the media is up.
        await activeCall(callee).locator('[role="group"][aria-label="Talk metrics"][data-status="running"]').waitFor({ timeout: 20_000 });
        await callee.page.waitForTimeout(1500);
        const ender = i % 3 ? caller : callee;
        await activeCall(ender).getByRole('button', { name: 'Hang up' }).click();
        await Promise.all([a, b].map((x) => activeCall(x).waitFor({ state: 'detached', timeout: 20_000 })));
      } catch (e) {
        failures.push(`call ${i}: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
        for (const x of [a, b]) await x.page.reload().catch(() => undefined);
        await Promise.all([a, b].map((x) => x.page.getByRole('status', { name: 'Registration' }).filter({ hasText: /^Registered$/ }).waitFor()));
      }
      if (i === FIRST_MEASURED || i === MIDWAY || i === CALLS) {
        // Let ended calls' workers and contexts settle before counting.
        await a.page.waitForTimeout(2000);
        marks[i] = { a: await snapshot(a, `call${i}`), b: await snapshot(b, `call${i}`) };
      }
      if (i % 20 === 0) console.log(`soak: ${i}/${CALLS} calls, ${failures.length} failed, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    const first = marks[FIRST_MEASURED];
    const last = marks[CALLS];
    const rows = ['a', 'b'].map((k) => ({
      agent: k === 'a' ? '1001' : '1002',
      heapAt20: first[k].heap,
      heapAtEnd: last[k].heap,
      growth: last[k].heap / first[k].heap - 1,
      liveAt20: first[k].live,
      liveAtEnd: last[k].live,
    }));
    console.log(`\nSoak: ${CALLS} calls, ${failures.length} failed`);
    for (const r of rows) {
      console.log(
        `  agent ${r.agent}: heap after call ${FIRST_MEASURED} ${(r.heapAt20 / 2 ** 20).toFixed(1)} MiB, after call ${CALLS} ${(r.heapAtEnd / 2 ** 20).toFixed(1)} MiB (${(r.growth * 100).toFixed(1)} %); ` +
          `live objects ${JSON.stringify(r.liveAt20)} -> ${JSON.stringify(r.liveAtEnd)}`,
      );
    }
    for (const k of ['a', 'b']) console.log(`  agent ${k === 'a' ? '1001' : '1002'}, largest heap growths from call ${FIRST_MEASURED} to ${CALLS}:\n    ${censusGrowth(first[k].census, last[k].census).join('\n    ')}`);
    mkdirSync('out/soak', { recursive: true });
    writeFileSync('out/soak/calls.json', JSON.stringify({ calls: CALLS, failures, rows }, null, 2));
    const leaks = rows.flatMap((r) =>
      Object.keys(r.liveAtEnd).filter((k) => r.liveAtEnd[k] > r.liveAt20[k] || (k === 'RTCPeerConnection' && r.liveAtEnd[k] > 0)).map((k) => `agent ${r.agent}: ${k} ${r.liveAt20[k]} -> ${r.liveAtEnd[k]}`),
    );
    const grew = rows.filter((r) => r.growth > 0.1).map((r) => `agent ${r.agent}: heap +${(r.growth * 100).toFixed(1)} %`);
    const midway = marks[MIDWAY];
    if (midway) for (const k of ['a', 'b']) console.log(`  agent ${k === 'a' ? '1001' : '1002'}: heap after call ${MIDWAY} ${(midway[k].heap / 2 ** 20).toFixed(1)} MiB; growth from there to call ${CALLS}: ${((last[k].heap / midway[k].heap - 1) * 100).toFixed(1)} %`);
    return [...failures, ...leaks, ...grew];
  } finally {
    await Promise.all(browsers.map((x) => x.close()));
    server.close();
    await pbx.stop();
  }
}

// Both parts run, whatever the first found; the soak fails at the end if either did.
const problems = await soakCalls();
try {
  run('npx', ['playwright', 'test', 'e2e/reliability.spec.ts'], { RELIABILITY_RESTARTS: '10', RELIABILITY_CUTS: '20' });
} catch (e) {
  problems.push(e instanceof Error ? e.message : String(e));
}
if (problems.length) {
  console.error(`soak failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('soak passed');
