import { describe, expect, it } from 'vitest';
import { rankDispositions } from './disposition';
import { agentActions, firstRequest, guessOutcome, summariseOnDevice } from './onDeviceSummary';

describe('on-device summary draft', () => {
  it('takes the first real request as the reason, skipping greetings', () => {
    expect(firstRequest(['Hi there', 'Hello. I was charged twice for my broadband and I would like a refund.', 'How long will it take?'])).toBe(
      'I was charged twice for my broadband and I would like a refund.',
    );
    expect(firstRequest(['你好', '我想问一下我的账单为什么扣了两次钱？'])).toBe('我想问一下我的账单为什么扣了两次钱？');
    expect(firstRequest(['Hello', 'Yes'])).toBeNull();
  });

  it('extracts what the agent said they would do or have done, in English and Chinese', () => {
    expect(
      agentActions([
        'Thank you for calling. I will be happy to help.',
        "I can see the duplicate payment. I'll refund the second payment today.",
        'I have also added a note to your account. Let me send you a confirmation email.',
        'I have your account open here. I have a question for you.',
        '好的，我会在今天内为您办理退款。',
        '我已经为您预约了工程师。',
      ]),
    ).toEqual([
      "I'll refund the second payment today",
      'I have also added a note to your account',
      'Let me send you a confirmation email',
      '我会在今天内为您办理退款',
      '我已经为您预约了工程师',
    ]);
  });

  it('guesses the outcome from how the customer ended and what was promised', () => {
    expect(guessOutcome(['I was charged twice', 'Perfect, thank you very much for your help'], [])).toBe('resolved');
    expect(guessOutcome(['This is ridiculous', 'I am still really angry, this is useless'], [])).toBe('unresolved');
    expect(guessOutcome(['OK'], ["I'll call you back tomorrow"])).toBe('follow-up');
    expect(guessOutcome(['OK'], [])).toBe('unclear');
  });

  it('puts request, top article, actions and outcome together; dispositions come from the articles’ tags', () => {
    const articles = [
      { id: 'pay', title: 'Ways to pay your bill', tags: ['billing', 'payment'], confidence: 0.4 },
      { id: 'refunds', title: 'How long do refunds take?', tags: ['billing', 'refunds'], confidence: 0.8 },
    ];
    const draft = summariseOnDevice({
      callId: 'c', peer: '1002', direction: 'incoming', articles,
      utterances: [
        { speaker: 'agent', text: 'Thank you for calling Northwind.', atMs: 1 },
        { speaker: 'customer', text: 'I was charged twice this month, can I get a refund?', atMs: 2 },
        { speaker: 'agent', text: "I'll refund the duplicate payment today.", atMs: 3 },
        { speaker: 'customer', text: 'Great, thank you so much.', atMs: 4 },
      ],
    });
    expect(draft).toEqual({
      request: 'I was charged twice this month, can I get a refund?',
      topic: 'How long do refunds take?',
      actions: ["I'll refund the duplicate payment today"],
      outcome: 'resolved',
    });
    expect(rankDispositions(articles)).toEqual(['billing / refunds', 'billing / payment', 'other']);
    expect(rankDispositions([])).toEqual(['other']);
  });

  it('ranks a disposition by its best-matching article, so many weak matches do not outvote the answer', () => {
    const article = (id: string, tags: string[], confidence: number) => ({ id, title: id, tags, confidence });
    const articles = [
      article('refunds', ['billing', 'refunds'], 0.9),
      article('payment-methods', ['billing', 'payment'], 0.5),
      article('direct-debit', ['billing', 'payment'], 0.45),
      article('charged-twice', ['billing', 'payment'], 0.4),
    ];
    expect(rankDispositions(articles)).toEqual(['billing / refunds', 'billing / payment', 'other']);
  });
});
