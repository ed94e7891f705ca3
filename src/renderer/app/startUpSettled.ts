// The moment start-up has settled: the phone will not register by itself (first run, password needed,
// settings unreadable), or registration has succeeded or failed — or maxWaitMs has passed.
import type { RegistrationStatus } from '../phone/phoneState';
import type { StartResult } from './startupWiring';

type Phone = { getState(): { registration: { status: RegistrationStatus } }; subscribe(listener: () => void): () => void };

export function startUpSettled(started: Promise<StartResult>, phone: Phone, maxWaitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => done(), maxWaitMs);
    const check = () => {
      const { status } = phone.getState().registration;
      // Not 'unconfigured': the phone passes through it while it (re)connects.
      if (status === 'registered' || status === 'failed' || status === 'reconnecting') done();
    };
    const unsubscribe = phone.subscribe(check);
    function done() {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    }
    void started.then((r) => (r === 'registering' ? check() : done()), done);
  });
}
