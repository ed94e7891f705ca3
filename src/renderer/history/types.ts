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
}
