import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../feedback/store';
import { saveExport } from '../../callData';

/** "Export feedback": every call's suggestion feedback as a CSV or JSON file. */
export function FeedbackExport() {
  const { t } = useTranslation();
  const uid = useId();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      saveExport(await useFeedback.getState().exportAll(format));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="feedback-export">
      <label htmlFor={`${uid}-format`}>{t('assist.exportFormat')}</label>
      <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'json')}>
        <option value="csv">CSV</option>
        <option value="json">JSON</option>
      </select>
      <button type="button" onClick={() => void save()}>{t('assist.export')}</button>
      {error && <p role="alert">{t('assist.exportFailed', { message: error })}</p>}
    </div>
  );
}
