// On-device sentiment of one utterance, English or Simplified Chinese: a lexicon scorer with negation,
// intensifiers and "but" clauses (after VADER, Hutto & Gilbert 2014). Chinese text is segmented into
// words with Intl.Segmenter (ICU's dictionary, built into Chromium and Node) and any segment the
// lexicon does not know is split again by forward maximum matching over the lexicon's own words.
import {
  CONTRAST,
  EN_INTENSIFIERS,
  EN_NEGATORS,
  EN_VALENCE,
  ZH_INTENSIFIERS,
  ZH_NEGATORS,
  ZH_POST_NEGATORS,
  ZH_VALENCE,
} from './lexicon';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  /** -1 (very negative) .. +1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** The words that carried the score, for explaining it. */
  words: string[];
}

/** |score| below this is neutral (VADER's threshold on its compound score). */
export const NEUTRAL_BAND = 0.05;
const NEGATION_WINDOW = 3;
const NEGATED = -0.75;
/** Normalises a raw sum into -1..1 the way VADER does: x / sqrt(x² + α). */
const ALPHA = 15;

const HAN = /\p{Script=Han}/u;
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

interface Token {
  text: string;
  /** Punctuation ends a clause: negation and intensifiers do not reach across it. */
  boundary: boolean;
}

const ZH_WORDS = new Set([...Object.keys(ZH_VALENCE), ...ZH_NEGATORS, ...ZH_POST_NEGATORS, ...Object.keys(ZH_INTENSIFIERS), ...CONTRAST]);
const ZH_LONGEST = Math.max(...[...ZH_WORDS].map((w) => w.length));

/** Splits a segment ICU kept whole (e.g. 不满意) into lexicon words where it can. */
function splitByLexicon(segment: string): string[] {
  if (ZH_WORDS.has(segment)) return [segment];
  const out: string[] = [];
  let i = 0;
  while (i < segment.length) {
    let len = Math.min(ZH_LONGEST, segment.length - i);
    while (len > 1 && !ZH_WORDS.has(segment.slice(i, i + len))) len--;
    out.push(segment.slice(i, i + len));
    i += len;
  }
  // Single leftover characters that are not lexicon words are glued back so they are not misread.
  return out.every((w) => w.length === 1 && !ZH_WORDS.has(w)) ? [segment] : out;
}

export function tokenize(text: string): { tokens: Token[]; zh: boolean } {
  const zh = HAN.test(text);
  const segmenter = zh ? zhSegmenter : enSegmenter;
  const tokens: Token[] = [];
  // Curly apostrophes are common in recogniser output: "don’t" must be a negator too.
  for (const s of segmenter.segment(text.toLowerCase().replace(/[’‘]/g, "'"))) {
    if (!s.isWordLike) {
      if (/[^\s'’]/.test(s.segment)) tokens.push({ text: s.segment.trim(), boundary: true });
      continue;
    }
    if (zh && HAN.test(s.segment)) splitByLexicon(s.segment).forEach((w) => tokens.push({ text: w, boundary: false }));
    else tokens.push({ text: s.segment, boundary: false });
  }
  return { tokens: mergeEnglishContractions(tokens), zh };
}

/** ICU splits "isn't" as one word but some inputs arrive as "isn ' t": rejoin them. */
function mergeEnglishContractions(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && !prev.boundary && t.text === 't' && /n$/.test(prev.text)) prev.text += "'t";
    else out.push(t);
  }
  return out;
}

export function scoreSentiment(text: string): Sentiment {
  const { tokens, zh } = tokenize(text);
  const valence = zh ? { ...EN_VALENCE, ...ZH_VALENCE } : EN_VALENCE;
  const negators = zh ? new Set([...EN_NEGATORS, ...ZH_NEGATORS]) : EN_NEGATORS;
  const intensifiers = zh ? { ...EN_INTENSIFIERS, ...ZH_INTENSIFIERS } : EN_INTENSIFIERS;
  const join = (parts: string[]) => parts.join(zh && parts.every((p) => HAN.test(p)) ? '' : ' ');

  const hits: { index: number; value: number; word: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.boundary) continue;
    // Longest phrase first: "thank you", "charged twice", 重复扣款.
    let matched = 0;
    let value = 0;
    for (let n = 3; n >= 1 && !matched; n--) {
      const span = tokens.slice(i, i + n);
      if (span.length < n || span.some((t) => t.boundary)) continue;
      const v = valence[join(span.map((t) => t.text))];
      if (v !== undefined) {
        matched = n;
        value = v;
      }
    }
    if (!matched) continue;
    const word = join(tokens.slice(i, i + matched).map((t) => t.text));
    value *= modifiers(tokens, i, negators, intensifiers);
    const after = tokens[i + matched];
    if (zh && after && ZH_POST_NEGATORS.has(after.text)) value *= NEGATED;
    hits.push({ index: i, value, word });
    i += matched - 1;
  }

  // "It was fine, but ...": the clause after the last contrast word counts more.
  let contrastAt = -1;
  tokens.forEach((t, i) => CONTRAST.has(t.text) && (contrastAt = i));
  let sum = 0;
  for (const h of hits) sum += contrastAt < 0 ? h.value : h.index < contrastAt ? h.value * 0.5 : h.value * 1.5;
  const exclaims = Math.min(3, (text.match(/[!！]/g) ?? []).length);
  if (sum !== 0) sum += Math.sign(sum) * exclaims * 0.3;

  const score = sum / Math.sqrt(sum * sum + ALPHA);
  const label: SentimentLabel = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { score, label, words: hits.map((h) => h.word) };
}

/** Negators (an odd number flips) and the nearest intensifier in the words just before. */
function modifiers(tokens: Token[], at: number, negators: Set<string>, intensifiers: Record<string, number>): number {
  let factor = 1;
  let negations = 0;
  for (let j = at - 1, seen = 0; j >= 0 && seen < NEGATION_WINDOW; j--, seen++) {
    const t = tokens[j]!;
    if (t.boundary || CONTRAST.has(t.text)) break;
    if (negators.has(t.text)) negations++;
    else if (seen < 2 && intensifiers[t.text] !== undefined && factor === 1) factor = intensifiers[t.text]!;
  }
  return negations % 2 === 1 ? factor * NEGATED : factor;
}
