// The phone: at most two lines over one SIP connection. Call-level rules live here (who gets held,
// when a third call is refused, how transfers hand over); per-call mechanics live in CallLine.
import { Inviter, SessionState, UserAgent, type Invitation, type InviterOptions } from 'sip.js';
import { MAX_LINES } from '../model';
import { CallLine } from './callLine';
import { SipConnection } from './connection';
import { CallAudioOutput, microphoneConstraints } from './media';
import { Ringer } from './ringer';
import type { EngineConfig, PhoneEvents } from './types';

export class PhoneEngine {
  private connection: SipConnection | null = null;
  private config: EngineConfig | null = null;
  private readonly lines = new Map<string, CallLine>();
  private readonly audio = new CallAudioOutput();
  private readonly ringer = new Ringer();
  private readonly noAnswerTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly events: PhoneEvents) {}

  async connect(config: EngineConfig): Promise<void> {
    await this.disconnect();
    this.config = config;
    await this.audio.setSpeaker(config.audio.speakerId);
    this.connection = new SipConnection(config, {
      status: (r) => this.events.registration(r),
      invite: (inv) => this.onInvite(inv),
      sipTrace: (entry) => this.events.sipTrace(entry),
    });
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
    await this.line(callId).setHeld(true);
  }

  async resume(callId: string): Promise<void> {
    await this.holdAllExcept(callId);
    await this.line(callId).setHeld(false);
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
    this.addLine(invitation, 'incoming');
    this.updateRinging();
  }

  private addLine(session: Inviter | Invitation, direction: 'incoming' | 'outgoing'): CallLine {
    const line = new CallLine(session, direction, this.audio, {
      changed: (l) => {
        if (l.call.state !== 'dialing' && l.call.state !== 'ringing') this.clearNoAnswerTimer(l.id);
        this.events.callChanged(l.call);
      },
      ended: (l, end) => {
        this.clearNoAnswerTimer(l.id);
        this.lines.delete(l.id);
        this.updateRinging();
        this.events.callEnded(l.call, end);
      },
      referred: (_old, makeInviter, peerNumber) => this.followReferral(makeInviter, peerNumber),
      media: (l, local, remote, peerConnection) => this.events.media(l.id, { local, remote, peerConnection }),
    });
    this.lines.set(line.id, line);
    this.events.callChanged(line.call);
    return line;
  }

  /** We are being transferred: call the new party; the transferor hangs up the old call. */
  private followReferral(makeInviter: (options: InviterOptions) => Inviter, peerNumber: string): void {
    const inviter = makeInviter({ sessionDescriptionHandlerOptions: { constraints: this.mic() } });
    const line = this.addLine(inviter, 'outgoing');
    line.update({ peerNumber, peerName: '' });
    void inviter.invite({ requestDelegate: line.inviteDelegate() }).catch(() => undefined);
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
