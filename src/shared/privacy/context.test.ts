import { describe, expect, it, vi } from 'vitest';
import { FALLBACK_REGION, localeRegion, phoneRegions, redactionContext, regionOfNumber } from './context';
import { redact } from './redact';

describe('redaction context', () => {
  it('reads the country of the call’s number, as a number or a SIP URI', () => {
    expect(regionOfNumber('+8613800138000', 'US')).toBe('CN');
    expect(regionOfNumber('008613800138000', 'CN')).toBe('CN');
    expect(regionOfNumber('sip:+442079460958@pbx.example.com;transport=ws', 'US')).toBe('GB');
    expect(regionOfNumber('sip:1002@127.0.0.1', 'US')).toBeUndefined();
  });

  it('reads phone numbers in the agent’s region first, then the call’s country; a bad region falls back', () => {
    expect(phoneRegions({ region: 'gb' })).toEqual(['GB']);
    expect(phoneRegions({ region: 'US', callNumber: '+8613800138000' })).toEqual(['US', 'CN']);
    expect(phoneRegions({ region: 'CN', callNumber: '+8613800138000' })).toEqual(['CN']);
    expect(phoneRegions({ region: 'ZZ' })).toEqual([localeRegion() ?? FALLBACK_REGION]);
  });

  it('without a region, uses the region of the locale, and the US when the locale names none', () => {
    const locale = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions');
    locale.mockReturnValue({ ...new Intl.DateTimeFormat().resolvedOptions(), locale: 'zh-CN' });
    expect(phoneRegions()).toEqual(['CN']);
    locale.mockReturnValue({ ...new Intl.DateTimeFormat().resolvedOptions(), locale: 'und' });
    expect(phoneRegions()).toEqual([FALLBACK_REGION]);
  });

  it('gives callers the region in force and the call’s number', () => {
    expect(redactionContext({ region: 'CN' }, '+8613800138000')).toEqual({ region: 'CN', callNumber: '+8613800138000' });
    expect(redactionContext({})).toEqual({});
  });

  it('so a Chinese mobile number is masked for a Chinese agent or call, and an order number for none', () => {
    const text = 'the other one is 13800138000, order 4482913';
    expect(redact(text, { region: 'US' }).text).toBe(text);
    expect(redact(text, { region: 'CN' }).text).toBe('the other one is [PHONE], order 4482913');
    expect(redact(text, redactionContext({ region: 'US' }, 'sip:+8613912345678@pbx')).text).toBe('the other one is [PHONE], order 4482913');
  });
});
