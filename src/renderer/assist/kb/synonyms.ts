// Synonyms for search, from a knowledge-base file named synonyms.json: a JSON array of groups, each a
// list of terms that mean the same to a customer, e.g. [["refund", "money back", "reimbursement"]].
// A query that contains one term of a group also searches for the others.
import { parseJsonArray } from './jsonArray';
import type { ImportError } from './types';

export type SynonymGroups = string[][];

export function isSynonymsFile(name: string): boolean {
  return /(^|\/)synonyms\.json$/i.test(name);
}

export function parseSynonyms(file: string, text: string, errors: ImportError[]): SynonymGroups {
  const array = parseJsonArray(file, text, errors, 'must be a JSON array of synonym groups, e.g. [["refund", "money back"]]');
  if (!array) return [];
  const groups: SynonymGroups = [];
  array.items.forEach(({ value, index, line }) => {
    if (!Array.isArray(value) || value.some((t) => typeof t !== 'string' || t.trim() === '')) {
      errors.push({ file, line, row: index, message: 'each group must be a list of non-empty terms' });
      return;
    }
    const terms = [...new Set((value as string[]).map((t) => t.trim().toLowerCase()))];
    if (terms.length < 2) {
      errors.push({ file, line, row: index, message: 'a group needs at least two different terms' });
      return;
    }
    groups.push(terms);
  });
  return groups;
}

const CJK = /[\u3400-\u9fff]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per knowledge base: for each group, a pattern finding any of its terms in a query. */
export class SynonymExpander {
  private readonly groups: { terms: string[]; pattern: RegExp }[];

  constructor(groups: SynonymGroups) {
    this.groups = groups.map((terms) => ({
      terms,
      // Whole words for Latin script (so "card" does not match "cardigan"); Chinese has no spaces.
      pattern: new RegExp(terms.map((t) => (CJK.test(t) ? escape(t) : `(?<![\\p{L}\\p{N}])${escape(t)}(?![\\p{L}\\p{N}])`)).join('|'), 'iu'),
    }));
  }

  /** The terms to add to a query: the other members of every group the query mentions. */
  expand(query: string): string[] {
    const extra = new Set<string>();
    const lower = query.toLowerCase();
    for (const g of this.groups) {
      if (!g.pattern.test(query)) continue;
      for (const t of g.terms) if (!lower.includes(t)) extra.add(t);
    }
    return [...extra];
  }
}
