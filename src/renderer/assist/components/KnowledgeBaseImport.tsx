import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssist } from '../store';

/** Import a knowledge base from files (Markdown, JSON, CSV): all or nothing. */
export function KnowledgeBaseImport() {
  const { t } = useTranslation();
  const uid = useId();
  const [done, setDone] = useState<number | null>(null);
  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    const files = await Promise.all([...list].map(async (f) => ({ name: f.webkitRelativePath || f.name, text: await f.text() })));
    const ok = await useAssist.getState().importFiles(files);
    setDone(ok ? files.length : null);
  };
  return (
    <div className="kb-import">
      <label htmlFor={`${uid}-files`}>{t('assist.import')}</label>
      <input id={`${uid}-files`} type="file" multiple accept=".md,.markdown,.json,.csv" onChange={(e) => void onFiles(e.target.files)} />
      {done !== null && <p role="status">{t('assist.imported', { count: done })}</p>}
    </div>
  );
}
