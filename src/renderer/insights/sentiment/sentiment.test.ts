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

// Written after the lexicon was frozen and never used to tune it: the figure to expect on new speech
// (measured 71.9%: a lexicon misses complaints stated as facts, "the app keeps crashing").
describe('accuracy on the held-out set', () => {
  it('stays above its floor', () => {
    const set = heldOut.sentences as { lang: string; label: SentimentLabel; text: string }[];
    const wrong = set.filter((s) => label(s.text) !== s.label);
    const accuracy = 1 - wrong.length / set.length;
    console.log(`held-out sentiment accuracy: ${(accuracy * 100).toFixed(1)}% (n=${set.length})\n  misread: ${wrong.map((s) => `${s.label}: ${s.text} -> ${label(s.text)}`).join('\n  misread: ')}`);
    expect(set.length).toBeGreaterThanOrEqual(30);
    expect(accuracy).toBeGreaterThanOrEqual(0.65);
  });
});
