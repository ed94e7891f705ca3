import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, itemsSaid, normalise, saysPhrase } from './checklistProgress';

describe('script checklist matching', () => {
  it('ignores case and punctuation', () => {
    expect(normalise('Thank YOU, for calling!')).toBe('thank you for calling');
    expect(saysPhrase('THANK YOU... for calling Northwind.', 'thank you for calling')).toBe(true);
    expect(saysPhrase('感谢您的来电！', '感谢您的来电')).toBe(true);
  });

  it('forgives small wording variants', () => {
    expect(saysPhrase('Hello, thanks so much for calling Northwind', 'thanks for calling')).toBe(true);
    expect(saysPhrase('How can I help you today?', 'how may I help you')).toBe(true);
    expect(saysPhrase('Can I just confirm your date of birth please', 'can I confirm your')).toBe(true);
    expect(saysPhrase('Is there anything else that I can help with?', 'is there anything else I can help')).toBe(true);
    expect(saysPhrase('感谢你的来电', '感谢您的来电')).toBe(true);
    expect(saysPhrase('请问还有其他的问题吗', '还有其他问题吗')).toBe(true);
  });

  it('does not tick on unrelated or scattered words', () => {
    expect(saysPhrase('I will check your bill now', 'thank you for calling')).toBe(false);
    expect(saysPhrase('Thank you. The engineer is calling tomorrow for the router', 'thank you for calling')).toBe(false);
    expect(saysPhrase('', 'goodbye')).toBe(false);
    expect(saysPhrase('我来查一下您的账单', '感谢您的来电')).toBe(false);
  });

  it('finds the default items in English and Chinese agent lines', () => {
    expect(itemsSaid(DEFAULT_CHECKLIST, 'Good morning, thank you for calling Northwind, my name is Sam.')).toEqual(['greeting']);
    expect(itemsSaid(DEFAULT_CHECKLIST, 'Before we start, could you confirm your full name and date of birth?')).toEqual(['identity']);
    expect(itemsSaid(DEFAULT_CHECKLIST, 'Is there anything else I can help you with today? Have a nice day.')).toEqual(['closing']);
    expect(itemsSaid(DEFAULT_CHECKLIST, '您好，感谢您的来电，请问有什么可以帮您？')).toEqual(['greeting']);
    expect(itemsSaid(DEFAULT_CHECKLIST, '我需要先核实一下您的身份。')).toEqual(['identity']);
    expect(itemsSaid(DEFAULT_CHECKLIST, '还有什么可以帮您的吗？祝您生活愉快，再见。')).toEqual(['closing']);
    expect(itemsSaid(DEFAULT_CHECKLIST, 'I will refund the second payment today.')).toEqual([]);
  });
});
