import { describe, expect, it } from 'vitest';
import { summariseStats } from './callStats';

// The shape of Chromium's getStats() for an audio call (fields trimmed to those read and a few others).
const REPORT = [
  { id: 'CIT01_111', type: 'codec', mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: 111 },
  { id: 'IT01A', type: 'inbound-rtp', kind: 'audio', codecId: 'CIT01_111', packetsReceived: 1500, packetsLost: 12, bytesReceived: 120000, jitter: 0.0042 },
  { id: 'OT01A', type: 'outbound-rtp', kind: 'audio', packetsSent: 1490, bytesSent: 119000 },
  { id: 'RI01A', type: 'remote-inbound-rtp', kind: 'audio', roundTripTime: 0.0213 },
  { id: 'T01', type: 'transport', dtlsState: 'connected', selectedCandidatePairId: 'CP1' },
  { id: 'CP1', type: 'candidate-pair', localCandidateId: 'L1', remoteCandidateId: 'R1', currentRoundTripTime: 0.05 },
  { id: 'L1', type: 'local-candidate', candidateType: 'host', protocol: 'udp', address: '192.0.2.10' },
  { id: 'R1', type: 'remote-candidate', candidateType: 'srflx', address: '198.51.100.7' },
  { id: 'IT01V', type: 'inbound-rtp', kind: 'video', packetsReceived: 999 },
];

describe('summariseStats', () => {
  it('reads codec, packets, loss, jitter, round trip and the selected candidate pair; ignores video', () => {
    expect(summariseStats(REPORT, 1000)).toEqual({
      at: 1000,
      codec: 'audio/opus/48000/2',
      packetsSent: 1490,
      packetsReceived: 1500,
      packetsLost: 12,
      bytesSent: 119000,
      bytesReceived: 120000,
      jitterMs: 4.2,
      roundTripMs: 21,
      candidatePair: 'local host udp -> remote srflx',
      dtlsState: 'connected',
    });
  });
  it('an empty report (media never came up) is zeros', () => {
    expect(summariseStats([], 5)).toEqual({ at: 5, packetsSent: 0, packetsReceived: 0, packetsLost: 0, bytesSent: 0, bytesReceived: 0 });
  });
});
