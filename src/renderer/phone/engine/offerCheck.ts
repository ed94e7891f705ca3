// Can the phone take this call's offer? Checked on the INVITE itself, before anything rings, so an offer
// the browser would refuse gets 488 (or 415) with the reason in a Warning header instead of ringing the
// agent and failing when they answer. Pure: the INVITE's body and headers in, a refusal or null out.

export interface OfferRefusal {
  status: 415 | 488;
  reason: string;
  /** Extra response headers: Warning (RFC 3261 20.43) for 488, Accept for 415. */
  headers: string[];
  /** For the log, in plain words. */
  why: string;
}

export interface InviteBody {
  contentType?: string;
  /** Content-Disposition; a body that is not a session description is no offer at all. */
  contentDisposition?: string;
  body: string;
}

/** Codecs Chromium's WebRTC decodes (by rtpmap name), and the static payload types that mean them. */
const CODECS = ['opus', 'g722', 'pcmu', 'pcma'];
const STATIC_CODECS: Record<string, string> = { '0': 'PCMU', '8': 'PCMA', '9': 'G722' };
const WARN_AGENT = 'switchboard';

/** Null when the phone can take the offer, or when there is none (a late offer: sip.js makes one). */
export function checkOffer(invite: InviteBody): OfferRefusal | null {
  if (!invite.body.trim()) return null;
  const disposition = invite.contentDisposition?.split(';')[0]?.trim().toLowerCase();
  if (disposition && disposition !== 'session') return null;
  const type = invite.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/sdp') {
    return {
      status: 415,
      reason: 'Unsupported Media Type',
      headers: ['Accept: application/sdp'],
      why: `the offer is ${type ? `a ${type} body` : 'a body with no Content-Type'}, not application/sdp`,
    };
  }
  const sdp = parseSdp(invite.body);
  if (typeof sdp === 'string') return notAcceptable(399, 'Miscellaneous warning', `the SDP does not parse: ${sdp}`);

  const audio = sdp.media.filter((m) => m.kind === 'audio' && m.port !== 0);
  if (!audio.length) {
    const offered = sdp.media.map((m) => `${m.kind}${m.port === 0 ? ' (disabled)' : ''}`).join(', ') || 'nothing';
    return notAcceptable(304, 'Media type not available', `the offer has no audio stream (it offers ${offered})`);
  }
  const m = audio[0]!;
  if (!/\bRTP\//.test(m.proto)) {
    return notAcceptable(302, 'Incompatible transport protocol', `the audio stream's transport ${m.proto} is not RTP`);
  }
  const attribute = (name: string) => m.attributes.has(name) || sdp.attributes.has(name);
  if (!attribute('fingerprint')) {
    return notAcceptable(302, 'Incompatible transport protocol', `the audio stream (${m.proto}) has no DTLS fingerprint: WebRTC calls need DTLS-SRTP`);
  }
  if (!attribute('ice-ufrag') || !attribute('ice-pwd')) {
    return notAcceptable(302, 'Incompatible transport protocol', 'the offer has no ICE credentials (a=ice-ufrag, a=ice-pwd): WebRTC calls need ICE');
  }
  const names = m.formats.map((pt) => m.rtpmap.get(pt) ?? STATIC_CODECS[pt] ?? `payload ${pt}`);
  if (!names.some((n) => CODECS.includes(n.toLowerCase()))) {
    return notAcceptable(305, 'Incompatible media format', `no codec the phone can use (offered: ${names.join(', ')}; it takes Opus, G.722, PCMU or PCMA)`);
  }
  return null;
}

function notAcceptable(code: number, text: string, why: string): OfferRefusal {
  const quoted = `${text}: ${why}`.replace(/["\\]/g, "'");
  return { status: 488, reason: 'Not Acceptable Here', headers: [`Warning: ${code} ${WARN_AGENT} "${quoted}"`], why };
}

interface MediaSection {
  kind: string;
  port: number;
  proto: string;
  formats: string[];
  attributes: Set<string>;
  /** Payload type → codec name from a=rtpmap. */
  rtpmap: Map<string, string>;
}

interface Sdp {
  attributes: Set<string>;
  media: MediaSection[];
}

/** RFC 8866's line grammar, as far as the checks above need it; a string says what does not parse. */
export function parseSdp(text: string): Sdp | string {
  const lines = text.split(/\r?\n/);
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  const sdp: Sdp = { attributes: new Set(), media: [] };
  let seen = '';
  for (const [i, line] of lines.entries()) {
    const where = `line ${i + 1} ("${line.length > 40 ? `${line.slice(0, 40)}…` : line}")`;
    const m = /^([a-z])=(.*)$/.exec(line);
    if (!m) return `${where} is not "<letter>=<value>"`;
    const [, type, value] = m as unknown as [string, string, string];
    if (i === 0 && line !== 'v=0') return `${where}: an SDP starts with v=0`;
    if (type === 'm') {
      const media = /^(\w+) (\d+)(?:\/\d+)? (\S+)((?: \S+)*)$/.exec(value);
      if (!media) return `${where} is not "m=<media> <port> <proto> <formats>"`;
      if (!seen.includes('o') || !seen.includes('s')) return `${where}: media before the o= and s= lines`;
      sdp.media.push({
        kind: media[1]!.toLowerCase(),
        port: Number(media[2]),
        proto: media[3]!,
        formats: media[4]!.trim().split(' ').filter(Boolean),
        attributes: new Set(),
        rtpmap: new Map(),
      });
    } else if (type === 'a') {
      const name = /^[^:]*/.exec(value)![0];
      const section = sdp.media[sdp.media.length - 1];
      (section?.attributes ?? sdp.attributes).add(name);
      const rtpmap = /^rtpmap:(\d+) ([^/\s]+)/.exec(value);
      if (rtpmap && section) section.rtpmap.set(rtpmap[1]!, rtpmap[2]!);
    }
    seen += type;
  }
  if (!sdp.media.length) return 'it has no m= line';
  return sdp;
}
