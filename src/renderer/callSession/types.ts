// A call's life as the features see it, the same for a real call (the phone engine) and the demo call.
import type { CallEnd } from '../phone/phoneState';
import type { TalkRecord } from '../voice/store';
import type { CallRecord } from '../history/types';

export type CallKind = 'real' | 'demo';

export interface CallStreams {
  agent: MediaStream;
  customer: MediaStream;
}

export interface CallContext {
  id: string;
  kind: CallKind;
  direction: 'incoming' | 'outgoing' | 'demo';
  peerUri: string;
  peerNumber: string;
  peerName: string;
  /** The agent's and the customer's audio, once the call's media is up. */
  streams: CallStreams | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
}

/** What the hang-up has gathered so far; each stage reads what earlier ones left. */
export interface CallEnding {
  /** How a real call ended (SIP); null for the demo call. */
  end: CallEnd | null;
  endedAt: number;
  /** Left by the voice stage. */
  talk: TalkRecord | null;
  /** Left by the feedback stage. */
  assistFeedback: NonNullable<CallRecord['assistFeedback']>;
  /** Left by the history stage: settles once the call's record is written (rejects if it was not); null when none is kept. */
  recorded: Promise<void> | null;
}

/** What happens at hang-up, in this order: each stage finishes before the next begins. */
export const HANG_UP_ORDER = ['captions', 'voice', 'feedback', 'history', 'wrapUp'] as const;
export type HangUpStage = (typeof HANG_UP_ORDER)[number];

/** A feature's part in every call, registered once at start-up. */
export interface CallFeature {
  /** For the log. */
  name: string;
  /** The call's media is up: start working on it. */
  start?(call: CallContext): void;
  /** The feature's place in the hang-up, and what it does there. */
  stage?: HangUpStage;
  finish?(call: CallContext, ending: CallEnding): Promise<void> | void;
  /** Once every stage is done: drop what the feature kept for the call. */
  forget?(call: CallContext): void;
}
