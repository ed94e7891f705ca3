// One call: a sip.js session mirrored into a plain `Call`. Owns hold, mute, DTMF, the call's audio, and
// keeping the call alive across connection faults (dialog refresh, ICE restart).
import { Invitation, Inviter, SessionState, type Referral, type Session, type Web } from 'sip.js';
import { outcomeFor, type Call, type CallEnd } from '../phoneState';
import type { CallAudioOutput } from './media';
import { MediaWatchdog } from './mediaWatchdog';
import { isUnreachable, renegotiate, type RenegotiateResult } from './renegotiation';
import { SwitchboardSdh } from './sessionDescription';

export interface LineHooks {
  changed(line: CallLine): void;
  ended(line: CallLine, end: CallEnd): void;
  media(line: CallLine, local: MediaStream, remote: MediaStream, peerConnection: RTCPeerConnection): void;
  /** The far end asks us to call someone else (we would be the transferee). */
  referred(line: CallLine, referral: Referral): void;
}

/** How a line waits for SIP signalling: at once while connected, else until the connection is back. */
export interface Signalling {
  /** Resolves when requests can be sent; rejects after `timeoutMs` without a connection. */
  ready(timeoutMs: number): Promise<void>;
}

/** Longest wait for the connection before an in-call request gives up (or a hang-up ends the call locally). */
const SIGNALLING_WAIT_MS = 20_000;
/** A dialog refresh after a reconnection: the far end may be reconnecting too, so try for this long. */
const REFRESH_RETRY_MS = [1000, 2000, 4000, 8000];

let counter = 0;

export class CallLine {
  call: Call;
  private endedLocally = false;
  private rejectCode: number | undefined;
  private rejectReason: string | undefined;
  private failReason: string | undefined;
  private readonly watchdog = new MediaWatchdog();
  private refreshing: { iceRestart: boolean; done: Promise<RenegotiateResult> } | null = null;
  transferred = false;

  constructor(
    readonly session: Session,
    direction: Call['direction'],
    private readonly audio: CallAudioOutput,
    private readonly signalling: Signalling,
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
      transferOffer: null,
      problem: null,
    };
    session.stateChange.addListener((s) => this.onState(s));
    session.delegate = {
      onInfo: (info) => {
        const digit = /Signal\s*=\s*([0-9A-D*#])/i.exec(info.request.body ?? '')?.[1];
        void info.accept();
        if (digit) this.update({ dtmfReceived: this.call.dtmfReceived + digit });
      },
      onRefer: (referral) => this.hooks.referred(this, referral),
    };
  }

  get id(): string {
    return this.call.id;
  }

  get established(): boolean {
    return this.session.state === SessionState.Established;
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
    // Prepared while ringing but never answered: sip.js never saw this handler, so it is ours to close.
    const sdh = this.session.sessionDescriptionHandler ?? this.preparedSdh;
    if (sdh instanceof SwitchboardSdh && sdh.unusedPreparation) sdh.close();
    const answered = this.call.answeredAt !== null;
    const end: CallEnd = {
      callId: this.id,
      peerNumber: this.call.peerNumber,
      peerName: this.call.peerName,
      outcome: this.failReason ? 'failed' : outcomeFor(this.call.direction, answered, this.endedLocally ? 'local' : 'remote', this.rejectCode),
      code: this.rejectCode,
      reason: this.failReason ?? this.rejectReason,
      transferred: this.transferred || undefined,
    };
    this.hooks.ended(this, end);
  }

  /** Set by the engine when it prepared this incoming call's answer while it rang. */
  preparedSdh: SwitchboardSdh | null = null;

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
        // The far end must hear the BYE: without a connection, stop our audio now and send it once the
        // connection is back (or end the call here if it does not come back in time).
        this.sdh()?.enableSenderTracks(false);
        this.update({ state: 'ending' });
        await this.signalling.ready(SIGNALLING_WAIT_MS).catch(() => undefined);
        if (s.state === SessionState.Established) await s.bye();
        break;
      default:
        break;
    }
  }

  /** Ends the call because its media could not be restored; recorded as failed with the reason. */
  async fail(reason: string): Promise<void> {
    this.failReason = reason;
    await this.hangup();
  }

  async decline(): Promise<void> {
    if (!(this.session instanceof Invitation)) return;
    this.endedLocally = true;
    await this.session.reject({ statusCode: 603 });
  }

  /** Hold = re-INVITE sendonly/inactive, and our own tracks off while held. Throws HoldRefused if the far end says no. */
  async setHeld(hold: boolean): Promise<void> {
    if (!this.established || (this.call.state === 'held') === hold) return;
    await this.signalling.ready(SIGNALLING_WAIT_MS);
    const result = await renegotiate(this.session, { hold });
    if (!result.ok) throw new HoldRefused(hold, result.reason);
    const sdh = this.sdh();
    sdh?.enableReceiverTracks(!hold);
    sdh?.enableSenderTracks(!hold && !this.call.muted);
    this.update({ state: hold ? 'held' : 'active' });
  }

  /**
   * Re-INVITE over the current connection (the far end learns how to reach us again after a reconnection)
   * and, when asked, with an ICE restart (the network changed, or media stopped). Retries while the far
   * end cannot be reached; a far end that has forgotten the call (481) ends it.
   */
  async refresh(iceRestart: boolean): Promise<RenegotiateResult> {
    // One refresh at a time: a reconnection and a network change both ask for one, and two loops of
    // re-INVITEs kept the dialog so busy that the far end's own re-INVITE (its hold) never got through.
    // A refresh already running serves the caller, unless this one needs an ICE restart it does not do.
    for (let running = this.refreshing; running; running = this.refreshing) {
      if (running.iceRestart || !iceRestart) return running.done;
      await running.done;
    }
    const done = this.refreshNow(iceRestart);
    this.refreshing = { iceRestart, done };
    try {
      return await done;
    } finally {
      if (this.refreshing?.done === done) this.refreshing = null;
    }
  }

  private async refreshNow(iceRestart: boolean): Promise<RenegotiateResult> {
    let result: RenegotiateResult = { ok: false, reason: 'not established' };
    for (let attempt = 0; this.established; attempt++) {
      await this.signalling.ready(SIGNALLING_WAIT_MS).catch(() => undefined);
      if (!this.established) break;
      result = await renegotiate(this.session, { hold: this.call.state === 'held', iceRestart });
      if (result.ok) break;
      if (!result.ok && result.code === 481) {
        await this.fail('the other side no longer knows this call (481)');
        break;
      }
      const wait = REFRESH_RETRY_MS[attempt];
      if (wait === undefined || !isUnreachable(result)) break;
      await new Promise((r) => setTimeout(r, wait));
    }
    return result;
  }

  /**
   * One statistics interval of this call's received audio (from the call-quality monitor): no audio
   * while it is expected -> tell the agent and restart ICE, end the call if it cannot be restored.
   */
  observeMedia(m: { from: number; to: number; packets: number }): void {
    for (const action of this.watchdog.observe({ ...m, expected: this.expectingAudio() })) {
      if (action === 'problem') this.update({ problem: 'no-audio' });
      else if (action === 'recovered') this.update({ problem: null });
      else if (action === 'restart-ice') void this.refresh(true); // one at a time: a running ICE restart serves
      else void this.fail(`no audio from ${this.call.peerName || this.call.peerNumber} for 20 s, and it could not be restored`);
    }
  }

  /** Audio is expected from the far end: the call is up, we have not held it, and the far end is sending. */
  private expectingAudio(): boolean {
    if (!this.established || this.call.state !== 'active') return false;
    const audio = this.peerConnection?.getTransceivers().find((t) => t.receiver.track?.kind === 'audio');
    return audio?.currentDirection === 'sendrecv' || audio?.currentDirection === 'recvonly';
  }


  setMuted(muted: boolean): void {
    this.sdh()?.enableSenderTracks(!muted && this.call.state !== 'held');
    this.update({ muted });
  }

  async sendDtmf(digit: string, method: 'rfc4733' | 'info'): Promise<boolean> {
    if (!this.established) return false;
    if (method === 'rfc4733') return this.sdh()?.sendDtmf(digit, { duration: 120, interToneGap: 80 }) ?? false;
    await this.signalling.ready(SIGNALLING_WAIT_MS);
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

  /** The call's peer connection (for statistics and the media watchdog). */
  get peerConnection(): RTCPeerConnection | undefined {
    return this.sdh()?.peerConnection;
  }

  private sdh(): Web.SessionDescriptionHandler | undefined {
    return this.session.sessionDescriptionHandler as Web.SessionDescriptionHandler | undefined;
  }
}

/** The far end refused (or could not use) a hold or resume; the call goes on as it was. */
export class HoldRefused extends Error {
  constructor(
    readonly hold: boolean,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'HoldRefused';
  }
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
