import { RequestPendingError } from 'sip.js';
import { expect, it } from 'vitest';
import { isRequestPending, isUnreachable } from './renegotiation';

// How a failed re-INVITE reaches the retry rule: a final response (code and phrase), or sip.js's refusal
// to start one (its error message).
const thrown = (e: Error) => ({ reason: e.message });

it('a hold/resume re-INVITE is retried only when another INVITE transaction is in progress', () => {
  expect(isRequestPending({ code: 491, reason: '491 Request Pending' })).toBe(true);
  expect(isRequestPending(thrown(new RequestPendingError('Reinvite in progress. Please wait until complete, then try again.')))).toBe(true);
  expect(isRequestPending(thrown(new Error('There is an ongoing re-INVITE server transaction.')))).toBe(true);
  expect(isRequestPending({ code: 488, reason: '488 Not Acceptable Here' })).toBe(false);
  expect(isRequestPending(thrown(new Error('4910 odd')))).toBe(false);
  expect(isRequestPending(thrown(new Error('Invalid session state Terminated')))).toBe(false);
});

it('a dialog refresh is retried while the far end cannot be reached, not when it refuses', () => {
  expect([undefined, 408, 477, 480, 503].every((code) => isUnreachable({ code }))).toBe(true);
  expect([403, 481, 488, 606].some((code) => isUnreachable({ code }))).toBe(false);
});
