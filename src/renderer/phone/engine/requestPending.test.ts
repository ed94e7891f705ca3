import { RequestPendingError } from 'sip.js';
import { expect, it } from 'vitest';
import { isRequestPending } from './callLine';

it('a hold/resume re-INVITE is retried only when another INVITE transaction is in progress', () => {
  expect(isRequestPending(new Error('491 Request Pending'))).toBe(true);
  expect(isRequestPending(new RequestPendingError('Reinvite in progress. Please wait until complete, then try again.'))).toBe(true);
  expect(isRequestPending(new Error('There is an ongoing re-INVITE server transaction.'))).toBe(true);
  expect(isRequestPending(new Error('488 Not Acceptable Here'))).toBe(false);
  expect(isRequestPending(new Error('4910 odd'))).toBe(false);
  expect(isRequestPending(new Error('Invalid session state Terminated'))).toBe(false);
});
