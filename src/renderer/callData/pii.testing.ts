// TEST-ONLY: the personal data a customer speaks in the privacy tests (unit and end to end), and the
// check that finds it in any form it could be stored or exported in.

export const CARD = '4111 1111 1111 1111';
export const EMAIL = 'john.doe@example.com';
export const PHONE = '+44 20 7946 0958';
/** All three in one sentence. */
export const PII = `card ${CARD}, mail ${EMAIL}, phone ${PHONE}`;

/** Which of the three a text holds: as spoken, digits only (any separators), or upper case. */
export function leaks(text: string): ('card' | 'email' | 'phone')[] {
  const digits = text.replace(/\D/g, '');
  const found: ('card' | 'email' | 'phone')[] = [];
  if (digits.includes(CARD.replace(/\D/g, ''))) found.push('card');
  if (text.toLowerCase().includes(EMAIL)) found.push('email');
  // The national number (020 7946 0958 or +44 20 7946 0958 or 442079460958).
  if (digits.includes('2079460958')) found.push('phone');
  return found;
}
