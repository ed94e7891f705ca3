// The phone: at most two lines over one SIP connection. Call-level rules live here (who gets held,
// when a third call is refused, how transfers hand over); per-call mechanics live in CallLine.
import { Inviter, SessionState, UserAgent, type Invitation, type Referral, type Session } from 'sip.js';
import { MAX_LINES } from '../phoneState';
import { CallLine, HoldRefused, referTarget } from './callLine';
import { SipConnection } from './connection';
import { CallAudioOutput, microphoneConstraints } from './media';
import { Ringer } from './ringer';
import { sessionDescriptionHandlers } from './sessionDescription';
import type { EngineConfig, PhoneEvents } from './types';

/** How long a transfer request (REFER) waits for the agent before it is declined (603). */
const TRANSFER_OFFER_MS = 20_000;

export class PhoneEngine {
  private connection: SipConnection | null = null;
  private config: EngineConfig | null = null;
  private readonly lines = new Map<string, CallLine>();
  private readonly audio = new CallAudioOutput();
  private readonly ringer = new Ringer();
  private readonly noAnswerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly sdhs = sessionDescriptionHandlers();
  private readonly referrals = new Map<string, { referral: Referral; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly events: PhoneEvents) {}

  async connect(config: EngineConfig): Promise<void> {
    await this.disconnect();
    this.config = config;
    await this.audio.setSpeaker(config.audio.speakerId);
    this.connection = new SipConnection(
      config,
      {
        status: (r) => this.events.registration(r),
        invite: (inv) => this.onInvite(inv),
        sipTrace: (entry) => this.events.sipTrace(entry),
        recovered: () => this.refreshCalls(false),
      },
      this.sdhs.factory,
    );
    await this.connection.start();
  }

  async disconnect(): Promise<void> {
    const conn = this.connection;
    this.connection = null;
    this.ringer.stop();
    await Promise.all([...this.lines.values()].map((l) => l.hangup().catch(() => undefined)));
    if (conn) await conn.stop();
    this.events.registration({ status: 'unconfigured' });
  }

  /** New audio device choices apply to calls in progress too. */
  async applyAudio(audio: EngineConfig['audio']): Promise<void> {
    if (!this.config) return;
    const micChanged = audio.microphoneId !== this.config.audio.microphoneId;
    this.config = { ...this.config, audio };
    await this.audio.setSpeaker(audio.speakerId);
    if (micChanged) await Promise.all([...this.lines.values()].map((l) => l.replaceMicrophone(this.mic())));
  }

  applyPhoneSettings(phone: EngineConfig['phone']): void {
    if (this.config) this.config = { ...this.config, phone };
  }

  /** The agent pressed "Retry now": reconnect or re-register at once. */
  async retryNow(): Promise<void> {
    await this.connection?.checkNow();
  }

  /** A cheap check that the connection is alive (the window came to the front): reconnects if it is not. */
  async checkConnection(): Promise<void> {
    await this.connection?.checkNow(false);
  }

  /**
   * The network changed or the machine woke up: check the connection at once (re-register, reconnect if
   * it died) and then restart ICE on live calls, whose media path may have changed under them. Not both
   * at once: a re-INVITE sent on a connection that died silently waits 32 s for an answer that cannot
   * come, and meanwhile the far end's requests (its hold, its hang-up) go to the dead connection too.
   */
  async networkChanged(): Promise<void> {
    await this.connection?.checkNow();
    await this.refreshCalls(true);
  }

  /** Re-INVITEs every established call (after a reconnection: so the far end can reach us; ICE restart when asked). */
  private async refreshCalls(iceRestart: boolean): Promise<void> {
    const live = [...this.lines.values()].filter((l) => l.established);
    await Promise.all(live.map((l) => l.refresh(iceRestart)));
  }

  /** One statistics interval of a call's received audio, for its media watchdog (a call already ended is ignored). */
  observeMedia(callId: string, m: { from: number; to: number; packets: number }): void {
    this.lines.get(callId)?.observeMedia(m);
  }

  /** Places a call to an already validated SIP target; the current call goes on hold first. */
  async call(target: string, options: { consultFor?: string } = {}): Promise<string> {
    const ua = this.requireUa();
    if (this.lines.size >= MAX_LINES) throw new PhoneActionError('lines-busy');
    const uri = UserAgent.makeURI(target);
    if (!uri) throw new PhoneActionError('invalid-target');
    await this.holdAllExcept(null);
    const inviter = new Inviter(ua, uri, { sessionDescriptionHandlerOptions: { constraints: this.mic() } });
    const line = this.addLine(inviter, 'outgoing');
    if (options.consultFor) line.update({ consultFor: options.consultFor });
    this.startNoAnswerTimer(line);
    await inviter.invite({ requestDelegate: line.inviteDelegate() }).catch((e: unknown) => {
      this.events.notice('phone.notice.callFailed', { reason: e instanceof Error ? e.message : String(e) });
    });
    return line.id;
  }

  async answer(callId: string): Promise<void> {
    const line = this.line(callId);
    this.ringer.stop();
    await this.holdAllExcept(callId);
    await line.answer(this.mic());
    this.updateRinging();
  }

  async decline(callId: string): Promise<void> {
    await this.line(callId).decline();
  }

  async hangup(callId: string): Promise<void> {
    await this.line(callId).hangup();
  }

  async hold(callId: string): Promise<void> {
    await this.setHeld(callId, true);
  }

  async resume(callId: string): Promise<void> {
    await this.holdAllExcept(callId);
    await this.setHeld(callId, false);
  }

  private async setHeld(callId: string, hold: boolean): Promise<void> {
    try {
      await this.line(callId).setHeld(hold);
    } catch (e) {
      if (!(e instanceof HoldRefused)) throw e;
      // The call goes on as it was: say so rather than "something went wrong".
      this.events.notice(hold ? 'phone.notice.holdRefused' : 'phone.notice.resumeRefused', { reason: e.reason });
    }
  }

  /** Puts the current call on hold and brings back the other line. */
  async swap(): Promise<void> {
    const established = [...this.lines.values()].filter((l) => l.session.state === SessionState.Established);
    const back = established.find((l) => l.call.state === 'held');
    if (back) await this.resume(back.id);
  }

  setMuted(callId: string, muted: boolean): void {
    this.line(callId).setMuted(muted);
  }

  async sendDtmf(callId: string, digit: string): Promise<void> {
    if (!/^[0-9A-D*#]$/.test(digit)) throw new PhoneActionError('invalid-dtmf');
    await this.line(callId).sendDtmf(digit, this.config?.phone.dtmfMethod ?? 'rfc4733');
  }

  /** Blind transfer: REFER the far end to `target`, and leave the call once the PBX accepts it. */
  async transfer(callId: string, target: string): Promise<void> {
    const line = this.line(callId);
    const uri = UserAgent.makeURI(target);
    if (!uri) throw new PhoneActionError('invalid-target');
    line.update({ transferring: true });
    await line.session.refer(uri, {
      requestDelegate: {
        onAccept: () => {
          line.transferred = true;
          void line.hangup();
        },
        onReject: (r) => {
          line.update({ transferring: false });
          this.events.notice('phone.notice.transferRefused', { code: r.message.statusCode ?? 0, reason: r.message.reasonPhrase ?? '' });
        },
      },
    });
  }

  /** Attended transfer, step 1: hold the call and ring the target on the second line. */
  async startConsultation(callId: string, target: string): Promise<string> {
    this.line(callId);
    return this.call(target, { consultFor: callId });
  }

  /** Attended transfer, step 2: join the held caller to the consulted party (REFER with Replaces). */
  async completeTransfer(consultId: string): Promise<void> {
    const consult = this.line(consultId);
    const original = this.line(consult.call.consultFor ?? '');
    original.update({ transferring: true });
    consult.update({ transferring: true });
    await original.session.refer(consult.session, {
      onNotify: (notification) => {
        void notification.accept();
        const code = Number(/^SIP\/2\.0\s+(\d{3})/.exec(notification.request.body ?? '')?.[1] ?? 0);
        if (code >= 200 && code < 300) {
          original.transferred = consult.transferred = true;
          void original.hangup();
        } else if (code >= 300) {
          original.update({ transferring: false });
          consult.update({ transferring: false });
          this.events.notice('phone.notice.transferFailed', { code });
        }
      },
      requestDelegate: {
        onReject: (r) => {
          original.update({ transferring: false });
          consult.update({ transferring: false });
          this.events.notice('phone.notice.transferRefused', { code: r.message.statusCode ?? 0, reason: r.message.reasonPhrase ?? '' });
        },
      },
    });
  }

  /** Attended transfer abandoned: drop the consultation and go back to the caller. */
  async cancelTransfer(consultId: string): Promise<void> {
    const consult = this.line(consultId);
    const originalId = consult.call.consultFor;
    await consult.hangup();
    if (originalId && this.lines.has(originalId)) await this.resume(originalId);
  }

  /** The agent accepts the far end's request to transfer this call: we call the target. */
  async acceptTransfer(callId: string): Promise<void> {
    const offer = this.takeReferral(callId);
    if (offer) await this.followReferral(this.line(callId), offer);
  }

  /** The agent declines it: 603, and the call goes on. */
  async declineTransfer(callId: string): Promise<void> {
    await this.takeReferral(callId)?.reject({ statusCode: 603 });
  }

  private onReferral(line: CallLine, referral: Referral): void {
    const to = referral.referTo.uri;
    // Policy may trust transfers to the PBX's own domain; anything else waits for the agent, because a
    // followed REFER makes this phone dial with the microphone live.
    const domain = UserAgent.makeURI(this.config?.account.sipAddress ?? '')?.host;
    if (this.config?.phone.autoAcceptTransfers && domain && to.host === domain) {
      void this.followReferral(line, referral);
      return;
    }
    this.takeReferral(line.id)?.reject({ statusCode: 603 }).catch(() => undefined);
    const timer = setTimeout(() => void this.declineTransfer(line.id).catch(() => undefined), TRANSFER_OFFER_MS);
    this.referrals.set(line.id, { referral, timer });
    line.update({ transferOffer: { by: line.call.peerName || line.call.peerNumber, target: referTarget(to, referral.referTo.displayName) } });
  }

  private takeReferral(callId: string): Referral | undefined {
    const pending = this.referrals.get(callId);
    if (!pending) return undefined;
    clearTimeout(pending.timer);
    this.referrals.delete(callId);
    this.lines.get(callId)?.update({ transferOffer: null });
    return pending.referral;
  }

  /** We are being transferred: call the new party; the transferor hangs up the old call. */
  private async followReferral(line: CallLine, referral: Referral): Promise<void> {
    await referral.accept();
    line.transferred = true;
    const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: { constraints: this.mic() } });
    const next = this.addLine(inviter, 'outgoing');
    next.update({ peerNumber: referTarget(referral.referTo.uri, referral.referTo.displayName), peerName: '' });
    void inviter.invite({ requestDelegate: next.inviteDelegate() }).catch(() => undefined);
  }

  private onInvite(invitation: Invitation): void {
    const replaced = [...this.lines.values()].find((l) => l.session === invitation.replacee);
    if (replaced) {
      // Attended transfer made by the other party: the new caller takes over that call silently.
      replaced.transferred = true;
      const line = this.addLine(invitation, 'incoming');
      void line.answer(this.mic());
      return;
    }
    if (this.lines.size >= MAX_LINES) {
      void invitation.reject({ statusCode: 486 });
      return;
    }
    const line = this.addLine(invitation, 'incoming');
    this.prepareAnswer(invitation, line);
    this.updateRinging();
  }

  /**
   * While the call rings: microphone, peer connection, answer and ICE candidates, so that Answer only
   * sends the 200 OK and the caller's first words are not clipped. Released if the call is not answered.
   */
  private prepareAnswer(invitation: Invitation, line: CallLine): void {
    const offer = invitation.body;
    if (!offer || !this.connection) return; // a late offer (INVITE without SDP) is answered the usual way
    const sdh = this.sdhs.create(invitation, this.connection.sdhOptions);
    this.sdhs.adopt(invitation, sdh);
    line.preparedSdh = sdh;
    void sdh.prepareAnswer(offer, { constraints: this.mic() }).then((ok) => {
      if (ok || invitation.sessionDescriptionHandler) return;
      // Not answered yet: let sip.js make a fresh handler when the agent answers (and report then).
      this.sdhs.forget(invitation);
      line.preparedSdh = null;
      sdh.close();
    });
  }

  private addLine(session: Session, direction: 'incoming' | 'outgoing'): CallLine {
    const line = new CallLine(session, direction, this.audio, { ready: (ms) => this.connection?.ready(ms) ?? Promise.reject(new PhoneActionError('not-registered')) }, {
      changed: (l) => {
        if (l.call.state !== 'dialing' && l.call.state !== 'ringing') this.clearNoAnswerTimer(l.id);
        this.events.callChanged(l.call);
      },
      ended: (l, end) => {
        this.clearNoAnswerTimer(l.id);
        this.takeReferral(l.id)?.reject({ statusCode: 603 }).catch(() => undefined);
        this.lines.delete(l.id);
        this.updateRinging();
        this.events.callEnded(l.call, end);
      },
      referred: (l, referral) => this.onReferral(l, referral),
      media: (l, local, remote, peerConnection) => this.events.media(l.id, { local, remote, peerConnection }),
    });
    this.lines.set(line.id, line);
    this.events.callChanged(line.call);
    return line;
  }

  private async holdAllExcept(callId: string | null): Promise<void> {
    const others = [...this.lines.values()].filter((l) => l.id !== callId && l.call.state === 'active');
    await Promise.all(others.map((l) => l.setHeld(true)));
  }

  private updateRinging(): void {
    const ringing = [...this.lines.values()].some((l) => l.call.state === 'incoming');
    if (!ringing) return this.ringer.stop();
    const audio = this.config?.audio;
    if (audio) this.ringer.start(audio.ringerId, audio.ringOnHeadsetToo ? audio.speakerId : null);
  }

  private startNoAnswerTimer(line: CallLine): void {
    const seconds = this.config?.phone.noAnswerTimeoutSec ?? 60;
    this.noAnswerTimers.set(line.id, setTimeout(() => void line.hangup(), seconds * 1000));
  }

  private clearNoAnswerTimer(id: string): void {
    clearTimeout(this.noAnswerTimers.get(id));
    this.noAnswerTimers.delete(id);
  }

  private mic(): MediaStreamConstraints {
    return microphoneConstraints(this.config?.audio.microphoneId ?? '');
  }

  private requireUa(): UserAgent {
    if (!this.connection) throw new PhoneActionError('not-registered');
    return this.connection.ua;
  }

  private line(callId: string): CallLine {
    const line = this.lines.get(callId);
    if (!line) throw new PhoneActionError('no-such-call');
    return line;
  }
}

export class PhoneActionError extends Error {
  constructor(readonly code: 'lines-busy' | 'invalid-target' | 'not-registered' | 'no-such-call' | 'invalid-dtmf') {
    super(code);
    this.name = 'PhoneActionError';
  }
}
