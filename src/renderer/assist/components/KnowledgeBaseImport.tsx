import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssist } from '../store';

/** Import a knowledge base from files (Markdown, JSON, CSV): all or nothing, parsed in a worker with a progress bar. */
export function KnowledgeBaseImport() {
  const { t } = useTranslation();
  const uid = useId();
  const [done, setDone] = useState<number | null>(null);
  const progress = useAssist((s) => s.importProgress);
  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setDone(null);
    // The files themselves go to the worker: reading 20 MB of text happens there too.
    const files = [...list].map((f) => ({ name: f.webkitRelativePath || f.name, data: f as Blob }));
    const ok = await useAssist.getState().importFiles(files);
    setDone(ok ? files.length : null);
  };
  const percent = progress ? Math.floor((100 * progress.done) / Math.max(1, progress.total)) : 0;
  return (
    <div className="kb-import">
      <label htmlFor={`${uid}-files`}>{t('assist.import')}</label>
      <input id={`${uid}-files`} type="file" multiple accept=".md,.markdown,.json,.csv" disabled={progress !== null} onChange={(e) => void onFiles(e.target.files)} />
      {progress && (
        <div className="kb-import-progress">
          <progress aria-label={t('assist.importing')} max={100} value={percent} aria-valuenow={percent}
            aria-valuetext={t(`assist.importStage.${progress.stage}`, { percent, rows: progress.rows })} />
          <span aria-hidden="true">{t(`assist.importStage.${progress.stage}`, { percent, rows: progress.rows })}</span>
        </div>
      )}
      {done !== null && <p role="status">{t('assist.imported', { count: done })}</p>}
    </div>
  );
}
