import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportCalls, saveExport, type ExportFormat, type StoredCall } from '../../callData';
import { ClearHistoryDialog } from './ClearHistoryDialog';

/** Search, export of the rows shown, and "Clear call history" (after a confirmation). */
export function HistoryToolbar({ query, onQuery, visible, total, onClear }: { query: string; onQuery(q: string): void; visible: readonly StoredCall[]; total: number; onClear(): Promise<void> }) {
  const { t } = useTranslation();
  const uid = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  const doExport = () => {
    try {
      saveExport(exportCalls(visible, format));
      setError(null);
    } catch (e) {
      setError(t('history.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const close = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };
  const confirmClear = async () => {
    setBusy(true);
    try {
      await onClear();
      setError(null);
      setConfirming(false);
    } catch (e) {
      setError(t('history.clearFailed', { message: e instanceof Error ? e.message : String(e) }));
      close();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="history-toolbar">
      <input type="search" aria-label={t('history.search')} placeholder={t('history.searchHint')} value={query} onChange={(e) => onQuery(e.target.value)} />
      <label htmlFor={`${uid}-format`}>{t('history.exportFormat')}</label>
      <select id={`${uid}-format`} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        <option value="csv">CSV</option>
        <option value="json">JSON</option>
      </select>
      <button type="button" onClick={doExport} disabled={visible.length === 0}>
        {t('history.export')}
      </button>
      <button type="button" ref={clearButton} onClick={() => setConfirming(true)} disabled={total === 0}>
        {t('history.clear')}
      </button>
      {query.trim() && <p role="status">{visible.length ? t('history.showing', { shown: visible.length, total }) : t('history.noMatch', { query: query.trim() })}</p>}
      {error && <p role="alert">{error}</p>}
      {confirming && <ClearHistoryDialog count={total} busy={busy} onCancel={close} onConfirm={() => void confirmClear()} />}
    </div>
  );
}
