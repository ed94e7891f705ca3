// Turns what the agent typed into a SIP target. Phone numbers go through libphonenumber-js rather than
// hand-written parsing; extensions and feature codes pass as they are; sip: URIs are checked for shape.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type DialResult =
  | { ok: true; target: string; display: string; kind: 'extension' | 'e164' | 'uri' }
  | { ok: false; error: DialError };

export type DialError = 'empty' | 'invalid-characters' | 'invalid-number' | 'invalid-uri' | 'too-long';

const SEPARATORS = /[\s\-().\[\]]/g;
const URI = /^(sips?):([^@\s:;]+)@([A-Za-z0-9.-]+(?::\d{1,5})?)((?:;[^\s;=]+(?:=[^\s;]*)?)*)$/i;
const USER_AT_HOST = /^([^@\s:;]+)@([A-Za-z0-9.-]+(?::\d{1,5})?)$/;

/** @param domain the account's SIP domain, used for extensions and numbers. */
export function parseDialString(input: string, domain: string): DialResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: 'empty' };
  if (/^sips?:/i.test(raw)) {
    const m = URI.exec(raw);
    if (!m) return { ok: false, error: 'invalid-uri' };
    return { ok: true, target: `${m[1]!.toLowerCase()}:${m[2]}@${m[3]}${m[4] ?? ''}`, display: `${m[2]}@${m[3]}`, kind: 'uri' };
  }
  const userHost = USER_AT_HOST.exec(raw);
  if (userHost) return { ok: true, target: `sip:${userHost[1]}@${userHost[2]}`, display: raw, kind: 'uri' };

  const compact = raw.replace(SEPARATORS, '');
  if (compact.length > 32) return { ok: false, error: 'too-long' };
  if (compact.startsWith('+')) {
    if (!/^\+\d+$/.test(compact)) return { ok: false, error: 'invalid-characters' };
    const number = parsePhoneNumberFromString(compact);
    if (!number || !number.isPossible()) return { ok: false, error: 'invalid-number' };
    return { ok: true, target: `sip:${number.number}@${domain}`, display: number.formatInternational(), kind: 'e164' };
  }
  // Extensions, national numbers in the PBX's dial plan, and feature codes such as *97.
  if (!/^[0-9*#]+$/.test(compact)) return { ok: false, error: 'invalid-characters' };
  return { ok: true, target: `sip:${encodeUser(compact)}@${domain}`, display: compact, kind: 'extension' };
}

function encodeUser(user: string): string {
  return user.replace(/#/g, '%23');
}
