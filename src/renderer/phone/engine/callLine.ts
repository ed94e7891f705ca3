// One call: a sip.js session mirrored into a plain `Call`. Owns hold, mute, DTMF and the call's audio.
import { Invitation, Inviter, SessionState, type InviterOptions, type Session, type Web } from 'sip.js';
import { outcomeFor, type Call, type CallEnd } from '../model';
import type { CallAudioOutput } from './media';

export interface LineHooks {
  changed(line: CallLine): void;
  ended(line: CallLine, end: CallEnd): void;
  media(line: CallLine, local: MediaStream, remote: MediaStream, peerConnection: RTCPeerConnection): void;
  /** The far end asked us to call someone else (we are the transferee). */
  referred(line: CallLine, makeInviter: (options: InviterOptions) => Inviter, peerNumber: string): void;
}

let counter = 0;

export class CallLine {
  call: Call;
  private endedLocally = false;
  private rejectCode: number | undefined;
  private rejectReason: string | undefined;
  transferred = false;

  constructor(
    readonly session: Session,
    direction: Call['direction'],
    private readonly audio: CallAudioOutput,
    private readonly hooks: LineHooks,
  ) {
    const identity = session.remoteIdentity;
    this.call = {
      id: `call-${Date.now().toString(36)}-${(counter++).toString(36)}`,
      direction,
      peerUri: identity.uri.toString(),
      peerNumber: identity.uri.user ?? identity.uri.toString(),
      peerName: identity.displayName || '',
      state: direction === 'incoming' ? 'incoming' : 'dialing',
      muted: false,
      createdAt: Date.now(),
      answeredAt: null,
      mediaAt: null,
      dtmfReceived: '',
      consultFor: null,
      transferring: false,
    };
    session.stateChange.addListener((s) => this.onState(s));
    session.delegate = {
      onInfo: (info) => {
        const digit = /Signal\s*=\s*([0-9A-D*#])/i.exec(info.request.body ?? '')?.[1];
        void info.accept();
        if (digit) this.update({ dtmfReceived: this.call.dtmfReceived + digit });
      },
      onRefer: (referral) => {
        void referral.accept().then(() => {
          this.transferred = true;
          this.hooks.referred(this, (options) => referral.makeInviter(options), referTarget(referral.referTo.uri, referral.referTo.displayName));
        });
      },
    };
  }

  get id(): string {
    return this.call.id;
  }

  update(patch: Partial<Call>): void {
    this.call = { ...this.call, ...patch };
    this.hooks.changed(this);
  }

  /** Outgoing: record progress and rejection from the INVITE's responses. */
  inviteDelegate() {
    return {
      onProgress: (r: { message: { statusCode?: number } }) => {
        if (r.message.statusCode === 180 || r.message.statusCode === 183) this.update({ state: 'ringing' });
      },
      onReject: (r: { message: { statusCode?: number; reasonPhrase?: string } }) => {
        this.rejectCode = r.message.statusCode;
        this.rejectReason = r.message.reasonPhrase;
      },
    };
  }

  private onState(state: SessionState): void {
    if (state === SessionState.Establishing && this.call.direction === 'incoming') this.update({ state: 'connecting' });
    if (state === SessionState.Established) {
      const sdh = this.sdh();
      if (sdh) this.audio.attach(this.id, sdh.remoteMediaStream);
      this.update({ state: 'active', answeredAt: Date.now() });
      // Listeners (voice analysis) start once ICE and DTLS are done: starting their workers at the same
      // moment would compete with the handshake for the CPU and delay the call's first audio.
      const pc = sdh?.peerConnection;
      if (sdh && pc) {
        whenConnected(pc, () => {
          if (this.call.mediaAt === null) this.update({ mediaAt: Date.now() });
          this.hooks.media(this, sdh.localMediaStream, sdh.remoteMediaStream, pc);
        });
      }
    }
    // sip.js moves to Terminated before it hands the final response to our onReject: finish afterwards.
    if (state === SessionState.Terminated) queueMicrotask(() => this.finish());
  }

  private finish(): void {
    this.audio.detach(this.id);
    const answered = this.call.answeredAt !== null;
    const end: CallEnd = {
      callId: this.id,
      peerNumber: this.call.peerNumber,
      peerName: this.call.peerName,
      outcome: outcomeFor(this.call.direction, answered, this.endedLocally ? 'local' : 'remote', this.rejectCode),
      code: this.rejectCode,
      reason: this.rejectReason,
      transferred: this.transferred || undefined,
    };
    this.hooks.ended(this, end);
  }

  async answer(constraints: MediaStreamConstraints): Promise<void> {
    if (!(this.session instanceof Invitation)) return;
    this.update({ state: 'connecting' });
    await this.session.accept({ sessionDescriptionHandlerOptions: { constraints } });
  }

  async hangup(): Promise<void> {
    this.endedLocally = true;
    const s = this.session;
    switch (s.state) {
      case SessionState.Initial:
      case SessionState.Establishing:
        if (s instanceof Inviter) await s.cancel();
        else if (s instanceof Invitation) await s.reject({ statusCode: 603 });
        break;
      case SessionState.Established:
        await s.bye();
        break;
      default:
        break;
    }
  }

  async decline(): Promise<void> {
    if (!(this.session instanceof Invitation)) return;
    this.endedLocally = true;
    await this.session.reject({ statusCode: 603 });
  }

  /** Hold = re-INVITE sendonly/inactive, and our own tracks off while held. */
  async setHeld(hold: boolean): Promise<void> {
    if (this.session.state !== SessionState.Established) return;
    if ((this.call.state === 'held') === hold) return;
    const sdh = this.sdh();
    this.session.sessionDescriptionHandlerOptionsReInvite = { hold } as object;
    // Another INVITE transaction on the dialog (the far end's re-INVITE, or the ACK of the call just
    // answered still on its way) makes this one wait and try again, as RFC 3261 14.1 asks after a 491.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.reinvite(hold);
        break;
      } catch (e) {
        const retryIn = REINVITE_RETRY_MS[attempt];
        if (retryIn === undefined || !isRequestPending(e) || this.session.state !== SessionState.Established) throw e;
        await new Promise((r) => setTimeout(r, retryIn + Math.random() * retryIn));
      }
    }
    sdh?.enableReceiverTracks(!hold);
    sdh?.enableSenderTracks(!hold && !this.call.muted);
    this.update({ state: hold ? 'held' : 'active' });
  }

  private reinvite(hold: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      void this.session
        .invite({
          requestDelegate: {
            onAccept: () => resolve(),
            onReject: (r) => reject(new Error(`${r.message.statusCode} ${r.message.reasonPhrase}`)),
          },
          sessionDescriptionHandlerOptions: { hold } as object,
        })
        .catch(reject);
    });
  }

  setMuted(muted: boolean): void {
    this.sdh()?.enableSenderTracks(!muted && this.call.state !== 'held');
    this.update({ muted });
  }

  async sendDtmf(digit: string, method: 'rfc4733' | 'info'): Promise<boolean> {
    if (this.session.state !== SessionState.Established) return false;
    if (method === 'rfc4733') return this.sdh()?.sendDtmf(digit, { duration: 120, interToneGap: 80 }) ?? false;
    await this.session.info({
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${digit}\r\nDuration=120` } },
    });
    return true;
  }

  /** Replaces the microphone mid-call (the agent picked another device). */
  async replaceMicrophone(constraints: MediaStreamConstraints): Promise<void> {
    const pc = this.sdh()?.peerConnection;
    if (!pc) return;
    const stream = await navigator.mediaDevices.getUserMedia(constraints);
    const track = stream.getAudioTracks()[0];
    if (!track) return;
    track.enabled = !this.call.muted && this.call.state !== 'held';
    for (const sender of pc.getSenders()) {
      if (sender.track?.kind === 'audio') {
        const old = sender.track;
        await sender.replaceTrack(track);
        old.stop();
      }
    }
  }

  private sdh(): Web.SessionDescriptionHandler | undefined {
    return this.session.sessionDescriptionHandler as Web.SessionDescriptionHandler | undefined;
  }
}

/** Waits before each retry of a hold/resume re-INVITE (plus up to as much again at random). */
const REINVITE_RETRY_MS = [200, 700, 1500];

/** A re-INVITE refused because another INVITE transaction is in progress: 491 from the far end, or
 *  sip.js declining to start one while the dialog is busy. */
export function isRequestPending(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /^491\b|Reinvite in progress|ongoing re-INVITE|Dialog not confirmed/.test(message);
}

/** Runs `then` once the peer connection is connected (at once if it already is); never if it fails or closes first. */
export function whenConnected(pc: RTCPeerConnection | undefined, then: () => void): void {
  if (!pc) return;
  if (pc.connectionState === 'connected') return then();
  const check = () => {
    if (pc.connectionState === 'connected') then();
    if (pc.connectionState === 'connected' || pc.connectionState === 'failed' || pc.connectionState === 'closed') {
      pc.removeEventListener('connectionstatechange', check);
    }
  };
  pc.addEventListener('connectionstatechange', check);
}

/**
 * Who a REFER sends us to, for display. An attended transfer from sip.js refers to the consulted
 * party's WebSocket contact (a random user at *.invalid) and names the address of record in the
 * display name ("1003@pbx"): prefer that.
 */
export function referTarget(uri: { user?: string; host: string }, displayName: string): string {
  const fromDisplay = /^([^@\s]+)@/.exec(displayName)?.[1];
  if (uri.host.endsWith('.invalid') && fromDisplay) return fromDisplay;
  return uri.user ?? displayName;
}
