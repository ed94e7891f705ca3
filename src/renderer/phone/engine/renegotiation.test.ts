import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'sip.js';
import { renegotiate } from './renegotiation';

/** A session whose re-INVITEs fail with `errors` in turn, then are accepted (fake: only what renegotiate touches). */
function session(errors: string[]) {
  const rollbackDescription = vi.fn(async () => undefined);
  const invite = vi.fn(async (o: { requestDelegate: { onAccept(): void } }) => {
    const error = errors.shift();
    if (error) throw new Error(error);
    o.requestDelegate.onAccept();
  });
  const s = { state: 'Established', invite, sessionDescriptionHandler: { rollbackDescription }, sessionDescriptionHandlerOptionsReInvite: {} };
  return { s: s as unknown as Session, invite, rollbackDescription };
}

describe('renegotiate', () => {
  it('rolls back the offer sip.js made before finding the far end’s re-INVITE in progress, then tries again', async () => {
    const { s, invite, rollbackDescription } = session(['There is an ongoing re-INVITE server transaction.']);
    await expect(renegotiate(s, { hold: true })).resolves.toEqual({ ok: true });
    expect(rollbackDescription).toHaveBeenCalledTimes(1);
    expect(invite).toHaveBeenCalledTimes(2);
  });

  it('leaves a pending offer of ours alone when sip.js refuses before making one', async () => {
    const { s, rollbackDescription } = session(['Reinvite in progress.']);
    await expect(renegotiate(s, { hold: false })).resolves.toEqual({ ok: true });
    expect(rollbackDescription).not.toHaveBeenCalled();
  });
});
