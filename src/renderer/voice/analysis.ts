// Taps the two sides of a call (agent = our microphone track, customer = the remote track), each
// through an AudioWorklet into its own VAD worker (kept warm between calls: vadPool.ts). Everything
// stays on this machine.
import tapUrl from './tap/tap.worklet.js?url';
import type { VoiceSettings } from '../../shared/settings/schema';
import type { Party } from './metrics/talkMetrics';
import type { VadEvent } from './vad/segmenter';
import type { VadInit, VadSegmentsTo } from './vad/protocol';
import { leaseVadWorker } from './vadPool';

export interface AnalysisHandlers {
  /** Times are call time: ms since the analysis started. */
  event(party: Party, event: VadEvent): void;
  ready(party: Party): void;
  error(party: Party, message: string): void;
  stats?(party: Party, s: { frames: number; meanMs: number; p95Ms: number; costsMs: number[] }): void;
}

export interface RunningAnalysis {
  stop(): void;
  /** Audio-clock ms of call time 0 (what the VAD's raw times are measured against). */
  readonly originMs: number;
  /** Sends the party's speech segments (16 kHz audio, cut by the VAD) to `port`. */
  sendSegmentsTo(party: Party, port: MessagePort): void;
}

let context: AudioContext | null = null;
let worklet: Promise<void> | null = null;
/** Analyses running on the context. */
let users = 0;
/** Resumes and suspends, one after the other: a call starting while the last one's suspend is under way must find the context running. */
let transition: Promise<unknown> = Promise.resolve();

/**
 * The shared context, running, for one more analysis (give it back with releaseContext). Chromium
 * keeps every MediaStreamAudioSourceNode alive while its context runs, even disconnected
 * (crbug.com/937231): a context that ran all shift held every call's streams (4 per call, found by the
 * soak). So the context is suspended whenever no call is analysed, which lets them go.
 */
async function acquireContext(): Promise<AudioContext> {
  const ctx = (context ??= new AudioContext());
  users += 1;
  worklet ??= ctx.audioWorklet.addModule(tapUrl);
  transition = transition.then(() => (ctx.state === 'suspended' ? ctx.resume() : undefined)).catch(() => undefined);
  try {
    await worklet;
    await transition;
  } catch (e) {
    releaseContext();
    throw e;
  }
  return ctx;
}

function releaseContext(): void {
  users -= 1;
  const ctx = context;
  if (users > 0 || !ctx) return;
  transition = transition.then(() => (users === 0 && ctx.state === 'running' ? ctx.suspend() : undefined)).catch(() => undefined);
}

export async function startAnalysis(
  streams: Record<Party, MediaStream>,
  settings: VoiceSettings,
  on: AnalysisHandlers,
): Promise<RunningAnalysis> {
  const ctx = await acquireContext();
  try {
    return tapBoth(ctx, streams, settings, on);
  } catch (e) {
    releaseContext();
    throw e;
  }
}

function tapBoth(ctx: AudioContext, streams: Record<Party, MediaStream>, settings: VoiceSettings, on: AnalysisHandlers): RunningAnalysis {
  const originMs = ctx.currentTime * 1000;
  const toCall = (e: VadEvent): VadEvent =>
    e.type === 'speech-start'
      ? { ...e, atMs: e.atMs - originMs, decidedAtMs: e.decidedAtMs - originMs }
      : { ...e, atMs: e.atMs - originMs, decidedAtMs: e.decidedAtMs - originMs, startMs: e.startMs - originMs };
  const workers = new Map<Party, Worker>();
  const stops = (Object.keys(streams) as Party[]).map((party) => {
    const source = ctx.createMediaStreamSource(streams[party]);
    const tap = new AudioWorkletNode(ctx, 'switchboard-tap', { numberOfInputs: 1, numberOfOutputs: 1, channelCount: 1, channelCountMode: 'explicit' });
    // A silent output keeps the node pulled by the graph; nothing is heard.
    const mute = new GainNode(ctx, { gain: 0 });
    source.connect(tap).connect(mute).connect(ctx.destination);
    const lease = leaseVadWorker();
    const worker = lease.worker;
    workers.set(party, worker);
    const channel = new MessageChannel();
    tap.port.postMessage({ port: channel.port1 }, [channel.port1]);
    lease.listen(
      (msg) => {
        if (msg.type === 'vad') on.event(party, toCall(msg.event));
        else if (msg.type === 'ready') on.ready(party);
        else if (msg.type === 'error') on.error(party, msg.message);
        else if (msg.type === 'stats') on.stats?.(party, msg);
      },
      (message) => on.error(party, message),
    );
    const init: VadInit = {
      type: 'init',
      assetBase: document.baseURI,
      version: settings.vadModel,
      sampleRate: ctx.sampleRate,
      segmenter: {
        startThreshold: settings.startThreshold,
        endThreshold: Math.min(settings.endThreshold, settings.startThreshold),
        minSpeechMs: settings.minSpeechMs,
        minSilenceMs: settings.minSilenceMs,
      },
      port: channel.port2,
      use: lease.use,
    };
    worker.postMessage(init, [channel.port2]);
    return () => {
      tap.port.postMessage({ stop: true });
      source.disconnect();
      tap.disconnect();
      mute.disconnect();
      lease.release();
    };
  });
  let stopped = false;
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      stops.forEach((s) => s());
      releaseContext();
    },
    originMs,
    sendSegmentsTo: (party, port) => workers.get(party)?.postMessage({ type: 'segments', port } satisfies VadSegmentsTo, [port]),
  };
}
