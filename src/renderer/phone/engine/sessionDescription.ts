// sip.js's WebRTC session description handler with what a contact-centre phone needs on top:
// - an unusable answer to a re-INVITE never ends the call: "actpass" is read as the role that keeps the
//   DTLS association, and anything else is rolled back to the previous description and reported;
// - an incoming call can be prepared while it rings (microphone, peer connection, answer, ICE
//   candidates), so Answer only has to send the 200 OK.
import { Web, type BodyAndContentType, type Session, type SessionDescriptionHandlerFactory } from 'sip.js';
import { currentDtlsRole, resolveActpassAnswer } from './dtlsSetup';
import { candidatesOf, withoutCandidates } from './offerCandidates';

type Options = Web.SessionDescriptionHandlerOptions;

export class SwitchboardSdh extends Web.SessionDescriptionHandler {
  private refused: Error | null = null;
  private prepared: { offer: string; applied: Promise<void>; answer: Promise<BodyAndContentType>; used: boolean } | null = null;

  /** The last remote answer could not be used (the offer was rolled back); reading it clears it. */
  takeRefusedAnswer(): Error | null {
    const r = this.refused;
    this.refused = null;
    return r;
  }

  /**
   * Does the answering work for an incoming offer now, while the call rings. Our microphone is acquired
   * but its track stays disabled until the call is answered, and the offer's ICE candidates are held back
   * until then (offerCandidates.ts says why). Resolves false when the offer cannot be answered (the same
   * error will end the call if the agent answers).
   */
  prepareAnswer(offer: string, options: Options): Promise<boolean> {
    const applied = super.setDescription(withoutCandidates(offer), options);
    const answer = applied.then(() => {
      this.enableSenderTracks(false);
      return super.getDescription(options);
    });
    this.prepared = { offer, applied, answer, used: false };
    return answer.then(() => true, () => false);
  }

  /** Prepared but never answered (declined, missed, answered elsewhere): nothing of it may stay open. */
  get unusedPreparation(): boolean {
    return this.prepared !== null && !this.prepared.used;
  }

  override setDescription(sdp: string, options?: Options, modifiers?: Parameters<Web.SessionDescriptionHandler['setDescription']>[2]): Promise<void> {
    const p = this.prepared;
    if (p && !p.used && sdp === p.offer) return p.applied;
    return super.setDescription(sdp, options, modifiers);
  }

  override getDescription(options?: Options, modifiers?: Parameters<Web.SessionDescriptionHandler['getDescription']>[1]): Promise<BodyAndContentType> {
    const p = this.prepared;
    if (p && !p.used) {
      p.used = true;
      return p.answer.then(async (answer) => {
        const pc = this.peerConnection;
        for (const candidate of candidatesOf(p.offer)) await pc?.addIceCandidate(candidate).catch(() => undefined);
        this.enableSenderTracks(true);
        return answer;
      });
    }
    return super.getDescription(options, modifiers);
  }

  /**
   * Back to the last agreed description after our re-INVITE was refused (491 glare, 488…). sip.js asks for
   * this, but its WebRTC handler does not implement it: the connection would stay in have-local-offer
   * and every later re-INVITE (hold, resume, refresh) would fail.
   */
  async rollbackDescription(): Promise<void> {
    const pc = this.peerConnection;
    if (pc?.signalingState === 'have-local-offer') await pc.setLocalDescription({ type: 'rollback' });
  }

  protected override async setRemoteSessionDescription(description: RTCSessionDescriptionInit): Promise<void> {
    const pc = this.peerConnection;
    if (!pc || pc.signalingState !== 'have-local-offer' || !description.sdp) return super.setRemoteSessionDescription(description);
    const renegotiating = pc.currentRemoteDescription !== null;
    const sdp = resolveActpassAnswer(description.sdp, currentDtlsRole(pc.currentLocalDescription, pc.currentRemoteDescription));
    try {
      await super.setRemoteSessionDescription({ ...description, sdp });
    } catch (e) {
      // The first answer of a call: nothing to go back to, so sip.js ends the attempt with 488.
      if (!renegotiating) throw e;
      // A re-INVITE's answer: keep the call on the description both sides agreed before.
      await this.rollbackDescription();
      this.refused = e instanceof Error ? e : new Error(String(e));
    }
  }
}

/** Makes the handler for a session: the one prepared while it rang, if any, else a new one. */
export function sessionDescriptionHandlers(): {
  factory: SessionDescriptionHandlerFactory;
  create(session: Session, options: Web.SessionDescriptionHandlerFactoryOptions | undefined): SwitchboardSdh;
  adopt(session: Session, sdh: SwitchboardSdh): void;
  forget(session: Session): void;
} {
  const prepared = new WeakMap<Session, SwitchboardSdh>();
  const mediaStreamFactory = Web.defaultMediaStreamFactory();
  const create = (session: Session, options: Web.SessionDescriptionHandlerFactoryOptions | undefined) =>
    new SwitchboardSdh(session.userAgent.getLogger('sip.SessionDescriptionHandler'), mediaStreamFactory, {
      iceGatheringTimeout: options?.iceGatheringTimeout ?? 5000,
      peerConnectionConfiguration: { ...Web.defaultPeerConnectionConfiguration(), ...options?.peerConnectionConfiguration },
    });
  return {
    factory: (session, options) => prepared.get(session) ?? create(session, options as Web.SessionDescriptionHandlerFactoryOptions | undefined),
    create,
    adopt: (session, sdh) => prepared.set(session, sdh),
    forget: (session) => prepared.delete(session),
  };
}
