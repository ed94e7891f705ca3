// The DTLS role in SDP (a=setup, RFC 5763/8842). An answer must say "active" or "passive"; some peers
// (baresip 1.0, several gateways) answer a re-INVITE with "actpass", which Chromium refuses — and a
// refused answer would end the call. Read as the role that keeps the existing DTLS association going,
// as other WebRTC gateways do.

export type DtlsRole = 'client' | 'server';

/** Our DTLS role from the last completed negotiation, or null before the first one. */
export function currentDtlsRole(local: RTCSessionDescription | null, remote: RTCSessionDescription | null): DtlsRole | null {
  if (!local || !remote) return null;
  if (local.type === 'answer') {
    const ours = setupOf(local.sdp);
    return ours === 'active' ? 'client' : ours === 'passive' ? 'server' : null;
  }
  const theirs = setupOf(remote.sdp);
  return theirs === 'active' ? 'server' : theirs === 'passive' ? 'client' : null;
}

/** An answer's "actpass" turned into the role that keeps ours (we stay client unless we were the server). */
export function resolveActpassAnswer(answerSdp: string, ours: DtlsRole | null): string {
  const theirs = ours === 'server' ? 'active' : 'passive';
  return answerSdp.replace(/^a=setup:actpass(\r?)$/gm, `a=setup:${theirs}$1`);
}

function setupOf(sdp: string): string | null {
  return /^a=setup:(\w+)\r?$/m.exec(sdp)?.[1] ?? null;
}
