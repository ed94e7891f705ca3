import { createStore } from 'zustand/vanilla';
import { afterEach, expect, it, vi } from 'vitest';
import type { RegistrationStatus } from '../phone/phoneState';
import { startUpSettled } from './startUpSettled';
import type { StartResult } from './startupWiring';

const phone = (status: RegistrationStatus) => createStore(() => ({ registration: { status } }));
const settledYet = async (p: Promise<void>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 0))]);
afterEach(() => vi.useRealTimers());

it('waits while the phone registers, and settles when registration succeeds or fails', async () => {
  for (const outcome of ['registered', 'failed'] as const) {
    const store = phone('unconfigured');
    const settled = startUpSettled(new Promise<StartResult>(() => undefined), store, 60_000);
    for (const status of ['unconfigured', 'connecting', 'unconfigured', 'registering'] as const) store.setState({ registration: { status } });
    expect(await settledYet(settled)).toBe(false);
    store.setState({ registration: { status: outcome } });
    expect(await settledYet(settled)).toBe(true);
  }
});

it('settles at once when start-up will not register by itself (first run, password needed)', async () => {
  for (const result of ['not-configured', 'needs-password', 'load-failed'] as const) {
    expect(await settledYet(startUpSettled(Promise.resolve(result), phone('unconfigured'), 60_000))).toBe(true);
  }
});

it('settles when registration finished before start-up reported, and after the longest wait otherwise', async () => {
  expect(await settledYet(startUpSettled(Promise.resolve<StartResult>('registering'), phone('registered'), 60_000))).toBe(true);
  vi.useFakeTimers();
  const settled = startUpSettled(Promise.resolve<StartResult>('registering'), phone('registering'), 3000);
  let done = false;
  void settled.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(2999);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(done).toBe(true);
});
