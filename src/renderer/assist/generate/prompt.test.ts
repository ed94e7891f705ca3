import { describe, expect, it } from 'vitest';
import type { Article } from '../kb/types';
import { buildPrompt, checkCitations, isNoAnswer, mayBecomeNoAnswer, NO_ANSWER } from './prompt';

const article = (id: string, body: string): Article => ({ id, title: id, body, questions: [], tags: [], source: { file: `${id}.md` } });

describe('draft prompt', () => {
  it('redacts the question, sends only the given articles with their ids, and states the sentinel', () => {
    const p = buildPrompt('My card 4111 1111 1111 1111 was charged twice, mail me at jo@example.com', [article('refunds', 'Refunds take 5 days.')], { language: 'en' });
    const all = p.messages.map((m) => m.content).join('\n');
    expect(all).not.toMatch(/4111|jo@example\.com/);
    expect(all).toContain('[CARD]');
    expect(all).toContain('<article id="refunds">');
    expect(all).toContain(`reply with exactly ${NO_ANSWER}`);
    expect(p.articleIds).toEqual(['refunds']);
    expect(p.redacted).toBe(2);
  });
  it('keeps citations of sent articles and drops invented ones', () => {
    const c = checkCitations('Refunds take 5 days [refunds]. Call us [made-up]. See [refunds, other].', ['refunds']);
    expect(c.text).toBe('Refunds take 5 days [refunds]. Call us. See [refunds].');
    expect(c.cited).toEqual(['refunds']);
    expect(c.unknown).toEqual(['made-up', 'other']);
  });
  it('recognises the sentinel, and holds back text that may still become it', () => {
    expect(isNoAnswer(` "${NO_ANSWER}".`)).toBe(true);
    expect(mayBecomeNoAnswer('NO_ANS')).toBe(true);
    expect(mayBecomeNoAnswer('No, refunds')).toBe(false);
    expect(mayBecomeNoAnswer('Refunds')).toBe(false);
  });
});
