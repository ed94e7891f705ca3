// Starts and stops a call's voice analysis, feeding the voice store.
import type { VoiceSettings } from '../../shared/settings/schema';
import { startAnalysis, type RunningAnalysis } from './analysis';
import { useVoice, type TalkRecord } from './store';

const running = new Map<string, Promise<RunningAnalysis | null>>();

export function analyseCall(callId: string, streams: { agent: MediaStream; customer: MediaStream }, settings: VoiceSettings): void {
  if (running.has(callId)) return;
  const voice = useVoice.getState();
  voice.began(callId, { deadAirMs: settings.deadAirSec * 1000, crossTalkMs: settings.crossTalkSec * 1000 });
  const ready = new Set<string>();
  running.set(
    callId,
    startAnalysis(streams, settings, {
      event: (party, e) => voice.speech(callId, party, e.type === 'speech-start' ? 'start' : 'end', e.atMs, e.type === 'speech-end' ? e.startMs : undefined),
      ready: (party) => {
        ready.add(party);
        if (ready.size === 2) voice.ready(callId);
      },
      error: (party, message) => voice.failed(callId, `${party}: ${message}`),
    }).catch((e: unknown) => {
      voice.failed(callId, e instanceof Error ? e.message : String(e));
      return null;
    }),
  );
}

/** Stops the call's analysis; the talk summary to keep with the call, if there was an analysis. */
export async function finishCall(callId: string): Promise<TalkRecord | null> {
  const analysis = running.get(callId);
  if (!analysis) return null;
  running.delete(callId);
  (await analysis)?.stop();
  return useVoice.getState().finish(callId);
}

/** The call's running analysis (null if none or it failed): captions attach to its segments. */
export async function runningAnalysis(callId: string): Promise<RunningAnalysis | null> {
  return (await running.get(callId)) ?? null;
}
