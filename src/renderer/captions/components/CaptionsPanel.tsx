import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pauseCaptions, segmentEndMark } from '../callCaptions';
import { useCaptions, type ModelState } from '../store';
import { useTranscript, type TranscriptLine } from '../../transcript';
import { ModelMissing } from './ModelMissing';
import { formatDuration } from '../../phone/phoneState';
import { useCallSession } from '../../callSession';
import { transcriptForClipboard } from '../../callData';
import { callData } from '../../callData/store';

const NO_LINES: TranscriptLine[] = [];

/** Live captions beside a call: who said what, newest at the bottom. */
export function CaptionsPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const lines = useTranscript((s) => s.calls[callId]?.lines ?? NO_LINES);
  const paused = useTranscript((s) => s.calls[callId]?.paused ?? false);
  const model = useCaptions((s) => s.model);
  const callNumber = useCallSession((s) => s.calls.find((c) => c.id === callId)?.peerNumber || undefined);
  const [note, setNote] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useLatencyMarks(callId, lines);

  useEffect(() => {
    const el = list.current;
    // Reading scrollHeight lays the page out: not for an empty list (the moment a call is answered).
    if (el && lines.length) el.scrollTop = el.scrollHeight;
  }, [lines]);

  const label = (s: TranscriptLine['speaker']) => t(s === 'agent' ? 'captions.agent' : 'captions.customer');
  const copy = async () => {
    try {
      // Masked like the stored transcript: clipboards are kept by other programs.
      await navigator.clipboard.writeText(transcriptForClipboard(lines, label, callData.context(callNumber)));
      setNote(t('captions.copied'));
    } catch (e) {
      setNote(t('captions.copyFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section aria-label={t('captions.region')} className="captions">
      <div className="controls">
        <button type="button" aria-pressed={paused} onClick={() => pauseCaptions(callId, !paused)}>
          {paused ? t('captions.resume') : t('captions.pause')}
        </button>
        <button type="button" disabled={lines.length === 0} onClick={() => void copy()}>
          {t('captions.copy')}
        </button>
      </div>
      <ModelStatus model={model} />
      {paused && <p role="status">{t('captions.paused')}</p>}
      {note && <p role="status">{note}</p>}
      <ol ref={list} className="caption-lines" aria-live="polite">
        {lines.length === 0 && <li className="hint">{t('captions.empty')}</li>}
        {lines.map((l) => (
          <li key={l.id} data-final={l.final} className={`caption ${l.speaker}`}>
            <time className="at">{formatDuration(l.startMs / 1000)}</time> <span className="speaker">{label(l.speaker)}</span> <span className="text">{l.text}</span>
            {!l.final && <span className="hint"> {t('captions.interim')}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ModelStatus({ model }: { model: ModelState }) {
  const { t } = useTranslation();
  switch (model.status) {
    case 'missing':
      return <ModelMissing canDownload={model.canDownload} />;
    case 'downloading':
      return (
        <label className="download">
          {t('captions.downloading')}
          <progress value={model.receivedBytes} max={model.totalBytes || undefined} />
        </label>
      );
    case 'checking':
    case 'loading':
    case 'disabled':
      return <p className="hint">{t(`captions.${model.status}`)}</p>;
    case 'ready':
      return <p className="hint">{t('captions.ready', { device: model.device === 'webgpu' ? 'WebGPU' : 'WebAssembly' })}</p>;
    case 'failed':
      return <p role="alert">{t('captions.failed', { message: model.message })}</p>;
    default:
      return null;
  }
}

/** Segment end -> final caption painted: a user-timing measure the benchmark reads. */
function useLatencyMarks(callId: string, lines: TranscriptLine[]) {
  useEffect(() => {
    const marked = (l: TranscriptLine) => performance.getEntriesByName(segmentEndMark(callId, l.id), 'mark').length > 0;
    const due = lines.filter((l) => l.final && marked(l));
    if (!due.length) return;
    requestAnimationFrame(() =>
      due.forEach((l) => {
        if (!marked(l)) return; // measured already
        performance.measure('switchboard:caption-latency', segmentEndMark(callId, l.id));
        performance.clearMarks(segmentEndMark(callId, l.id));
      }),
    );
  }, [callId, lines]);
}
