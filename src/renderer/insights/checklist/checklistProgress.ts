// The call script's required phrases (greeting, identity check, closing), ticked off as the agent says
// them. Matching forgives case, punctuation and small wording changes ("how can I help you today" for
// "how may I help you"): a phrase counts when most of its words occur in order within a short stretch
// of the utterance. Chinese is compared character by character (no spaces to split on, and one
// different character — 你/您 — should not stop a match).

export interface ChecklistItem {
  id: string;
  /** Shown to the agent. Built-in items have none: their label comes from the translations. */
  label?: string;
  /** Any one of these, said by the agent, ticks the item. */
  phrases: string[];
}

/** The built-in script, English and Chinese phrases together: agents switch language mid-call. */
export const DEFAULT_CHECKLIST: ChecklistItem[] = [
  {
    id: 'greeting',
    phrases: [
      'thank you for calling', 'thanks for calling', 'welcome to', 'how can I help you', 'how may I help you', 'my name is',
      '感谢您的来电', '感谢致电', '很高兴为您服务', '请问有什么可以帮您',
    ],
  },
  {
    id: 'identity',
    phrases: [
      'can I confirm your', 'could you confirm your', 'please confirm your', 'verify your identity', 'confirm your identity',
      'your date of birth', 'first line of your address', 'answer your security question', 'security check',
      '核实一下您的身份', '核实您的身份', '验证您的身份', '确认一下您的', '您的出生日期', '身份证号码',
    ],
  },
  {
    id: 'closing',
    phrases: [
      'is there anything else I can help', 'anything else I can do for you', 'have a nice day', 'have a great day', 'have a good day',
      'thank you for your patience', 'goodbye',
      '还有什么可以帮您', '还有其他问题吗', '还有别的需要', '祝您生活愉快', '祝您愉快', '再见',
    ],
  },
];

/** How much of a phrase must be said, in order, for it to count. */
const MIN_SHARE = 0.8;
/** Extra words allowed inside the stretch that carries the phrase ("can I just confirm your"). */
const SLACK = 2;

const HAN = /\p{Script=Han}/u;

/** Lower case, compatibility forms folded (full-width letters), punctuation and symbols removed. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[\p{P}\p{S}]+/gu, (m) => (m === "'" ? '' : ' ')).replace(/\s+/g, ' ').trim();
}

/** Words, with every Chinese character a word of its own. */
export function units(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).split(' ')) {
    if (!word) continue;
    if (!HAN.test(word)) out.push(word);
    else for (const part of word.split(/(\p{Script=Han})/u)) if (part) out.push(part);
  }
  return out;
}

/** Same word, allowing a plural/tense ending or one typo in a longer word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (HAN.test(a) || HAN.test(b)) return false;
  const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');
  if (a.length > 3 && b.length > 3 && stem(a) === stem(b)) return true;
  return a.length >= 5 && b.length >= 5 && withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) i++, j++;
    else {
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (b.length > a.length) j++;
      else i++, j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Longest run of the phrase's words found in order within `said` (longest common subsequence). */
function inOrder(phrase: string[], said: string[]): number {
  const dp = Array.from({ length: phrase.length + 1 }, () => new Array<number>(said.length + 1).fill(0));
  for (let i = 1; i <= phrase.length; i++) {
    for (let j = 1; j <= said.length; j++) {
      dp[i]![j] = sameWord(phrase[i - 1]!, said[j - 1]!) ? dp[i - 1]![j - 1]! + 1 : Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!);
    }
  }
  return dp[phrase.length]![said.length]!;
}

export function saysPhrase(utterance: string, phrase: string): boolean {
  const want = units(phrase);
  const said = units(utterance);
  if (want.length === 0 || said.length === 0) return false;
  const need = Math.max(1, Math.ceil(want.length * MIN_SHARE));
  const span = want.length + SLACK;
  // The stretch starts where the phrase's first word is said (还有什么可以帮您 is the closing,
  // 请问有什么可以帮您 the greeting) and is only a little longer than the phrase, so the words must
  // be close together.
  for (let start = 0; start <= Math.max(0, said.length - need); start++) {
    if (!sameWord(want[0]!, said[start]!)) continue;
    if (inOrder(want, said.slice(start, start + span)) >= need) return true;
  }
  return false;
}

/** The ids of the items this utterance ticks. */
export function itemsSaid(items: ChecklistItem[], utterance: string): string[] {
  return items.filter((item) => item.phrases.some((p) => saysPhrase(utterance, p))).map((item) => item.id);
}
