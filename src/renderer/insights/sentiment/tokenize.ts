// Words of one utterance for the sentiment scorer. English: ICU's word segmenter. Chinese: ICU's
// dictionary segmenter (Intl.Segmenter, built into Chromium and Node), then any segment the lexicon does
// not know is split again by forward maximum matching over the lexicon's own words.
import { CONTRAST, ZH_INTENSIFIERS, ZH_NEGATORS, ZH_POST_NEGATORS, ZH_VALENCE } from './lexicon';

export const HAN = /\p{Script=Han}/u;
const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

export interface Token {
  text: string;
  /** Punctuation ends a clause: negation and intensifiers do not reach across it. */
  boundary: boolean;
  /** Offset in the normalised text. */
  at: number;
}

const ZH_WORDS = new Set([...Object.keys(ZH_VALENCE), ...ZH_NEGATORS, ...ZH_POST_NEGATORS, ...Object.keys(ZH_INTENSIFIERS), ...CONTRAST]);
const ZH_LONGEST = Math.max(...[...ZH_WORDS].map((w) => w.length));

/**
 * Splits a segment ICU kept whole (不满意, 很烦) into lexicon words where that finds a sentiment word of two
 * or more characters, a one-character one after a negator or degree word, or a negator or degree word at
 * the end; otherwise the segment stays whole, so 牛奶, 值班 or 别人 are not read as 牛 "awesome", 值 "worth
 * it" or 别 "don't".
 */
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
  const modifier = (w: string | undefined) => w !== undefined && (ZH_NEGATORS.has(w) || w in ZH_INTENSIFIERS);
  // A negator or degree word at the end modifies the next segment (ICU gives 都不 / 满意, 我不 / 相信).
  const useful = out.some((w, k) => (w in ZH_VALENCE && (w.length > 1 || modifier(out[k - 1]))) || (modifier(w) && k === out.length - 1));
  return useful ? out : [segment];
}

/** Lower case, straight apostrophes (recognisers write "don’t"). */
export const normalise = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

export function tokenize(text: string): { tokens: Token[]; zh: boolean } {
  const zh = HAN.test(text);
  const segmenter = zh ? zhSegmenter : enSegmenter;
  const tokens: Token[] = [];
  for (const s of segmenter.segment(normalise(text))) {
    if (!s.isWordLike) {
      if (/[^\s'’]/.test(s.segment)) tokens.push({ text: s.segment.trim(), boundary: true, at: s.index });
      continue;
    }
    if (zh && HAN.test(s.segment)) {
      let at = s.index;
      for (const w of splitByLexicon(s.segment)) tokens.push({ text: w, boundary: false, at }), (at += w.length);
    } else tokens.push({ text: s.segment, boundary: false, at: s.index });
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
