// The draft as text the agent edits, in the interface language.
import type { SummaryDraft } from './types';

type T = (key: string, vars?: Record<string, unknown>) => string;

export function formatDraft(d: SummaryDraft, t: T): string {
  if (d.text?.trim()) return d.text.trim();
  const lines: string[] = [];
  lines.push(d.request ? t('wrapup.draft.reason', { text: d.request }) : t('wrapup.draft.noRequest'));
  if (d.topic) lines.push(t('wrapup.draft.topic', { title: d.topic }));
  if (d.actions.length) lines.push(t('wrapup.draft.actions'), ...d.actions.map((a) => `- ${a}`));
  else lines.push(t('wrapup.draft.noActions'));
  lines.push(t('wrapup.draft.outcome', { outcome: t(`wrapup.outcome.${d.outcome}`) }));
  return lines.join('\n');
}
