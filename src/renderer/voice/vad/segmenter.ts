// Speech/silence decisions from per-frame probabilities, with hysteresis: speech starts when the
// probability rises above `startThreshold` for `minSpeechMs`, and ends after it has stayed below
// `endThreshold` for `minSilenceMs`. Reported times are when speech really began and ended (the first
// and last speech frames), not when the decision was made.
import { FRAME_MS } from './sileroModel';

export interface SegmenterOptions {
  startThreshold: number;
  endThreshold: number;
  minSpeechMs: number;
  minSilenceMs: number;
}

export const DEFAULT_SEGMENTER: SegmenterOptions = { startThreshold: 0.5, endThreshold: 0.35, minSpeechMs: 96, minSilenceMs: 320 };

export type VadEvent =
  | { type: 'speech-start'; atMs: number; decidedAtMs: number }
  | { type: 'speech-end'; atMs: number; decidedAtMs: number; startMs: number };

export class SpeechSegmenter {
  private speaking = false;
  private frames = 0;
  private runStart = -1; // first frame index of the candidate speech run
  private lastSpeechEnd = 0; // end time of the latest speech frame
  private belowSince = -1;
  private speechStart = 0;

  constructor(readonly options: SegmenterOptions = DEFAULT_SEGMENTER) {
    if (!(options.endThreshold <= options.startThreshold)) throw new Error('endThreshold must not exceed startThreshold');
  }

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /** Feeds one frame's probability; returns the events it decides. */
  push(probability: number): VadEvent[] {
    const i = this.frames++;
    const start = i * FRAME_MS;
    const end = start + FRAME_MS;
    const events: VadEvent[] = [];
    const o = this.options;
    if (!this.speaking) {
      if (probability >= o.startThreshold) {
        if (this.runStart < 0) this.runStart = i;
        if ((i - this.runStart + 1) * FRAME_MS >= o.minSpeechMs) {
          this.speaking = true;
          this.speechStart = this.runStart * FRAME_MS;
          this.lastSpeechEnd = end;
          this.belowSince = -1;
          events.push({ type: 'speech-start', atMs: this.speechStart, decidedAtMs: end });
        }
      } else {
        this.runStart = -1;
      }
      return events;
    }
    if (probability >= o.endThreshold) {
      this.lastSpeechEnd = end;
      this.belowSince = -1;
    } else {
      if (this.belowSince < 0) this.belowSince = start;
      if (end - this.belowSince >= o.minSilenceMs) {
        this.speaking = false;
        this.runStart = -1;
        events.push({ type: 'speech-end', atMs: this.lastSpeechEnd, decidedAtMs: end, startMs: this.speechStart });
      }
    }
    return events;
  }

  /** Ends an open segment (e.g. the call ended). */
  flush(): VadEvent[] {
    if (!this.speaking) return [];
    this.speaking = false;
    const now = this.frames * FRAME_MS;
    return [{ type: 'speech-end', atMs: this.lastSpeechEnd, decidedAtMs: now, startMs: this.speechStart }];
  }
}
