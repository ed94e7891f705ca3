// Decides when what the customer says should bring up suggestions: each final customer utterance
// (and an interim one after a pause) builds a query from the recent customer turns (read from the
// call's transcript), debounced; an
// article already suggested in this call is not suggested again; weak matches are dropped.
import type { Utterance } from '../../transcript/utterance';
import { NO_MATCH, queryWords, type Hit } from '../search/kbSearch';

export interface TriggerOptions {
  debounceMs: number;
  /** An interim utterance that has not changed for this long counts as a pause. */
  pauseMs: number;
  /** How many recent customer turns make the query. */
  turns: number;
}

export const DEFAULT_TRIGGER: TriggerOptions = { debounceMs: 300, pauseMs: 1200, turns: 2 };

export interface TriggeredSuggestions {
  /** The call whose customer said it. */
  callId: string;
  hits: Hit[];
  /** The customer's words that produced the query. */
  heard: string;
  question: boolean;
  ms: number;
}

const QUESTION_EN = /\?\s*$|^(what|when|where|why|how|who|which|can|could|will|would|is|are|do|does|did|should)\b/i;
const QUESTION_ZH = /[？?]\s*$|[吗呢么]\s*[。！!]?$|什么|怎么|怎样|多少|为什么|能不能|可不可以|是否/;

export function isQuestion(text: string): boolean {
  return QUESTION_EN.test(text.trim()) || QUESTION_ZH.test(text.trim());
}

export class SuggestionTrigger {
  private suggested = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly search: (query: string) => Promise<Hit[]>,
    private readonly emit: (s: TriggeredSuggestions) => void,
    /** The call's final customer turns so far, in order (its transcript). */
    private readonly customerTurns: (callId: string) => string[],
    private readonly options: TriggerOptions = DEFAULT_TRIGGER,
  ) {}

  onUtterance(u: Utterance): void {
    if (u.speaker !== 'customer' || !u.text.trim()) return;
    clearTimeout(this.pauseTimer);
    const turns = this.customerTurns(u.callId).map((t) => t.trim()).filter(Boolean);
    if (u.final) {
      this.schedule(u.callId, turns.slice(-this.options.turns));
    } else {
      // Interim text: act only if the customer pauses mid-utterance.
      this.pauseTimer = setTimeout(() => this.schedule(u.callId, [...turns, u.text.trim()].slice(-this.options.turns)), this.options.pauseMs);
    }
  }

  reset(): void {
    clearTimeout(this.timer);
    clearTimeout(this.pauseTimer);
    this.suggested.clear();
  }

  private schedule(callId: string, turns: string[]): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(callId, turns), this.options.debounceMs);
  }

  private async run(callId: string, turns: string[]): Promise<void> {
    const latest = turns[turns.length - 1] ?? '';
    // Keywords of the latest turn first, then earlier turns for context.
    const query = [...new Set(turns.slice().reverse().flatMap(queryWords))].join(' ');
    if (!query) return;
    const t0 = performance.now();
    const hits = (await this.search(query)).filter((h) => h.confidence >= NO_MATCH && !this.suggested.has(h.article.id));
    if (hits.length === 0) return;
    hits.forEach((h) => this.suggested.add(h.article.id));
    this.emit({ callId, hits, heard: latest, question: isQuestion(latest), ms: performance.now() - t0 });
  }
}
