// Re-INVITEs on an established call: hold/resume, the target refresh after a reconnection, ICE restart.
// Whatever the answer, the call stays up: a refusal rolls back to what both sides agreed before.
import type { Session } from 'sip.js';
import type { SwitchboardSdh } from './sessionDescription';

export interface RenegotiateOptions {
  hold: boolean;
  /** New ICE credentials and candidates: the network changed, or media stopped arriving. */
  iceRestart?: boolean;
}

export type RenegotiateResult = { ok: true } | { ok: false; code?: number; reason: string };

/** Waits before each retry when another INVITE transaction is in progress (plus up to as much again at random). */
const RETRY_MS = [200, 700, 1500];

export async function renegotiate(session: Session, o: RenegotiateOptions): Promise<RenegotiateResult> {
  const options = { hold: o.hold, ...(o.iceRestart ? { offerOptions: { iceRestart: true } } : {}) } as object;
  // Another INVITE transaction on the dialog (the far end's re-INVITE, or the ACK of the call just
  // answered still on its way) makes this one wait and try again, as RFC 3261 14.1 asks after a 491.
  try {
    for (let attempt = 0; ; attempt++) {
      const result = await reinviteOnce(session, options);
      const retryIn = RETRY_MS[attempt];
      if (result.ok || !isRequestPending(result) || retryIn === undefined || session.state !== 'Established') return result;
      await new Promise((r) => setTimeout(r, retryIn + Math.random() * retryIn));
    }
  } finally {
    // invite() stored ours as the options for every later re-INVITE, ours and the far end's.
    session.sessionDescriptionHandlerOptionsReInvite = { hold: o.hold } as object;
  }
}

function reinviteOnce(session: Session, options: object): Promise<RenegotiateResult> {
  return new Promise<RenegotiateResult>((resolve) => {
    session
      .invite({
        requestDelegate: {
          onAccept: () => {
            const refused = (session.sessionDescriptionHandler as SwitchboardSdh | undefined)?.takeRefusedAnswer?.();
            resolve(refused ? { ok: false, reason: `unusable answer (${refused.message})` } : { ok: true });
          },
          onReject: (r) => resolve({ ok: false, code: r.message.statusCode, reason: `${r.message.statusCode} ${r.message.reasonPhrase}` }),
        },
        sessionDescriptionHandlerOptions: options,
      })
      .catch(async (e: unknown) => {
        const reason = e instanceof Error ? e.message : String(e);
        // sip.js made our offer before finding the dialog busy (the far end's re-INVITE in progress) and
        // left the connection in have-local-offer: without a rollback every later offer and answer on the
        // call fails (we would answer the far end's re-INVITEs with 500, and our hold could never be sent).
        // "Reinvite in progress" is refused before any offer is made, and then ours may still be pending.
        if (!/Reinvite in progress/.test(reason)) await (session.sessionDescriptionHandler as SwitchboardSdh | undefined)?.rollbackDescription?.().catch(() => undefined);
        resolve({ ok: false, reason });
      });
  });
}

/** A re-INVITE refused because another INVITE transaction is in progress: 491 from the far end, or
 *  sip.js declining to start one while the dialog is busy. */
export function isRequestPending(r: { code?: number; reason: string }): boolean {
  return r.code === 491 || /^491\b|Reinvite in progress|ongoing re-INVITE|Dialog not confirmed/.test(r.reason);
}

/** The far end could not be reached at all (its connection is being re-established too): worth trying again. */
export function isUnreachable(r: { code?: number }): boolean {
  return r.code === undefined || r.code === 408 || r.code === 477 || r.code === 480 || r.code === 500 || r.code === 503 || r.code === 504;
}
