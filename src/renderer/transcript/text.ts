import { formatDuration } from '../phone/phoneState';
import type { TranscriptLine } from './store';
import type { Speaker } from './utterance';

/** Plain text of a transcript, for the clipboard: "Agent: …" / "Customer: …" per line. */
export function transcriptText(lines: readonly Pick<TranscriptLine, 'speaker' | 'text' | 'startMs'>[], label: (s: Speaker) => string): string {
  return lines.filter((l) => l.text).map((l) => `[${formatDuration(l.startMs / 1000)}] ${label(l.speaker)}: ${l.text}`).join('\n');
}
