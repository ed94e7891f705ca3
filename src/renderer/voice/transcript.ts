// The one boundary where transcript text enters the app: captions (the on-device recogniser) publish
// here, and so does the demo call's scripted transcript. Agent assist and others subscribe.
export interface Utterance {
  callId: string;
  speaker: 'agent' | 'customer';
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

type Listener = (u: Utterance) => void;
const listeners = new Set<Listener>();

export function publishUtterance(u: Utterance): void {
  listeners.forEach((l) => l(u));
}

export function onUtterance(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
