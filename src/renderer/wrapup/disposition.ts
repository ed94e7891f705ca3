// The disposition suggested from the knowledge base: each article's tags name what the call was
// about ("billing / refunds"). A disposition ranks by the best confidence any of its articles reached
// in the call, not their sum: a category with many articles in the knowledge base would otherwise
// outvote the one article that answered the customer.
import type { SuggestedArticle } from './types';

export const OTHER = 'other';

export const dispositionOf = (article: Pick<SuggestedArticle, 'tags'>): string | null =>
  article.tags.length ? article.tags.map((t) => t.trim()).filter(Boolean).join(' / ') : null;

/** Dispositions to offer, best first; always ends with "other". */
export function rankDispositions(articles: SuggestedArticle[]): string[] {
  const votes = new Map<string, number>();
  for (const a of articles) {
    const d = dispositionOf(a);
    if (d) votes.set(d, Math.max(votes.get(d) ?? 0, a.confidence));
  }
  return [...[...votes.entries()].sort((a, b) => b[1] - a[1]).map(([d]) => d), OTHER];
}
