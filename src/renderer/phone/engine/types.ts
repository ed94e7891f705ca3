import type { Account, AudioSettings, PhoneSettings } from '../../../shared/settings/schema';
import type { Call, CallEnd, Registration } from '../phoneState';

export interface EngineConfig {
  account: Account;
  /**
   * May still be on its way (read from the vault at start-up): the WebSocket opens meanwhile and the
   * REGISTER goes out once it arrives. Resolving to null means there is none: the connection closes.
   */
  password: string | Promise<string | null>;
  phone: PhoneSettings;
  audio: AudioSettings;
}

/** How the engine reports to the store. Everything passed is plain data. */
export interface PhoneEvents {
  registration(r: Registration): void;
  callChanged(call: Call): void;
  callEnded(call: Call, end: CallEnd): void;
  notice(key: string, params?: Record<string, string | number>): void;
  /** A call's audio is flowing: our microphone stream and the far end's. Not kept in the store. */
  media(callId: string, streams: CallStreams): void;
  /** Every SIP message sent or received on the WebSocket, as text (for the diagnostics bundle). */
  sipTrace(entry: SipTraceEntry): void;
}

export interface CallStreams {
  local: MediaStream;
  remote: MediaStream;
  /** The call's peer connection, for statistics (call quality). Never closed or renegotiated by listeners. */
  peerConnection: RTCPeerConnection;
}

export interface SipTraceEntry {
  /** Date.now() when it was sent or received. */
  at: number;
  direction: 'sent' | 'received';
  /** The whole message as it went over the wire (secrets not yet removed). */
  text: string;
}
