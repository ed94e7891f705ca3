import type { Segment } from '../metrics/talkMetrics';

const WINDOW_MS = 60_000;

/** The last minute of who spoke when: agent on the top row, customer below. */
export function Timeline({ segments, nowMs, label }: { segments: Segment[]; nowMs: number; label: string }) {
  const from = Math.max(0, nowMs - WINDOW_MS);
  const x = (ms: number) => ((Math.max(ms, from) - from) / WINDOW_MS) * 100;
  return (
    <svg className="timeline" role="img" aria-label={label} viewBox="0 0 100 12" preserveAspectRatio="none" width="100%" height="24">
      <rect x="0" y="0" width="100" height="12" fill="#eef1f4" />
      {segments
        .filter((s) => s.endMs > from)
        .map((s, i) => (
          <rect key={i} x={x(s.startMs)} width={Math.max(0.3, x(s.endMs) - x(s.startMs))} y={s.party === 'agent' ? 1 : 7} height="4"
            fill={s.party === 'agent' ? '#2c7be5' : '#d9822b'} />
        ))}
    </svg>
  );
}
