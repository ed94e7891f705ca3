// What enters a call's transcript: one recognised (or scripted, or injected) piece of speech.
export type Speaker = 'agent' | 'customer';

export interface Utterance {
  callId: string;
  speaker: Speaker;
  text: string;
  /** Interim text may still change; final text is the utterance as recognised at its end. */
  final: boolean;
  /** Call time of the utterance's end, ms. */
  atMs: number;
  /** Names the utterance across its interim and final results (captions); absent = a one-off line. */
  id?: string;
  /** Call time the utterance began, ms, when known. */
  startMs?: number;
}
