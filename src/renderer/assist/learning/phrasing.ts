// The rules of learning from agents, pure: how a Helpful, Copy or Pin (a confirmation) and a Not helpful
// (a rejection) change a phrasing, what weight it then has in search, and which phrasings an article
// keeps. One careless click is not enough: a phrasing confirmed once counts half; confirmed again in
// another call, or by the knowledge-base owner, it counts fully; each rejection takes one back.
import type { LearnedPhrasing } from '../search/phrasingIndex';
import type { Phrasing } from './types';

/** The weight of a phrasing confirmed once (against 1 once confirmed again). */
export const PARTIAL_WEIGHT = 0.5;
/** Phrasings an article keeps: beyond this, the least confirmed (then the oldest) go. */
export const MAX_PER_ARTICLE = 50;
/** Longer questions are cut here: a phrasing is a question, not a monologue. */
const MAX_LENGTH = 500;

/** The same question said with other spacing or capitals is the same phrasing. Masks ("[CARD]") stay
 *  as redaction writes them, so a stored phrasing normalises to itself. */
export function normalisePhrasing(said: string): string {
  const lower = said.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX_LENGTH);
  return lower.replace(/\[[a-z]+\]/g, (mask) => mask.toUpperCase());
}

export function weightOf(p: Pick<Phrasing, 'confirmations' | 'rejections' | 'confirmedByOwner'>): number {
  if (p.confirmedByOwner) return 1;
  const net = p.confirmations - p.rejections;
  return net >= 2 ? 1 : net === 1 ? PARTIAL_WEIGHT : 0;
}

const fresh = (articleId: string, text: string): Phrasing => ({ articleId, text, confirmations: 0, rejections: 0, confirmedByOwner: false, callId: '', updatedAt: 0 });

/** Helpful, Copy or Pin in call `callId`: counts once per call. */
export function confirmed(p: Phrasing | undefined, articleId: string, text: string, callId: string, now = Date.now()): Phrasing {
  const current = p ?? fresh(articleId, text);
  if (current.callId === callId && current.confirmations > 0) return current;
  return { ...current, confirmations: current.confirmations + 1, callId, updatedAt: now };
}

/** Not helpful: lowers the pairing (cancels one confirmation; below zero it stays at weight 0). */
export function rejected(p: Phrasing | undefined, articleId: string, text: string, now = Date.now()): Phrasing {
  const current = p ?? fresh(articleId, text);
  return { ...current, rejections: current.rejections + 1, updatedAt: now };
}

/** The knowledge-base owner vouches for it. */
export function confirmedByOwner(p: Phrasing | undefined, articleId: string, text: string, now = Date.now()): Phrasing {
  return { ...(p ?? fresh(articleId, text)), confirmedByOwner: true, updatedAt: now };
}

/** Of one article's phrasings, those beyond MAX_PER_ARTICLE to drop: the least weight, then fewest net confirmations, then oldest. */
export function beyondCap<P extends Phrasing>(rows: readonly P[], cap = MAX_PER_ARTICLE): P[] {
  if (rows.length <= cap) return [];
  const rank = (p: Phrasing) => [weightOf(p), p.confirmations - p.rejections, p.updatedAt];
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
  });
  return sorted.slice(cap);
}

/** What the search worker is given: the phrasings that count, with their weight. */
export function learnedPhrasings(rows: readonly Phrasing[]): LearnedPhrasing[] {
  return rows.map((p) => ({ articleId: p.articleId, text: p.text, weight: weightOf(p) })).filter((p) => p.weight > 0);
}

/** Fully confirmed phrasings: what "Export confirmed phrasings" gives the knowledge-base owner. */
export function fullyConfirmed<P extends Phrasing>(rows: readonly P[]): P[] {
  return rows.filter((p) => weightOf(p) === 1);
}
