// Plain, serialisable phone state and the pure rules over it. sip.js objects never get here.

export type RegistrationStatus = 'unconfigured' | 'connecting' | 'registering' | 'registered' | 'failed' | 'reconnecting';

export interface Registration {
  status: RegistrationStatus;
  /** For 'failed': SIP status code when the PBX answered, e.g. 401. */
  code?: number;
  /** For 'failed'/'reconnecting': what went wrong, in words the agent can act on. */
  reason?: string;
  /** The WebSocket server in use (or being tried). */
  server?: string;
  /** Registered through a backup server, not the primary. */
  backup?: boolean;
  /** 'registered': when the binding runs out unless refreshed (it is refreshed well before). */
  expiresAt?: number;
  /** 'reconnecting'/'failed': when the next attempt starts on its own; absent = only "Retry now" retries. */
  retryAt?: number;
  /** The WebSocket is open: calls can be placed even while a REGISTER is still on its way. */
  transportUp?: boolean;
}

/** The Call button works when registered, and while a registration is merely pending over a live connection. */
export function canPlaceCalls(r: Registration): boolean {
  return r.status === 'registered' || (r.transportUp === true && (r.status === 'registering' || r.status === 'connecting'));
}

export type CallState = 'dialing' | 'ringing' | 'incoming' | 'connecting' | 'active' | 'held' | 'ending';

export interface Call {
  id: string;
  direction: 'incoming' | 'outgoing';
  peerUri: string;
  peerNumber: string;
  peerName: string;
  state: CallState;
  muted: boolean;
  createdAt: number;
  answeredAt: number | null;
  /** When the call's audio path (ICE and DTLS) came up: its panels and voice analysis start then. */
  mediaAt: number | null;
  /** Digits the far end sent us by SIP INFO (RFC 4733 tones are not visible to a browser). */
  dtmfReceived: string;
  /** Set on the consultation call of an attended transfer: the call being transferred. */
  consultFor: string | null;
  /** True while a blind or attended transfer is in flight. */
  transferring: boolean;
  /** The far end asks to transfer us (REFER): the agent accepts or declines. */
  transferOffer: { by: string; target: string } | null;
  /** Something wrong with the call that the agent should know, while it is being put right. */
  problem: 'no-audio' | null;
}

export type CallOutcome = 'answered' | 'missed' | 'declined' | 'failed' | 'cancelled' | 'busy';

export interface CallEnd {
  callId: string;
  peerNumber: string;
  peerName: string;
  outcome: CallOutcome;
  code?: number;
  reason?: string;
  /** Ended by a transfer we made or received. */
  transferred?: boolean;
}

/** A line is any call that is not over. At most two lines; a third incoming call gets 486. */
export const MAX_LINES = 2;

export function liveCalls(calls: readonly Call[]): Call[] {
  return calls.filter((c) => c.state !== 'incoming');
}

/** The call the agent is talking on: the one not held and not still ringing in. */
export function currentCall(calls: readonly Call[]): Call | null {
  return calls.find((c) => c.state !== 'incoming' && c.state !== 'held') ?? calls.find((c) => c.state === 'held') ?? null;
}

/** Held lines other than the current call (the call session's current call, by this file's rule). */
export function heldCalls(calls: readonly Call[], currentId: string | null = currentCall(calls)?.id ?? null): Call[] {
  return calls.filter((c) => c.state === 'held' && c.id !== currentId);
}

export function incomingCalls(calls: readonly Call[]): Call[] {
  return calls.filter((c) => c.state === 'incoming');
}

export function canTakeAnotherCall(calls: readonly Call[]): boolean {
  return calls.length < MAX_LINES;
}

export function upsertCall(calls: readonly Call[], call: Call): Call[] {
  const i = calls.findIndex((c) => c.id === call.id);
  if (i === -1) return [...calls, call];
  const next = calls.slice();
  next[i] = call;
  return next;
}

export function removeCall(calls: readonly Call[], id: string): Call[] {
  return calls.filter((c) => c.id !== id);
}

/** Outcome from the caller's or callee's point of view, for the history and the status line. */
export function outcomeFor(
  direction: Call['direction'],
  answered: boolean,
  ender: 'local' | 'remote',
  code?: number,
): CallOutcome {
  if (answered) return 'answered';
  if (direction === 'incoming') return ender === 'local' ? 'declined' : 'missed';
  if (ender === 'local') return 'cancelled';
  if (code === 486 || code === 600) return 'busy';
  if (code === 603) return 'declined';
  return 'failed';
}

/** m:ss or h:mm:ss. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Domain part of the account's own SIP address. */
export function domainOf(sipAddress: string): string {
  const at = sipAddress.lastIndexOf('@');
  return sipAddress.slice(at + 1).split(';')[0] ?? '';
}
