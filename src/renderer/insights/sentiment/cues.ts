// What a word list cannot see on a support call: complaints told as plain facts ("this is the third
// time i've called", 退款一个多月了还没到), escalation and threats to leave, resignation ("forget it",
// 算了), rhetorical questions, and the marks of sarcasm. Each cue is a pattern over the whole turn
// (lower-cased, apostrophes straightened) with the valence it adds; a sarcasm cue also turns the turn's
// positive words against it ("oh great, another hour on hold").

/** `cancel` is a cancellation, negative unless a `reason` cue in the turn gives a neutral reason for it. */
export type CueKind = 'grievance' | 'escalation' | 'cancel' | 'reason' | 'resignation' | 'rhetorical' | 'sarcasm' | 'relief';

export interface Cue {
  kind: CueKind;
  value: number;
  pattern: RegExp;
  /**
   * Only with other evidence of that side in the turn: "oh great, so ..." is sincere when nothing went
   * wrong; "i was worried" is relief only when something is now good.
   */
  needs?: 'negative' | 'positive';
  /** The lexicon words inside the match do not count: "i was really worried" is relief once it is over. */
  cancels?: boolean;
}

const NUM = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|several|few|couple of|\\d+)';
const UNIT = '(?:minutes?|hours?|days?|weeks?|months?|years?)';
const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|hundredth|nth|\\d+(?:st|nd|rd|th))';

export const EN_CUES: Cue[] = [
  // Complaints told as facts: repetition, persistence, broken promises, long waits.
  { kind: 'grievance', value: -2, pattern: new RegExp(`\\b${ORDINAL} time\\b`) },
  { kind: 'grievance', value: -1.5, pattern: /(?<!\b(say|repeat|spell|read|check|try|call|ring|phone|log in|sign in|apply|book|order|use|travel|fly|visit)( that| it| this| back| me| you| in| out)?) \b(again|yet again|once again)\b(?! (please|for me|later|tomorrow|next))/ },
  { kind: 'grievance', value: -1.5, pattern: /\b(twice|three times|four times|five times|ten times|so many times|several times|many times|times over)\b/ },
  { kind: 'grievance', value: -1.5, pattern: /\bstill\b(?! (under|in|on|valid|here|there|need|want|available|open|active|possible|able|going|be|use|eligible|running|apply|applies|pay|the same address|(have|got)(?! no)))/ },
  { kind: 'grievance', value: -2, pattern: /\b(keeps|kept|(?<!\b(to|i|we|i'd|i'll|and|can|could) )keep) (on )?\w+ing\b/ },
  { kind: 'grievance', value: -1, needs: 'negative', pattern: /\bevery (single )?(time|day|evening|night|week|morning)\b/ },
  { kind: 'grievance', value: -1.5, pattern: new RegExp(`\\b(waiting|waited|wait|chasing|trying|calling|ringing|without|been off|been down|been out)\\b[^.?!]{0,25}?\\b(for|over|more than|nearly|almost) ${NUM} ${UNIT}|\\bit's been (over|more than|nearly|almost) ${NUM} ${UNIT}|\\bfor ${NUM} ${UNIT} now\\b`) },
  { kind: 'grievance', value: -1.5, pattern: /\b(hasn't|haven't|isn't|wasn't|not|no|nothing)\b[^.?!]{0,30}\bsince\b/ },
  { kind: 'grievance', value: -2, pattern: /\b(promised|assured me|guaranteed)\b/ },
  { kind: 'grievance', value: -1.5, needs: 'negative', pattern: /\b(supposed to|was told|were told)\b/ },
  { kind: 'grievance', value: -2, pattern: /\b(no one|nobody|no-one|never|not once)( has| had| ever| actually| even| bothered to)* (called|calls|rang|phoned|came|come|turned up|showed up|got back|gets back|replied|answered|bothered|told|tells?|contacted|returned|fixed|listens?|can tell|knows?)\b/ },
  { kind: 'grievance', value: -2, pattern: /\b(same|usual) (answer|thing|story|excuse|problem|issue|rubbish|nonsense)\b/ },
  { kind: 'grievance', value: -2, pattern: /\b(didn't|did not|never|without) (agree|agreeing|authori[sz]e|authori[sz]ing|sign(ed)? up|ask(ed|ing)?( me)?|consent|tell(ing)? me|warn(ed|ing)? me|permission|order(ed)?)\b/ },
  { kind: 'grievance', value: -2, pattern: /\bnot what (you|your|the|i) ?\w* ?(said|say|says|promised|told|advertised|ordered|agreed)\b|\b(treated|treat (me|customers|people)) like\b|\b(not|won't|refuse to) (be )?pay(ing)? another\b|\bsomeone (needs|has) to\b|\b(pay|sort|fix|do) (for )?(it|this|that|the \w+ )?\s?myself\b/ },
  { kind: 'grievance', value: -2, pattern: /\bif (this|it|that) (isn't|is not|hasn't|doesn't|does not|won't)\b.*\b(i'm|i'll|i will|i am)\b/ },
  { kind: 'grievance', value: -2, pattern: /\b(hung up on me|cut me off|cut off|on hold for|passed from|passed around|pushed from|bounced)\b/ },
  { kind: 'grievance', value: -1.5, pattern: /\b(over ?charg\w*|double charg\w*|hidden (fee|charge)s?|extra charges?|taking money|took money|taken my money)\b/ },
  // Escalation and threats to leave.
  { kind: 'escalation', value: -2.5, pattern: /\b((?<!\b(account|relationship|property|project|branch) )manager|supervisor|someone senior|someone in charge|complaints? (department|team|procedure)|formal complaint|ombudsman|trading standards|regulator|chief executive|solicitor|lawyer|small claims|court|escalate|take (this|it) further|legal action|your boss|head office|ceo|(put in|lodge|raise|make) a complaint|report you|bad review|social media|the press|the papers|watchdog|citizens advice)\b/ },
  { kind: 'escalation', value: -2.5, pattern: /\b(speak|talk) to someone (else|who|that)\b/ },
  { kind: 'escalation', value: -2.5, pattern: /\b(another|a different|other) (network|provider|bank|company|supplier|airline|insurer)\b|\bswitch(ing)? (to another |my )?(providers?|networks?|suppliers?|banks?)\b|\b(take|taking|move|moving) my (business|custom|money|number) (elsewhere|to)\b|\b(go|going|take it) elsewhere\b|\bleave you\b|\bleaving you\b|\b(i'm|i am) done with you\b|\bcancel everything\b/ },
  { kind: 'escalation', value: -2.5, pattern: /\b(won't|will never|never) (be )?(\w+ing |use |fly |bank |shop |buy )?(with |from )?you (lot )?again\b|\bnever again\b/ },
  { kind: 'cancel', value: -1.5, pattern: /\b(i want to|i'm going to|i'll|i will) (cancel|end|close|leave)\b/ },
  { kind: 'reason', value: 0, pattern: /\b(moving|moved|emigrat\w+|abroad|passed away|died|no longer need|don't need|don't use|don't watch|not using|isn't happening|not happening|called off|paid off|bought (it|one) (somewhere|elsewhere)|found (a|one))\b/ },
  // Resignation: giving up is a negative stance, however quiet.
  { kind: 'resignation', value: -2.5, pattern: /(^|[,.;] ?)whatever([,.;]|$)|\b(forget it|never mind|doesn't matter|what's the point|no point|i give up|give up|past caring|don't care anymore|it is what it is|same as always|as usual|why do i bother|why bother|what else is new|why am i not surprised|not surprised)\b/ },
  { kind: 'resignation', value: -2, pattern: /\bi'll (just )?(sort|do|fix|figure|deal with) (it|this)( out)? myself\b|\bi'll just (have to|live|wait|buy|go|pay|put up|deal|leave it)\b|\bi (just )?have to\b.*\bthen\b/ },
  // Questions that are complaints.
  { kind: 'rhetorical', value: -2.5, pattern: /\bhow many times\b|\bhow (hard|difficult) (is|can) it\b|\bhow come\b|\bwhy (is|does|do|can't|won't|should|has|have|am|are|did)\b.*\b(so|always|never|still|have to|my problem|even|you people)\b|\bare you (kidding|serious|joking)\b|\byou('re| are| must be) (kidding|joking)\b|\bwhat (a|an) (joke|mess|farce|shambles)\b/ },
  // Worry that is over is relief.
  { kind: 'relief', value: 1.5, cancels: true, needs: 'positive', pattern: /\b(i was|i'd been|we were)( really| so| very| a bit| quite)? (worried|scared|dreading|panicking|nervous|stressed|anxious)\b/ },
  // Sarcasm: the turn itself carries the cue.
  { kind: 'sarcasm', value: -2, pattern: /\b(just like last time|like last time|just what i (needed|wanted)|my favou?rite|genius|congratulations|(thanks|cheers) for nothing|thanks a bunch|worked so well|(counts|means) (for )?so much|nice to know|really loving|love (that|it) when|yeah right)\b/ },
  { kind: 'sarcasm', value: -2, needs: 'negative', pattern: /\bi'm sure (it'll|it will|you will|you'll)\b/ },
  { kind: 'sarcasm', value: -1, needs: 'negative', pattern: /^(oh|well|yeah|wow),? (great|perfect|wonderful|lovely|brilliant|fantastic|marvell?ous|super|that's (just )?(great|wonderful|lovely|brilliant|fantastic|perfect|really helpful|helpful))\b.*\b(so|another|now|again|still)\b/ },
];

export const ZH_CUES: Cue[] = [
  // Complaints told as facts.
  { kind: 'grievance', value: -1.5, pattern: /又(?!想|要问|问)/ },
  { kind: 'grievance', value: -2, pattern: /(都|已经).{0,10}了.{0,8}还(没|是没|不|在|要)|到现在(都|还)?(没|不)|至今(都|还)?(没|未)|(一个人|一点|什么|一条|一个电话|连个).{0,4}都没/ },
  { kind: 'grievance', value: -2, pattern: /好几(遍|次|回)|三番五次|第[二三四五六七八九十]次|[两二三四五六七八九十几]次了|多少次|N次/ },
  { kind: 'grievance', value: -1.5, pattern: /每次都|老是|总是|永远|一直(都)?(没|不)/ },
  { kind: 'grievance', value: -1.5, needs: 'negative', pattern: /每天(晚上|早上)?都/ },
  { kind: 'grievance', value: -2, pattern: /说好的|说好了|(你|你们|他|她|客服|师傅)(之前)?答应|承诺|保证过|(?<!(要是|如果|万一).{0,20})结果.{0,6}(没|又|还|根本)|现在都.{1,8}了/ },
  { kind: 'grievance', value: -2, pattern: /(你们|也|都)不管|不闻不问|不是我(订|买|点|办|花|同意)的|别再|不要再|被这么|这么对待|必须给我|给我个说法|自己(出|付|掏|承担)/ },
  { kind: 'grievance', value: -2, pattern: /上次也是|又是这样|一模一样|跟上次|莫名其妙|也没人|没人(通知|管|理|告诉|说|来|联系|回|接)|才有人|这都几点了|根本没/ },
  { kind: 'grievance', value: -1.5, pattern: /等了.{0,8}(小时|分钟|天|个月|周|礼拜|星期)|(小时|分钟|天|个月|周|礼拜|星期)了.{0,4}(还|都)/ },
  { kind: 'grievance', value: -2, pattern: /(没|未)(经过|经)?(我|本人)?(的)?同意|不经过我|(没|从来没)(通知|告诉|说)过?我/ },
  // Escalation and threats to leave.
  { kind: 'escalation', value: -2.5, pattern: /(?<!客户|理财)经理|领导|主管|上级|负责人|消协|12315|工信部|监管|银保监|告你们|曝光|媒体|法院|律师|升级处理|起诉|维权|差评/ },
  { kind: 'escalation', value: -2.5, pattern: /(换运营商|携号转网|换一家|去别家|找一家|销户|考虑(换|转)|别的(银行|运营商|公司|平台|保险公司)|再也不(用|来|买|坐))(?!的话)/ },
  // Resignation.
  { kind: 'resignation', value: -2.5, pattern: /算了|无所谓|随便吧|爱咋咋地|还能怎么样|不指望|每次都这样|不想(再)?说了|认了|懒得|跟你们说了也没用|说了也白说|行吧|行了吧|再忍/ },
  // Worry that is over is relief; a pleasant surprise.
  { kind: 'relief', value: 1.5, cancels: true, needs: 'positive', pattern: /(之前|一直|本来|还以为).{0,4}(担心|害怕|慌|着急)/ },
  { kind: 'relief', value: 2, pattern: /没想到.{0,4}(这么|那么)(快|好|顺利|方便|便宜)/ },
  // Questions that are complaints.
  { kind: 'rhetorical', value: -2.5, pattern: /到底|凭什么|为什么.{0,12}(要我|让我|我来|我的错|总是|老是|又)|有没有人管|怎么回事|什么(奇葩|破|鬼)|搞什么|还让不让人|怎么又/ },
  // Sarcasm.
  { kind: 'sarcasm', value: -2.5, pattern: /呵呵|谢谢你们全家|一如既往的好|真感动|我最喜欢了|就值这个|可真是|真是好服务|跟上次那个.{0,4}一样|真有你们的|你们真行|厉害了|太感谢你们了(?=.*(又|还|没))/ },
  { kind: 'sarcasm', value: -1, needs: 'negative', pattern: /^(哦|噢|哇|好好好)?[，,]?(真是)?(那可太好了|太好了|真棒|真好|好好好)/ },
];

export interface CueHit {
  kind: CueKind;
  value: number;
  needs: 'negative' | 'positive' | null;
  cancels: boolean;
  end: number;
  /** Where it starts in the text: contrast weighs it by the clause it is in. */
  at: number;
  /** The matched text, for explaining the score. */
  text: string;
}

export function findCues(text: string, zh: boolean): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of zh ? [...ZH_CUES, ...EN_CUES] : EN_CUES) {
    const m = cue.pattern.exec(text);
    if (m) hits.push({ kind: cue.kind, value: cue.value, needs: cue.needs ?? null, cancels: cue.cancels ?? false, at: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}
