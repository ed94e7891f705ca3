// Secrets out of text before it is kept for the diagnostics bundle. SIP messages: Authorization and
// Proxy-Authorization keep only their scheme and username (the digest response, nonce and cnonce go);
// challenges lose their nonce and opaque; SDP loses ICE passwords and SDES keys; a password inside a
// SIP or web URI goes. Any text (logs too): bearer tokens, api-key headers, password/token/key
// parameters and JSON fields.

export const REMOVED = '[removed]';

const AUTHORIZATION = /^(proxy-)?authorization$/i;
const CHALLENGE = /^(www|proxy)-authenticate$/i;

/** One SIP message (start line, headers, blank line, body) with its secrets removed. */
export function redactSipMessage(message: string): string {
  const lines = message.split(/\r?\n/);
  const blank = lines.indexOf('');
  const headerEnd = blank === -1 ? lines.length : blank;
  let current = ''; // the header a folded continuation line belongs to
  for (let i = 1; i < headerEnd; i++) {
    const line = lines[i]!;
    if (/^[ \t]/.test(line)) {
      if (AUTHORIZATION.test(current)) lines[i] = ` ${REMOVED}`;
      else if (CHALLENGE.test(current)) lines[i] = withoutChallengeSecrets(line);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon === -1) continue;
    current = line.slice(0, colon).trim();
    const value = line.slice(colon + 1);
    if (AUTHORIZATION.test(current)) lines[i] = `${line.slice(0, colon)}: ${authorizationSummary(value)}`;
    else if (CHALLENGE.test(current)) lines[i] = `${line.slice(0, colon)}:${withoutChallengeSecrets(value)}`;
  }
  for (let i = headerEnd; i < lines.length; i++) {
    lines[i] = lines[i]!.replace(/^(a=ice-pwd:).*$/i, `$1${REMOVED}`).replace(/^(a=crypto:\S+\s+\S+\s+inline:)\S+/i, `$1${REMOVED}`);
  }
  return redactText(lines.join('\r\n'));
}

/** "Digest username="1001"" and a marker: who tried to authenticate and how, nothing that proves it. */
function authorizationSummary(value: string): string {
  const scheme = /^\s*([A-Za-z-]+)/.exec(value)?.[1] ?? '';
  const username = /(?:^|[\s,])username\s*=\s*("[^"]*"|[^\s,]+)/i.exec(value)?.[1];
  return [REMOVED, scheme, username !== undefined ? `username=${username}` : ''].filter(Boolean).join(' ');
}

function withoutChallengeSecrets(value: string): string {
  return value.replace(/\b(nonce|opaque)\s*=\s*("[^"]*"|[^\s,]+)/gi, `$1="${REMOVED}"`);
}

// name=value pairs whose value is a secret: URL query parameters, form fields, "key: value" lines.
const SECRET_NAME = String.raw`(?:[\w-]*(?:password|passwd|pwd|secret|token|credential|api[-_]?key|access[-_]?key|authorization)[\w-]*|key|auth|sig|signature)`;
const SECRET_PAIR = new RegExp(String.raw`((?:^|[?&;\s])${SECRET_NAME}=)[^&\s"';,]+`, 'gi');
const SECRET_JSON = new RegExp(String.raw`("${SECRET_NAME}"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'gi');

/** Secrets in any text: tokens, API keys, passwords in URIs, secret-named parameters and JSON fields. */
export function redactText(text: string): string {
  return (
    text
      // Authorization / api-key headers in logged HTTP requests (not SIP: redactSipMessage keeps the username there).
      .replace(/\b(authorization|proxy-authorization)(\s*[:=]\s*)(?!\s*\[removed\])(bearer|basic|digest)?[^\r\n]*/gi, (_m, name: string, sep: string, scheme?: string) => `${name}${sep}${REMOVED}${scheme ? ` ${scheme}` : ''}`)
      .replace(/\b(api-key|x-api-key)(\s*[:=]\s*)[^\s,;"']+/gi, `$1$2${REMOVED}`)
      .replace(/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, `Bearer ${REMOVED}`)
      // userinfo passwords: sip:user:secret@host, https://user:secret@host
      .replace(/\b((?:sips?|https?|wss?|turns?|stuns?):(?:\/\/)?[^\s:@/]+:)[^\s@/]+@/gi, `$1${REMOVED}@`)
      // Digest parameters wherever they turn up (a logged challenge or answer).
      .replace(/\b(c?nonce|response|opaque)(\s*=\s*)"[^"]*"/gi, `$1$2"${REMOVED}"`)
      .replace(SECRET_JSON, `$1"${REMOVED}"`)
      .replace(SECRET_PAIR, `$1${REMOVED}`)
  );
}

/** Every occurrence of a known secret (e.g. the account password) replaced: defence in depth. */
export function withoutLiteral(text: string, secret: string | null | undefined): string {
  return secret && secret.length >= 4 ? text.split(secret).join(REMOVED) : text;
}
