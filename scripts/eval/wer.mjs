// Word error rate: (substitutions + deletions + insertions) / reference words, by edit distance over
// normalised tokens. Chinese (and other CJK) text is scored per character, since it has no spaces.

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Lower-case, NFKC, punctuation dropped; CJK characters become one token each. */
export function tokens(text) {
  const clean = text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ');
  const out = [];
  for (const word of clean.split(/\s+/u)) {
    if (!word) continue;
    let latin = '';
    for (const ch of word) {
      if (CJK.test(ch)) {
        if (latin) out.push(latin);
        latin = '';
        out.push(ch);
      } else latin += ch;
    }
    if (latin) out.push(latin);
  }
  return out;
}

/** Edit operations between reference and hypothesis token lists. */
export function align(ref, hyp) {
  const d = Array.from({ length: ref.length + 1 }, (_, i) => [i, ...Array(hyp.length).fill(0)]);
  for (let j = 1; j <= hyp.length; j++) d[0][j] = j;
  for (let i = 1; i <= ref.length; i++)
    for (let j = 1; j <= hyp.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1));
  let i = ref.length;
  let j = hyp.length;
  const ops = { substitutions: 0, deletions: 0, insertions: 0 };
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (ref[i - 1] === hyp[j - 1] ? 0 : 1)) {
      if (ref[i - 1] !== hyp[j - 1]) ops.substitutions++;
      i--;
      j--;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) {
      ops.deletions++;
      i--;
    } else {
      ops.insertions++;
      j--;
    }
  }
  return { ...ops, referenceWords: ref.length };
}

/** WER of one or more (reference, hypothesis) pairs, pooled: errors over all reference words. */
export function wordErrorRate(pairs) {
  let errors = 0;
  let words = 0;
  for (const [ref, hyp] of pairs) {
    const a = align(tokens(ref), tokens(hyp));
    errors += a.substitutions + a.deletions + a.insertions;
    words += a.referenceWords;
  }
  if (words === 0) throw new Error('no reference words to score against');
  return errors / words;
}
