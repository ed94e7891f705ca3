// E-mail addresses as written ("jane.doe@example.com", "josé@ejemplo.es", "张三@例子.中国",
// "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ") and as said ("john dot doe at example dot com", "j o h n at gmail dot
// com", "zhangsan艾特qq点com", "一二三四五艾特qq点com"). A spoken one must end in a known top-level
// domain, which is what keeps "at the office" and "a dot on the screen" out.
import type { SensitiveSpan } from './types';

const HAN = /\p{Script=Han}/u;
const HAN_TLDS = ['中国', '中國', '公司', '网络', '網絡', '香港', '台湾', '台灣', '新加坡', '在线', '商城', '网店', '集团', '手机', '游戏', '政务', '公益', '网址'];
const SPOKEN_TLDS = new Set(
  ('com net org edu gov mil int info biz io co ai app dev me tv cc xyz top site online club shop vip name mobi pro asia email ' +
    'uk cn de fr jp kr ru br in au ca us es it nl se no fi dk pl pt ch at be ie nz sg hk tw mx ar za tr gr hu cz ro il ae sa my th vn id ph eu').split(' '),
);

/** Where a written address's local part really starts, when the sentence before it is glued on ("邮箱是zhangsan@…"). */
function localStart(local: string): number {
  let cut = 0;
  for (let k = 1; k < local.length; k++) if (HAN.test(local[k - 1]!) !== HAN.test(local[k]!)) cut = k;
  if (cut === 0 && HAN.test(local)) {
    const cue = /.*(?:[是为為到给給至：:]|邮箱|郵箱|邮件|地址)/.exec(local); // "请发到用户@…" → "用户"
    if (cue && cue[0].length < local.length) cut = cue[0].length;
  }
  while (cut < local.length && /[._%+'-]/.test(local[cut]!)) cut++;
  return cut;
}

/** The top-level domain at the start of a last label, cut where glued-on text begins: "com谢谢" → "com". */
function topLevel(label: string): string {
  if (HAN.test(label[0] ?? '')) return HAN_TLDS.filter((t) => label.startsWith(t)).sort((a, b) => b.length - a.length)[0] ?? '';
  const lead = /^(?:(?!\p{Script=Han})\p{L})+/u.exec(label)?.[0] ?? '';
  const rest = label.slice(lead.length);
  return lead.length >= 2 && (rest === '' || HAN.test(rest[0]!)) ? lead : '';
}

/** Length of the domain up to its top-level domain, or 0: "qq.com谢谢" → "qq.com", "例子.中国谢谢" → "例子.中国". */
function domainLength(domain: string): number {
  const labels = domain.split('.');
  for (let n = labels.length; n >= 2; n--) {
    const tld = topLevel(labels[n - 1]!);
    if (tld) return labels.slice(0, n - 1).join('.').length + 1 + tld.length;
  }
  return 0;
}

const WRITTEN = /[\p{L}\p{M}\p{N}._%+'-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+/gu;

function writtenEmails(text: string): SensitiveSpan[] {
  const out: SensitiveSpan[] = [];
  for (const m of text.matchAll(WRITTEN)) {
    const at = m[0].indexOf('@');
    const skip = localStart(m[0].slice(0, at));
    const domain = domainLength(m[0].slice(at + 1));
    if (skip < at && domain > 0) out.push({ kind: 'email', start: m.index! + skip, end: m.index! + at + 1 + domain });
  }
  return out;
}

// ---- spoken ----

type TokenType = 'at' | 'dot' | 'joiner' | 'word' | 'han' | 'other';
interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
  /** A letter or digit said on its own ("j", "o", "nine", "一"), which chains with its neighbours. */
  single: boolean;
}

const TOKEN = /艾特|下划线|下劃線|下滑线|横杠|中划线|[点點杠]|[\p{Script=Latin}\p{Nd}]+(?:'[\p{Script=Latin}]+)*|[零〇一二三四五六七八九幺]|[@._+-]|\S/gu;
const DIGIT_WORDS = new Set(['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const JOINERS = new Set(['_', '-', '+', 'underscore', 'dash', 'hyphen', 'plus', '下划线', '下劃線', '下滑线', '横杠', '中划线', '杠']);
// Words that introduce an address rather than begin one: "my email is john at …", "email me at …".
const STOP = new Set(
  ("is was are be been i'm it's its it me my mine his her our us your their them to at email e-mail mail address " +
    'the an and or on of for from by with in sure yes ok okay so um uh that this please send write contact reach we we\'re you you\'re they he she him ' +
    'online website site web page here there available find found visit go look check out more information info details reply respond ' +
    'not no but also too than then like just actually sorry wait either').split(' '),
);

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const raw = m[0];
    const lower = raw.toLowerCase();
    const start = m.index!;
    const end = start + raw.length;
    const glued = /\S/.test(text[start - 1] ?? ' ') && /\S/.test(text[end] ?? ' ');
    let type: TokenType = 'other';
    if (raw === '@' || lower === 'at' || raw === '艾特') type = 'at';
    else if (lower === 'dot' || lower === 'period' || lower === 'point' || raw === '点' || raw === '點' || (raw === '.' && glued)) type = 'dot';
    else if (JOINERS.has(lower) && (lower.length > 1 || glued)) type = 'joiner';
    else if (/^[\p{L}\p{N}]/u.test(raw) && !HAN.test(raw[0]!)) type = 'word';
    else if (/^[零〇一二三四五六七八九幺]$/.test(raw)) type = 'word';
    else if (HAN.test(raw)) type = 'han';
    const single = type === 'word' && ([...raw].length === 1 || DIGIT_WORDS.has(lower));
    return { type, text: lower, start, end, single };
  });
}

/** The first token of the piece (one word, or a chain of single letters and digits) ending at `k`; -1 if none. */
function pieceBack(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t?.type !== 'word') return -1;
  if (!t.single) return k;
  while (tokens[k - 1]?.single) k--;
  return k;
}

function pieceForward(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t?.type !== 'word') return -1;
  if (!t.single) return k;
  while (tokens[k + 1]?.single) k++;
  return k;
}

const DASHES = new Set(['-', 'dash', 'hyphen', '横杠', '中划线', '杠']);

/** The last token of a domain label starting at `k`: pieces joined by dashes; -1 if none. */
function labelForward(tokens: Token[], k: number): number {
  let end = pieceForward(tokens, k);
  while (end >= 0 && tokens[end + 1]?.type === 'joiner' && DASHES.has(tokens[end + 1]!.text) && pieceForward(tokens, end + 2) >= 0) end = pieceForward(tokens, end + 2);
  return end;
}

function spokenEmails(text: string): SensitiveSpan[] {
  const tokens = tokensOf(text);
  const out: SensitiveSpan[] = [];
  tokens.forEach((at, a) => {
    if (at.type !== 'at') return;
    // Local part: a piece, then pieces joined by dots, underscores, dashes; up to three more plain words
    // ("zhang san", "tom jones eighty eight"). Or Chinese characters glued to the "艾特", after the words that introduce them.
    let first = pieceBack(tokens, a - 1);
    if (tokens[a - 1]?.type === 'han') {
      let k = a - 1;
      while (k > a - 8 && tokens[k - 1]?.type === 'han' && tokens[k - 1]!.end === tokens[k]!.start) k--;
      const han = tokens.slice(k, a).map((t) => t.text).join('');
      first = k + localStart(han);
      if (first >= a) return;
    } else if (first < 0 || (!tokens[first]!.single && STOP.has(tokens[first]!.text))) return;
    for (let extra = 0; tokens[first]!.type !== 'han'; ) {
      const before = tokens[first - 1];
      const joined = before && (before.type === 'dot' || before.type === 'joiner') ? pieceBack(tokens, first - 2) : -1;
      if (joined >= 0) first = joined;
      else if (before?.type === 'word' && extra < 3 && (before.single || !STOP.has(before.text))) {
        first = pieceBack(tokens, first - 1);
        extra++;
      } else break;
    }
    // Domain: labels joined by dots, ending in a known top-level domain ("example dot co dot uk"); a label
    // may hold dashes ("grant dash builders"). The first may be split by the recogniser ("g mail dot
    // com"): up to three words before its dot.
    const labelEnds: number[] = [];
    let k = labelForward(tokens, a + 1);
    if (k < 0 || tokens[a + 1]!.text === 'www') return;
    for (let more = k; more - a < 4 && tokens[more + 1]?.type === 'word'; ) {
      more = labelForward(tokens, more + 1);
      if (tokens[more + 1]?.type === 'dot') k = more;
    }
    labelEnds.push(k);
    while (tokens[k + 1]?.type === 'dot' && labelForward(tokens, k + 2) >= 0) {
      k = labelForward(tokens, k + 2);
      labelEnds.push(k);
    }
    while (labelEnds.length >= 2 && !SPOKEN_TLDS.has(tokens[labelEnds[labelEnds.length - 1]!]!.text)) labelEnds.pop();
    if (labelEnds.length < 2) return;
    out.push({ kind: 'email', start: tokens[first]!.start, end: tokens[labelEnds[labelEnds.length - 1]!]!.end });
  });
  return out;
}

/** E-mail spans in `text` (already width-folded), written and spoken, overlapping ones merged. */
export function emailSpans(text: string): SensitiveSpan[] {
  const written = text.includes('@') ? writtenEmails(text) : [];
  const spoken = /@|\bat\b|艾特/i.test(text) ? spokenEmails(text) : [];
  const all = [...written, ...spoken].sort((a, b) => a.start - b.start);
  const merged: SensitiveSpan[] = [];
  for (const s of all) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
