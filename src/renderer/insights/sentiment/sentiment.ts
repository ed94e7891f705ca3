// On-device sentiment of one utterance, English or Simplified Chinese: a lexicon scorer with negation,
// intensifiers and "but" clauses (after VADER, Hutto & Gilbert 2014), plus what a word list misses on a
// support call (cues.ts): complaints told as facts, escalation, resignation, rhetorical questions,
// sarcasm, worry that is over; and thanks that are only a formality before a question. Measured on an
// independent labelled set: README-independent-set.md, `npm run eval:sentiment`.
import { afinnValence } from './afinnFallback';
import { findCues, type CueHit } from './cues';
import {
  CONTRAST,
  EVENT_WORDS,
  EN_INTENSIFIERS,
  EN_NEGATORS,
  EN_VALENCE,
  ZH_INTENSIFIERS,
  ZH_NEGATORS,
  ZH_POST_NEGATORS,
  ZH_VALENCE,
} from './lexicon';
import { HAN, normalise, tokenize, type Token } from './tokenize';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  /** -1 (very negative) .. +1 (very positive). */
  score: number;
  label: SentimentLabel;
  /** The words and cues that carried the score, for explaining it. */
  words: string[];
}

/** |score| below this is neutral (VADER's threshold on its compound score). */
export const NEUTRAL_BAND = 0.05;
const NEGATION_WINDOW = 4;
const NEGATED = -0.75;
/** Normalises a raw sum into -1..1 the way VADER does: x / sqrt(x² + α). */
const ALPHA = 15;

interface Hit {
  /** Offset of its first word in the normalised text. */
  at: number;
  value: number;
  word: string;
}

/** Thanks, which a negator does not turn into ingratitude and a following question makes a formality. */
const GRATITUDE = new Set(['thanks', 'thank', 'thank you', 'thanks a lot', 'cheers', 'many thanks', '谢谢', '感谢', '多谢']);
/** 好 / 行 alone are "OK", an acknowledgement; 很好, 好服务 are praise. */
const ACKNOWLEDGEMENTS = new Set(['好', '行']);
const aloneInClause = (tokens: Token[], i: number) => (tokens[i - 1]?.boundary ?? true) && (tokens[i + 1]?.boundary ?? true);

/** 可 is "but" only at the head of a clause (可机顶盒老卡); elsewhere it is "can" (没什么可抱怨的). */
const isContrast = (tokens: Token[], i: number) => CONTRAST.has(tokens[i]!.text) && (tokens[i]!.text !== '可' || (tokens[i - 1]?.boundary ?? true));

/** Chinese turns may switch to English words (APP, OK): their tables include the English ones. */
const TABLES = {
  en: { valence: new Map(Object.entries(EN_VALENCE)), negators: EN_NEGATORS, intensifiers: new Map(Object.entries(EN_INTENSIFIERS)) },
  zh: {
    valence: new Map(Object.entries({ ...EN_VALENCE, ...ZH_VALENCE })),
    negators: new Set([...EN_NEGATORS, ...ZH_NEGATORS]),
    intensifiers: new Map(Object.entries({ ...EN_INTENSIFIERS, ...ZH_INTENSIFIERS })),
  },
};

/** Lexicon words and phrases, each with its negation and intensifier applied. */
function lexiconHits(tokens: Token[], zh: boolean): Hit[] {
  const { valence, negators, intensifiers } = TABLES[zh ? 'zh' : 'en'];
  const join = (parts: string[]) => parts.join(zh && parts.every((p) => HAN.test(p)) ? '' : ' ');
  const lookup = (phrase: string, n: number) => valence.get(phrase) ?? (n === 1 && !zh ? afinnValence(phrase) : undefined);

  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.boundary) continue;
    // Longest phrase first: "thank you", "charged twice", 重复扣款.
    let matched = 0;
    let value = 0;
    for (let n = 4; n >= 1 && !matched; n--) {
      const span = tokens.slice(i, i + n);
      if (span.length < n || span.some((t) => t.boundary)) continue;
      const v = lookup(join(span.map((t) => t.text)), n);
      if (v !== undefined) {
        matched = n;
        value = v;
      }
    }
    if (!matched) continue;
    const word = join(tokens.slice(i, i + matched).map((t) => t.text));
    i += matched - 1;
    if (value === 0 || (ACKNOWLEDGEMENTS.has(word) && aloneInClause(tokens, i))) continue;
    const factor = modifiers(tokens, i - matched + 1, negators, intensifiers);
    // "no thanks", "not today thanks": a polite refusal, not ingratitude.
    if (factor < 0 && GRATITUDE.has(word)) continue;
    value *= factor;
    const after = tokens[i + 1];
    if (zh && after && ZH_POST_NEGATORS.has(after.text)) value *= NEGATED;
    hits.push({ at: tokens[i - matched + 1]!.at, value, word });
  }
  return hits;
}

/** Negators (an odd number flips) and the nearest intensifier in the words just before. */
function modifiers(tokens: Token[], at: number, negators: Set<string>, intensifiers: Map<string, number>): number {
  let factor = 1;
  let negations = 0;
  for (let j = at - 1, seen = 0; j >= 0 && seen < NEGATION_WINDOW; j--, seen++) {
    const t = tokens[j]!;
    if (t.boundary || isContrast(tokens, j)) break;
    if (negators.has(t.text)) negations++;
    else if (seen < 2 && intensifiers.has(t.text) && factor === 1) factor = intensifiers.get(t.text)!;
  }
  return negations % 2 === 1 ? factor * NEGATED : factor;
}

/** A question or request begins: at the start of a clause in English, anywhere in Chinese. */
const EN_ASKS = /\?|(^|[,.;:]\s*|\b(and|so|but)\s+)(what|what's|how|when|where|which|who|whose|can|could|would|will|do|does|did|is|are|should|may|i need|i'd like|i want|please|the number|the reference)\b(?!'t)/;
const ZH_ASKS = /[?？吗呢]|多久|多少|怎么|什么|哪|几|能不能|可不可以|是不是|要不要|有没有|会不会|一下|帮我|单号|号码|下一步/;

/**
 * "thanks, and how long will that take": gratitude that is not the point of the turn. Thanks count only
 * when nothing is asked after them, or another feeling is expressed as well.
 */
function formulaicThanks(hits: Hit[], text: string, zh: boolean): boolean {
  const thanks = hits.filter((h) => GRATITUDE.has(h.word) && h.value > 0);
  if (thanks.length === 0 || hits.some((h) => !GRATITUDE.has(h.word))) return false;
  const rest = text.slice(thanks[thanks.length - 1]!.at);
  return (zh ? ZH_ASKS : EN_ASKS).test(rest);
}

/** An information question ("what happens if i miss a payment", 最快多久能挂失): mild words in it do not make a feeling. */
const isQuestion = (text: string, zh: boolean) => (zh ? /[?？吗呢]$|多久|多少|怎么办|什么时候|哪|能不能|可不可以|是不是|要不要|会不会/ : EN_ASKS).test(text.trim());
const MILD = 1.2;

export function scoreSentiment(text: string): Sentiment {
  const { tokens, zh } = tokenize(text);
  const normal = normalise(text);
  let hits = lexiconHits(tokens, zh);
  const found = findCues(normal, zh);
  const negative = hits.some((h) => h.value < 0) || found.some((c) => c.value < 0 && !c.needs) || tokens.some((t) => EVENT_WORDS.has(t.text));
  const positive = hits.some((h) => h.value > 0);
  const reason = found.some((c) => c.kind === 'reason');
  const cues: CueHit[] = found.filter((c) => (c.needs === null || (c.needs === 'negative' ? negative : positive)) && !(reason && c.kind === 'cancel'));
  for (const c of cues) if (c.cancels) hits = hits.filter((h) => h.at < c.at || h.at >= c.end);

  if (formulaicThanks(hits, normal, zh)) hits = hits.filter((h) => !GRATITUDE.has(h.word));
  if (isQuestion(normal, zh) && !cues.some((c) => c.kind === 'rhetorical')) hits = hits.filter((h) => Math.abs(h.value) > MILD);
  // Sarcasm turns the praise against the speaker's meaning.
  if (cues.some((c) => c.kind === 'sarcasm')) hits = hits.map((h) => (h.value > 0 ? { ...h, value: -h.value } : h));

  // "It was fine, but ...": the clause after the last contrast word counts more, and outweighs what
  // came before when the two disagree.
  let contrastAt = -1;
  tokens.forEach((t, i) => isContrast(tokens, i) && (contrastAt = t.at));
  const parts = [...hits.map((h) => ({ at: h.at, value: h.value })), ...cues.map((c) => ({ at: c.at, value: c.value }))];
  const before = parts.filter((p) => contrastAt >= 0 && p.at < contrastAt).reduce((s, p) => s + p.value, 0);
  const after = parts.filter((p) => contrastAt < 0 || p.at >= contrastAt).reduce((s, p) => s + p.value, 0);
  let sum = contrastAt < 0 ? after : before * (Math.sign(before) === Math.sign(after) ? 0.5 : 0.25) + after * 1.5;
  const exclaims = Math.min(3, (text.match(/[!！]/g) ?? []).length);
  if (sum !== 0) sum += Math.sign(sum) * exclaims * 0.3;

  const score = sum / Math.sqrt(sum * sum + ALPHA);
  const label: SentimentLabel = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { score, label, words: [...hits.map((h) => h.word), ...cues.map((c) => c.text.trim())] };
}
