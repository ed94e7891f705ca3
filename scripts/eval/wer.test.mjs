import { describe, expect, it } from 'vitest';
import { align, tokens, wordErrorRate } from './wer.mjs';

describe('word error rate', () => {
  it('is 0 for the same words whatever the case and punctuation', () => {
    expect(wordErrorRate([['Hello, I was charged twice.', 'hello i was CHARGED twice']])).toBe(0);
  });
  it('counts substitutions, deletions and insertions', () => {
    expect(align(tokens('a b c d'), tokens('a x c'))).toEqual({ substitutions: 1, deletions: 1, insertions: 0, referenceWords: 4 });
    expect(align(tokens('a b'), tokens('a b c d'))).toEqual({ substitutions: 0, deletions: 0, insertions: 2, referenceWords: 2 });
    expect(wordErrorRate([['the cat sat', 'the bat sat down']])).toBeCloseTo(2 / 3);
  });
  it('pools errors over all reference words, not a mean of per-file rates', () => {
    expect(wordErrorRate([['one', 'two'], ['a b c d e f g h i', 'a b c d e f g h i']])).toBeCloseTo(1 / 10);
  });
  it('scores Chinese per character, mixed text per word and character', () => {
    expect(tokens('我想退款，谢谢！')).toEqual(['我', '想', '退', '款', '谢', '谢']);
    expect(tokens('我的iPhone坏了')).toEqual(['我', '的', 'iphone', '坏', '了']);
    expect(wordErrorRate([['我想退款', '我要退款']])).toBeCloseTo(1 / 4);
  });
  it('refuses an empty reference rather than dividing by zero', () => {
    expect(() => wordErrorRate([['', 'words']])).toThrow('no reference words');
  });
});
