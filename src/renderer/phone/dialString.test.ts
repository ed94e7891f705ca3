import { describe, expect, it } from 'vitest';
import { parseDialString } from './dialString';
import { domainOf } from './phoneState';

const D = 'pbx.example.com';

describe('parseDialString', () => {
  it('dials an extension at the account domain', () => {
    expect(parseDialString('1002', D)).toEqual({ ok: true, target: 'sip:1002@pbx.example.com', display: '1002', kind: 'extension' });
  });
  it('strips spaces, dashes and brackets', () => {
    const r = parseDialString(' (020) 7946-0958 ', D);
    expect(r).toMatchObject({ ok: true, target: 'sip:02079460958@pbx.example.com' });
  });
  it('normalises an E.164 number with libphonenumber', () => {
    const r = parseDialString('+44 20 7946 0958', D);
    expect(r).toEqual({ ok: true, target: 'sip:+442079460958@pbx.example.com', display: '+44 20 7946 0958', kind: 'e164' });
  });
  it('rejects an impossible E.164 number', () => {
    expect(parseDialString('+1 23', D)).toEqual({ ok: false, error: 'invalid-number' });
  });
  it('keeps feature codes with * and # (escaping #)', () => {
    expect(parseDialString('*97#', D)).toMatchObject({ ok: true, target: 'sip:*97%23@pbx.example.com' });
  });
  it('accepts sip: and sips: URIs with parameters', () => {
    expect(parseDialString('sip:alice@example.org:5070;transport=ws', D)).toMatchObject({
      ok: true,
      target: 'sip:alice@example.org:5070;transport=ws',
      kind: 'uri',
    });
    expect(parseDialString('SIPS:bob@example.org', D)).toMatchObject({ ok: true, target: 'sips:bob@example.org' });
  });
  it('accepts user@host without the scheme', () => {
    expect(parseDialString('alice@example.org', D)).toMatchObject({ ok: true, target: 'sip:alice@example.org' });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12a4', 'invalid-characters'],
    ['call me', 'invalid-characters'],
    ['+44 20 x', 'invalid-characters'],
    ['sip:nobody', 'invalid-uri'],
    ['sip:a@b c', 'invalid-uri'],
    ['1'.repeat(33), 'too-long'],
  ])('rejects %j as %s', (input, error) => {
    expect(parseDialString(input, D)).toEqual({ ok: false, error });
  });
});

describe('domainOf', () => {
  it('takes the host of the account address', () => {
    expect(domainOf('sip:1001@pbx.example.com')).toBe('pbx.example.com');
    expect(domainOf('sip:1001@10.0.0.5:5070;transport=ws')).toBe('10.0.0.5:5070');
  });
});
