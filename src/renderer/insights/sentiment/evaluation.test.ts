import { describe, expect, it } from 'vitest';
import { accuracy, evaluateSet, formatConfusion, parseSentimentSet, score, type LabelledTurn } from './evaluation';

const turn = (id: string, label: LabelledTurn['label'], split: LabelledTurn['split'], lang: LabelledTurn['lang'] = 'en'): LabelledTurn => ({ id, lang, text: id, label, phenomena: ['x'], split });

describe('sentiment set evaluation', () => {
  it('refuses a malformed set, naming every item and field at fault', () => {
    expect(() => parseSentimentSet({}, 'set.json')).toThrow('set.json: must be a JSON array of turns');
    const bad = [
      { id: 'a', lang: 'fr', text: 'x', label: 'positive', phenomena: [], split: 'dev' },
      { id: 'a', lang: 'en', text: ' ', label: 'happy', phenomena: 'x', split: 'train' },
    ];
    let message = '';
    try {
      parseSentimentSet(bad, 'set.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'set.json: item 1 (id "a"): lang must be "en" or "zh"',
      'set.json: item 2 (id "a"): id is used twice',
      'set.json: item 2 (id "a"): text must be non-empty text',
      'set.json: item 2 (id "a"): label must be one of negative, neutral, positive',
      'set.json: item 2 (id "a"): split must be "dev" or "test"',
      'set.json: item 2 (id "a"): phenomena must be a list of tag names',
    ]);
  });

  it('counts the confusion matrix by gold row and predicted column', () => {
    const s = score([turn('a', 'negative', 'dev'), turn('b', 'negative', 'dev'), turn('c', 'positive', 'dev')], ['negative', 'neutral', 'positive']);
    expect(s).toMatchObject({ n: 3, correct: 2 });
    expect(s.confusion.negative).toEqual({ negative: 1, neutral: 1, positive: 0 });
    expect(accuracy(s)).toBeCloseTo(2 / 3);
    expect(formatConfusion('t', s).split('\n')[2]).toMatch(/^ {2}negative +1 +1 +0$/);
  });

  it('scores each language and split apart, and both languages per split', () => {
    const turns = [turn('a', 'neutral', 'dev'), turn('b', 'neutral', 'test'), turn('c', 'positive', 'test', 'zh')];
    const r = evaluateSet(turns, () => 'neutral');
    expect(r.rows.get('en dev')).toMatchObject({ n: 1, correct: 1 });
    expect(r.rows.get('zh test')).toMatchObject({ n: 1, correct: 0 });
    expect(r.rows.get('all test')).toMatchObject({ n: 2, correct: 1 });
  });
});
