import { useTranslation } from 'react-i18next';
import { useInsights } from '../index';
import { ScriptChecklist } from './ScriptChecklist';
import { SentimentTrend } from './SentimentTrend';

const NONE = { sentiment: [], ticked: {} };

/** Live insights for one call: the customer's sentiment trend and the script checklist. */
export function CallInsightsPanel({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const call = useInsights((s) => s.calls[callId]) ?? NONE;
  const checklist = useInsights((s) => s.checklist);
  return (
    <div className="call-insights" role="group" aria-label={t('insights.title')}>
      <SentimentTrend points={call.sentiment} />
      <ScriptChecklist items={checklist} ticked={call.ticked} />
    </div>
  );
}
