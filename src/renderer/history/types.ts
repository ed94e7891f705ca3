import type { WrapUp } from '../wrapup/types';
import type { CallQualitySummary } from '../phone/quality/types';

export type CallOutcome = 'answered' | 'missed' | 'declined' | 'failed' | 'cancelled' | 'busy';

/** One finished call. Later features attach talk metrics and transcripts under their own keys. */
export interface CallRecord {
  id: string;
  direction: 'incoming' | 'outgoing';
  peerUri: string;
  peerNumber: string;
  peerName: string;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number;
  /** Talk time in seconds; 0 when never answered. */
  durationSec: number;
  outcome: CallOutcome;
  sipCode?: number;
  reason?: string;
  /** Talk metrics from the on-device voice analysis, when it ran. */
  talk?: {
    agentMs: number;
    customerMs: number;
    talkRatio: number | null;
    longestCustomerMonologueMs: number;
    segments: { party: 'agent' | 'customer'; startMs: number; endMs: number }[];
  };
  /** What the agent did with the knowledge-base suggestions during the call (agent assist). */
  assistFeedback?: {
    articleId: string;
    title: string;
    query: string;
    vote: 'helpful' | 'not-helpful' | null;
    pinned: boolean;
    copied: number;
    expanded: boolean;
  }[];
  /** The agent's wrap-up (summary with personal data redacted, disposition), when one was saved. */
  wrapUp?: WrapUp;
  /** Final caption lines (personal data masked before storing), when captions ran. Call time, ms. */
  transcript?: { speaker: 'agent' | 'customer'; text: string; startMs: number; endMs: number }[];
  /** Call quality from getStats() while the audio flowed (MOS, delay, jitter, loss), when it was measured. */
  quality?: CallQualitySummary;
}
