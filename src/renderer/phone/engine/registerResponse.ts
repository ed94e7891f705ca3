// Reading a REGISTER's final response: how long the registrar granted, and whether retrying can help.
import type { Core } from 'sip.js';

/**
 * Seconds until the binding expires: the `expires` parameter of the Contact that is ours (RFC 3261
 * 10.2.4), else the response's Expires header, else what we asked for.
 */
export function grantedExpiry(message: Pick<Core.IncomingResponseMessage, 'getHeaders' | 'parseHeader' | 'hasHeader' | 'getHeader'>, contactUser: string | undefined, requested: number): number {
  const count = message.getHeaders('contact').length;
  for (let i = 0; i < count; i++) {
    const contact = message.parseHeader('contact', i) as { uri?: { user?: string }; getParam?(name: string): string | undefined } | undefined;
    if (!contact?.uri || contact.uri.user !== contactUser) continue;
    const expires = Number(contact.getParam?.('expires'));
    if (Number.isFinite(expires) && expires > 0) return expires;
  }
  if (message.hasHeader('expires')) {
    const expires = Number(message.getHeader('expires'));
    if (Number.isFinite(expires) && expires > 0) return expires;
  }
  return requested;
}

/** Rejections a retry cannot fix without the agent (wrong password, account not allowed). */
export function isAuthFailure(code: number): boolean {
  return code === 401 || code === 403 || code === 404 || code === 407;
}
