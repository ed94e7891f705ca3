// Starts and stops a call's captions: finds the model (folder > cache > download when allowed), starts
// the caption worker (once; it keeps the model for the next call), and connects it to the call's VAD
// workers, whose segment audio then flows to it directly. Captions go into the call's transcript
// (transcript/). A missing or broken model only changes the captions panel: a call never waits for captions.
import type { CaptionsSettings } from '../../shared/settings/schema';
import { runningAnalysis } from '../voice/callAnalysis';
import { publishUtterance, useTranscript } from '../transcript';
import { downloadAllowed, downloadModel, findModel, ModelStore, type ModelSource } from '../models';
import type { CaptionIn, CaptionOut } from './engine/protocol';
import type { Caption } from './engine/types';
import { useCaptions } from './store';

const active = new Map<string, CaptionsSettings>(); // calls that want captions
const attached = new Map<string, { originMs: number }>(); // calls whose audio reaches the worker
let store: ModelStore | null = null;
const modelStore = () => (store ??= new ModelStore());

export const SEGMENT_END_MARK = 'switchboard:caption-segment-end:';
export const segmentEndMark = (callId: string, captionId: string) => `${SEGMENT_END_MARK}${callId}:${captionId}`;

/** One caption worker for the model in use, kept across calls: back-to-back calls do not reload it. */
let shared: { key: string; worker: Worker; from: ModelSource['kind'] } | null = null;

function captionWorker(source: ModelSource, language: CaptionsSettings['language']): Worker {
  const key = JSON.stringify([source, language]);
  if (shared?.key === key) return shared.worker;
  if (shared) {
    // The model changed (settings): calls on the old one lose their captions until they re-attach.
    shared.worker.terminate();
    attached.clear();
  }
  const worker = new Worker(new URL('./engine/caption.worker.ts', import.meta.url), { type: 'module', name: 'captions' });
  const mine = { key, worker, from: source.kind };
  shared = mine;
  const failed = (message: string) => {
    if (shared === mine) shared = null; // the next call tries again
    worker.terminate();
    attached.clear();
    useCaptions.getState().setModel({ status: 'failed', message });
  };
  worker.onmessage = (e: MessageEvent<CaptionOut>) => {
    const m = e.data;
    if (m.type === 'ready') useCaptions.getState().setModel({ status: 'ready', device: m.device, from: mine.from });
    else if (m.type === 'error' && m.fatal) failed(m.message);
    else if (m.type === 'error') console.warn('captions:', m.message);
    else if (m.type === 'caption') onCaption(m.callId, m.caption);
  };
  worker.onerror = (e) => failed(e.message || 'caption worker failed');
  worker.postMessage({ type: 'load', source, language } satisfies CaptionIn);
  useCaptions.getState().setModel({ status: 'loading' });
  return worker;
}

function onCaption(callId: string, c: Caption): void {
  const call = attached.get(callId);
  if (!call) return;
  if (c.final && c.segmentEndedAt !== undefined) {
    // For the benchmark: segment end -> on screen (the panel closes it), and the decode alone.
    performance.mark(segmentEndMark(callId, c.id), { startTime: c.segmentEndedAt - performance.timeOrigin });
    performance.measure('switchboard:caption-decode', { start: Math.max(0, performance.now() - c.decodeMs), duration: c.decodeMs });
  }
  publishUtterance({ callId, id: c.id, speaker: c.party, text: c.text, final: c.final, startMs: c.startMs - call.originMs, atMs: c.endMs - call.originMs });
}

export async function captionCall(callId: string, settings: CaptionsSettings): Promise<void> {
  active.set(callId, settings);
  const captions = useCaptions.getState();
  if (!settings.enabled) return captions.setModel({ status: 'disabled' });
  if (attached.has(callId)) return;
  if (!shared) captions.setModel({ status: 'checking' });
  const found = await findModel(settings, { baseURI: document.baseURI, store: modelStore() });
  if (!active.has(callId)) return;
  if (found.kind === 'missing') return captions.setModel({ status: 'missing', canDownload: found.canDownload });
  const analysis = await runningAnalysis(callId);
  if (!analysis || !active.has(callId) || attached.has(callId)) return;
  const worker = captionWorker(found.source, settings.language);
  attached.set(callId, { originMs: analysis.originMs });
  for (const party of ['agent', 'customer'] as const) {
    const channel = new MessageChannel();
    analysis.sendSegmentsTo(party, channel.port1);
    worker.postMessage({ type: 'attach', callId, party, port: channel.port2 } satisfies CaptionIn, [channel.port2]);
  }
  if (useTranscript.getState().calls[callId]?.paused) worker.postMessage({ type: 'pause', callId, paused: true } satisfies CaptionIn);
}

export function pauseCaptions(callId: string, paused: boolean): void {
  useTranscript.getState().setPaused(callId, paused);
  if (attached.has(callId)) shared?.worker.postMessage({ type: 'pause', callId, paused } satisfies CaptionIn);
}

/** How long the end of a call waits for the last utterance's final text. */
const FLUSH_MS = 3000;

/** Stops the call's captions once the last words are in its transcript (or FLUSH_MS has passed). */
export async function finishCaptions(callId: string): Promise<void> {
  active.delete(callId);
  const worker = shared?.worker;
  if (attached.has(callId) && worker) {
    // What was still being said when the call ended gets its final text (briefly: history waits).
    await new Promise<void>((done) => {
      const timer = setTimeout(finished, FLUSH_MS);
      function finished() {
        clearTimeout(timer);
        worker!.removeEventListener('message', onMessage);
        done();
      }
      function onMessage(e: MessageEvent<CaptionOut>) {
        if (e.data.type === 'finished' && e.data.callId === callId) finished();
      }
      worker.addEventListener('message', onMessage);
      worker.postMessage({ type: 'finish', callId } satisfies CaptionIn);
    });
  }
  attached.delete(callId);
}

/** "Download model": only where policy allows; then captions start for the calls waiting for them. */
export async function downloadCaptionModel(settings: CaptionsSettings): Promise<void> {
  const captions = useCaptions.getState();
  if (!downloadAllowed(settings)) return captions.setModel({ status: 'missing', canDownload: false });
  captions.setModel({ status: 'downloading', receivedBytes: 0, totalBytes: 0 });
  try {
    await downloadModel({
      baseUrl: settings.downloadBaseUrl,
      modelId: settings.modelId,
      store: modelStore(),
      onProgress: (p) => useCaptions.getState().setModel({ status: 'downloading', receivedBytes: p.receivedBytes, totalBytes: p.totalBytes }),
    });
  } catch (e) {
    return captions.setModel({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
  await retryWaitingCalls(settings);
}

/** After the model folder changed (settings or "Choose folder"): look again for calls without captions. */
export async function retryWaitingCalls(settings: CaptionsSettings): Promise<void> {
  for (const callId of active.keys()) if (!attached.has(callId)) await captionCall(callId, settings);
}
