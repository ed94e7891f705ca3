import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../phone/phoneState';
import type { ChecklistItem } from '../checklist/checklistProgress';

/** The call script's required phrases, ticked as the agent says them (read-only: the transcript ticks). */
export function ScriptChecklist({ items, ticked }: { items: ChecklistItem[]; ticked: Record<string, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="script-checklist" aria-label={t('insights.checklist.title')}>
      {items.map((item) => {
        const at = ticked[item.id];
        return (
          <li key={item.id}>
            <span role="checkbox" aria-checked={at !== undefined} aria-readonly="true" data-item={item.id}>
              {item.label ?? t(`insights.checklist.item.${item.id}`)}
            </span>
            {at !== undefined && <span className="said-at"> · {t('insights.checklist.saidAt', { time: formatDuration(at / 1000) })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
