// What the diagnostics bundle is made from, collected from start-up (startDiagnostics, called once by
// app/startupWiring.ts): the SIP trace with secrets removed as each message arrives, the renderer's warnings
// and errors, and each call's peer connection for statistics. All in memory, the newest only.
import { onCallEnded, onCallMedia, onSipTrace, type SipTraceEntry } from '../phone';
import { CallStatsTracker } from './callStats';
import { captureLogs, type LogEntry } from './logCapture';
import { redactSipMessage } from './redact';
import { RingBuffer } from './ringBuffer';

/** The last 500 SIP messages, at most 2 MB of text (a REGISTER refresh every few minutes, a call's ~20 messages). */
export const sipTrace = new RingBuffer<SipTraceEntry>(500, 2 * 1024 * 1024, (e) => e.text.length);
/** The last 300 warnings and errors, at most 512 KB. */
export const logs = new RingBuffer<LogEntry>(300, 512 * 1024, (e) => e.text.length);
export const callStats = new CallStatsTracker();

let started: number | null = null;

/** When collection started (null: not started). */
export const collectingSince = (): Date | null => (started === null ? null : new Date(started));

/** Starts collecting. Idempotent: start-up may run more than once (a re-login), collection does not. */
export function startDiagnostics(): void {
  if (started !== null) return;
  started = Date.now();
  onSipTrace((entry) => sipTrace.push({ ...entry, text: redactSipMessage(entry.text) }));
  onCallMedia((callId, streams) => callStats.track(callId, streams.peerConnection));
  onCallEnded((call, end) => callStats.end(call, end));
  captureLogs(logs);
}
