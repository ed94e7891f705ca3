// Live call quality per call id, for the indicator, and each call's totals for its history record.
// Fed by the phone: a call's media event starts a monitor on its peer connection, its end stops it.
import { create } from 'zustand';
import { monitorCallQuality, type StatsSource } from './monitor';
import { addSample, emptyTotals, summarise, type QualityTotals } from './summary';
import { intervalWarnings, nextShownWarnings, shownList, type ShownWarnings } from './warnings';
import type { CallQualitySummary, QualitySample, QualityWarning } from './types';

export interface LiveCallQuality {
  /** The latest interval. */
  sample: QualitySample;
  /** Warnings to show now (raised at once, cleared after a few quiet intervals: warnings.ts). */
  warnings: QualityWarning[];
  shown: ShownWarnings;
}

export interface CallQualityState {
  calls: Record<string, LiveCallQuality>;
}

/** The phone's two events this feature listens to (the phone store's onCallMedia / onCallEnded). */
export interface PhoneCallEvents {
  onCallMedia(listener: (callId: string, streams: { peerConnection: StatsSource }) => void): () => void;
  onCallEnded(listener: (call: { id: string }) => void): () => void;
}

/** Ended calls whose totals are kept for their history record (which is written a moment later). */
const KEEP_ENDED = 20;

export function createCallQualityStore(monitor: typeof monitorCallQuality = monitorCallQuality) {
  const useCallQuality = create<CallQualityState>()(() => ({ calls: {} }));
  const totals = new Map<string, QualityTotals>();
  const monitors = new Map<string, { pc: StatsSource; stop: () => void }>();
  const ended: string[] = [];
  const sampleListeners = new Set<(callId: string, sample: QualitySample) => void>();

  function sampled(callId: string, sample: QualitySample): void {
    if (!monitors.has(callId)) return;
    let t = totals.get(callId);
    if (!t) totals.set(callId, (t = emptyTotals()));
    addSample(t, sample);
    for (const listener of sampleListeners) listener(callId, sample);
    useCallQuality.setState((s) => {
      const shown = nextShownWarnings(s.calls[callId]?.shown ?? {}, intervalWarnings(sample));
      return { calls: { ...s.calls, [callId]: { sample, shown, warnings: shownList(shown) } } };
    });
  }

  /** Monitors the call's peer connection; a second media event with the same one changes nothing. */
  function watch(callId: string, pc: StatsSource): void {
    const current = monitors.get(callId);
    if (current?.pc === pc) return;
    current?.stop();
    const entry = { pc, stop: () => {} };
    monitors.set(callId, entry);
    entry.stop = monitor(pc, (sample) => sampled(callId, sample));
  }

  function callEnded(callId: string): void {
    monitors.get(callId)?.stop();
    if (!monitors.delete(callId)) return;
    useCallQuality.setState((s) => {
      const { [callId]: _gone, ...rest } = s.calls;
      return { calls: rest };
    });
    ended.push(callId);
    while (ended.length > KEEP_ENDED) totals.delete(ended.shift()!);
  }

  /** The call's summary, live or just ended; null when nothing was measured. */
  function callQualitySummary(callId: string): CallQualitySummary | null {
    const t = totals.get(callId);
    return t && t.samples > 0 ? summarise(t) : null;
  }

  let stopListening: (() => void) | null = null;
  /** Subscribes to the phone's calls (once: a second call returns the same stop). */
  function startCallQuality(phone: PhoneCallEvents): () => void {
    if (stopListening) return stopListening;
    const offMedia = phone.onCallMedia((callId, streams) => watch(callId, streams.peerConnection));
    const offEnded = phone.onCallEnded((call) => callEnded(call.id));
    stopListening = () => {
      offMedia();
      offEnded();
      for (const callId of [...monitors.keys()]) callEnded(callId);
      stopListening = null;
    };
    return stopListening;
  }

  /** Every interval of every call, as measured (the phone's media watchdog reads the packets received). */
  function onQualitySample(listener: (callId: string, sample: QualitySample) => void): () => void {
    sampleListeners.add(listener);
    return () => sampleListeners.delete(listener);
  }

  return { useCallQuality, startCallQuality, callQualitySummary, onQualitySample };
}
