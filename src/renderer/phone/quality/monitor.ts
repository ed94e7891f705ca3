// Polls a call's peer connection for statistics once a second and reports each interval's figures.
// It only reads: it never closes, renegotiates or throws into the call.
import { qualitySample, readSnapshot, type StatsReportLike, type StatsSnapshot } from './readStats';
import type { QualitySample } from './types';

export const SAMPLE_INTERVAL_MS = 1000;

/** The part of RTCPeerConnection the monitor uses. */
export interface StatsSource {
  getStats(): Promise<StatsReportLike>;
  readonly signalingState: RTCSignalingState;
  readonly connectionState: RTCPeerConnectionState;
}

/**
 * Starts at once (the first report is the baseline; the first sample follows a second later) and stops
 * itself when the peer connection is closed — close() fires no event, so every tick checks. A getStats()
 * that fails or takes longer than the interval is skipped; the next one measures the longer interval.
 * @returns stop(): no sample is delivered after it.
 */
export function monitorCallQuality(pc: StatsSource, onSample: (sample: QualitySample) => void, intervalMs = SAMPLE_INTERVAL_MS): () => void {
  let previous: StatsSnapshot | null = null;
  let busy = false;
  let stopped = false;
  const closed = () => pc.signalingState === 'closed' || pc.connectionState === 'closed';

  const tick = async () => {
    if (stopped || busy) return;
    if (closed()) return stop();
    busy = true;
    try {
      const snapshot = readSnapshot(await pc.getStats(), previous);
      if (stopped) return;
      if (previous && snapshot.timestamp > previous.timestamp) deliver(qualitySample(previous, snapshot));
      previous = snapshot;
    } catch {
      // A failed getStats() (e.g. the call closing meanwhile) loses one interval, nothing else.
    } finally {
      busy = false;
    }
  };

  const deliver = (sample: QualitySample) => {
    try {
      onSample(sample);
    } catch (e) {
      console.error('call quality: a sample listener failed', e);
    }
  };

  const timer = setInterval(() => void tick(), intervalMs);
  function stop() {
    stopped = true;
    clearInterval(timer);
  }
  void tick();
  return stop;
}
