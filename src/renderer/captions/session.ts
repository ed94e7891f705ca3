// Starts and stops a call's captions: finds the model (folder > cache > download when allowed), starts
// the caption worker, and connects it to the call's VAD workers, whose segment audio then flows to it
// directly. Captions go out through the transcript boundary. A missing or broken model only changes
// the captions panel: the call itself never waits for captions.
import type { CaptionsSettings } from '../../shared/settings/schema';
import { redact } from '../../shared/privacy/redact';
import { runningAnalysis } from '../voice/session';
import { publishUtterance } from '../voice/transcript';
import { downloadAllowed, findModel } from './models/provision';
import { downloadModel } from './models/download';
import { ModelStore } from './models/modelStore';
import type { CaptionIn, CaptionOut } from './engine/protocol';
import { useCaptions, type TranscriptLine } from './store';

/** What history keeps: final lines, personal data masked. */
export type TranscriptRecord = Pick<TranscriptLine, 'speaker' | 'text' | 'startMs' | 'endMs'>[];

const workers = new Map<string, Worker>();
const active = new Map<string, CaptionsSettings>(); // calls that want captions
let store: ModelStore | null = null;
const modelStore = () => (store ??= new ModelStore());

export const SEGMENT_END_MARK = 'switchboard:caption-segment-end:';

export async function captionCall(callId: string, settings: CaptionsSettings): Promise<void> {
  active.set(callId, settings);
  const captions = useCaptions.getState();
  captions.setPaused(callId, captions.calls[callId]?.paused ?? false);
  if (!settings.enabled) return captions.setModel({ status: 'disabled' });
  if (workers.has(callId)) return;
  captions.setModel({ status: 'checking' });
  const found = await findModel(settings, { baseURI: document.baseURI, store: modelStore() });
  if (!active.has(callId)) return;
  if (found.kind === 'missing') return captions.setModel({ status: 'missing', canDownload: found.canDownload });
  const analysis = await runningAnalysis(callId);
  if (!analysis || !active.has(callId) || workers.has(callId)) return;
  captions.setModel({ status: 'loading' });
  const worker = new Worker(new URL('./engine/caption.worker.ts', import.meta.url), { type: 'module', name: 'captions' });
  workers.set(callId, worker);
  const send = (m: CaptionIn, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  for (const party of ['agent', 'customer'] as const) {
    const channel = new MessageChannel();
    analysis.sendSegmentsTo(party, channel.port1);
    send({ type: 'attach', party, port: channel.port2 }, [channel.port2]);
  }
  if (useCaptions.getState().calls[callId]?.paused) send({ type: 'pause', paused: true });
  worker.onmessage = (e: MessageEvent<CaptionOut>) => {
    const m = e.data;
    if (m.type === 'ready') useCaptions.getState().setModel({ status: 'ready', device: m.device, from: found.source.kind });
    else if (m.type === 'error' && m.fatal) useCaptions.getState().setModel({ status: 'failed', message: m.message });
    else if (m.type === 'error') console.warn('captions:', m.message);
    else if (m.type === 'caption') {
      const c = m.caption;
      if (c.final && c.segmentEndedAt !== undefined) {
        // For the benchmark: segment end -> on screen (the panel closes it), and the decode alone.
        performance.mark(SEGMENT_END_MARK + c.id, { startTime: c.segmentEndedAt - performance.timeOrigin });
        performance.measure('switchboard:caption-decode', { start: Math.max(0, performance.now() - c.decodeMs), duration: c.decodeMs });
      }
      publishUtterance({ callId, id: c.id, speaker: c.party, text: c.text, final: c.final, startMs: c.startMs - analysis.originMs, atMs: c.endMs - analysis.originMs });
    }
  };
  worker.onerror = (e) => useCaptions.getState().setModel({ status: 'failed', message: e.message || 'caption worker failed' });
  send({ type: 'load', source: found.source, language: settings.language });
}

export function pauseCaptions(callId: string, paused: boolean): void {
  useCaptions.getState().setPaused(callId, paused);
  workers.get(callId)?.postMessage({ type: 'pause', paused } satisfies CaptionIn);
}

/** How long the end of a call waits for the last utterance's final text. */
const FLUSH_MS = 3000;

/** Stops the call's captions; the transcript to keep with the call (masked), if there is one. */
export async function finishCaptions(callId: string): Promise<TranscriptRecord | null> {
  active.delete(callId);
  const worker = workers.get(callId);
  workers.delete(callId);
  if (worker) {
    // What was still being said when the call ended gets its final text (briefly: history waits).
    await new Promise<void>((done) => {
      const timer = setTimeout(done, FLUSH_MS);
      worker.addEventListener('message', (e: MessageEvent<CaptionOut>) => {
        if (e.data.type === 'flushed') {
          clearTimeout(timer);
          done();
        }
      });
      worker.postMessage({ type: 'flush' } satisfies CaptionIn);
    });
    worker.terminate();
  }
  const lines = useCaptions.getState().finish(callId);
  if (!lines.length) return null;
  return lines.map((l) => ({ speaker: l.speaker, text: redact(l.text).text, startMs: Math.round(l.startMs), endMs: Math.round(l.endMs) }));
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
  for (const callId of active.keys()) if (!workers.has(callId)) await captionCall(callId, settings);
}
