// Holding back an offer's ICE candidates while a call rings. A prepared answer with the caller's
// candidates would start ICE and then DTLS before the caller has our answer; a browser caller copes
// (it keeps the early handshake), but non-browser peers (baresip, gateways) fail a DTLS handshake whose
// fingerprint they cannot check yet, and the call has no audio. So the offer is applied without its
// candidates, and they are added when the agent answers — as early as an unprepared answer would start ICE.

export interface OfferCandidate {
  candidate: string;
  sdpMid: string | null;
  sdpMLineIndex: number;
}

/** The offer with every a=candidate and a=end-of-candidates line removed. */
export function withoutCandidates(sdp: string): string {
  return sdp
    .split(/\r\n|\n/)
    .filter((l) => !/^a=(candidate:|end-of-candidates)/.test(l))
    .join('\r\n');
}

/** Each a=candidate line with the media section it belongs to. */
export function candidatesOf(sdp: string): OfferCandidate[] {
  const out: OfferCandidate[] = [];
  let index = -1;
  let mid: string | null = null;
  const pending: string[] = [];
  const flush = () => {
    for (const candidate of pending) out.push({ candidate, sdpMid: mid, sdpMLineIndex: index });
    pending.length = 0;
  };
  for (const line of sdp.split(/\r\n|\n/)) {
    if (line.startsWith('m=')) {
      flush();
      index += 1;
      mid = null;
    } else if (index >= 0 && line.startsWith('a=mid:')) {
      mid = line.slice('a=mid:'.length).trim();
    } else if (index >= 0 && line.startsWith('a=candidate:')) {
      pending.push(line.slice(2));
    }
  }
  flush();
  return out;
}
