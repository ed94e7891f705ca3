// The on-device summary draft: reason for the call (the customer's first request and the top
// matched article), the actions the agent committed to ("I'll…", "I have…", 我会…, 我已经…), and an
// outcome guessed from how the customer sounded at the end. Rules, not a model: instant and local.
import { scoreSentiment } from '../insights/sentiment/sentiment';
import type { CallDigest, CallOutcomeGuess, CallSummariser, SummaryDraft } from './types';

const REQUEST_EN = /\b(i want|i'd like|i would like|i need|i'm calling|i am calling|calling about|can you|could you|can i|could i|how (do|can|long|much)|why|when|what|where|i was charged|i have a problem|i've got a problem|help me)\b|\?\s*$/i;
const REQUEST_ZH = /我想|我要|请问|能不能|可不可以|可以帮|帮我|怎么|为什么|什么时候|多久|多少|吗[？?。]?$|[？?]$/;
const GREETING_ONLY = /^(hi|hello|hey|good (morning|afternoon|evening)|yes|yeah|ok(ay)?|thanks?|thank you|你好|您好|喂|好的|是的|嗯)[\s,.!，。！]*(there)?[\s,.!，。！]*$/i;

// "I'll send…", "I have refunded…", "let me book…"; not "I'll be happy to help" (no action in it).
const ACTION_EN = /\b(i will|i'll|i have|i've|i am going to|i'm going to|we will|we'll|we have|we've|let me)\s+(?!be happy|be glad|just check|check that for you\b)(.+)/i;
const ACTION_ZH = /(我会|我将|我已经|我已|我马上|我这就|我现在就|我来|我帮您|我给您|我们会|我们已经|稍后我)(.+)/;
const NOT_ACTION_EN = /^(a look|a question|to ask|no idea|been|got your)\b/i;
// "I have" is an action only with a done verb ("I have refunded", "I've sent"), not "I have your account".
const PERFECT = /^(i have|i've|we have|we've)$/i;
const DONE_VERB = /^(\w+ed|sent|made|done|put|set|given|taken|written|spoken|told|paid|found|got|booked|raised|added|also|already|just)$/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?。！？；;])\s*/).map((s) => s.trim()).filter(Boolean);
}

export function firstRequest(customer: string[]): string | null {
  const substantive = customer.filter((t) => !GREETING_ONLY.test(t.trim()));
  for (const turn of substantive) for (const s of sentences(turn)) if (REQUEST_EN.test(s) || REQUEST_ZH.test(s)) return s;
  return substantive[0] ?? null;
}

export function agentActions(agent: string[]): string[] {
  const out: string[] = [];
  for (const turn of agent) {
    for (const s of sentences(turn)) {
      const en = ACTION_EN.exec(s);
      const zh = en ? null : ACTION_ZH.exec(s);
      if (en && NOT_ACTION_EN.test(en[2]!)) continue;
      if (en && PERFECT.test(en[1]!) && !DONE_VERB.test(en[2]!.split(/\s+/)[0] ?? '')) continue;
      const action = en ? s.slice(en.index) : zh ? s.slice(zh.index) : null;
      if (action && !out.includes(action)) out.push(action.replace(/[.。!！]+$/, ''));
    }
  }
  return out;
}

/** The customer's last words set the outcome: thanks -> resolved; still negative -> unresolved. */
export function guessOutcome(customer: string[], actions: string[]): CallOutcomeGuess {
  const last = customer.slice(-2).map((t) => scoreSentiment(t).score);
  const closing = last.length ? last.reduce((a, b) => a + b, 0) / last.length : 0;
  if (closing <= -0.25) return 'unresolved';
  const promisesLater = actions.some((a) => /\b(will|'ll|going to)\b|会|将|稍后|明天/i.test(a) && /\b(call|email|send|book|arrange|escalate|follow)|回电|发送|预约|安排|跟进|上报/i.test(a));
  if (promisesLater) return 'follow-up';
  if (closing >= 0.05) return 'resolved';
  return 'unclear';
}

export function summariseOnDevice(call: CallDigest): SummaryDraft {
  const customer = call.utterances.filter((u) => u.speaker === 'customer').map((u) => u.text);
  const agent = call.utterances.filter((u) => u.speaker === 'agent').map((u) => u.text);
  const actions = agentActions(agent);
  const top = [...call.articles].sort((a, b) => b.confidence - a.confidence)[0];
  return { request: firstRequest(customer), topic: top?.title ?? null, actions, outcome: guessOutcome(customer, actions) };
}

export const onDeviceSummariser: CallSummariser = {
  id: 'on-device',
  summarise: async (call) => summariseOnDevice(call),
};
