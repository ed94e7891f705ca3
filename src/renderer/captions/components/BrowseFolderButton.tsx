import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../../shared/bridge';

/**
 * "Browse…" for the caption model folder: the host's folder picker, shown only where one exists
 * (`files.canChooseFolder`, the desktop app). Cancelling changes nothing; a failure is said plainly.
 */
export function BrowseFolderButton({ files, disabled, onChosen }: { files: Bridge['files']; disabled: boolean; onChosen(folder: string): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  if (!files.canChooseFolder) return null;
  const browse = async () => {
    try {
      const folder = await files.chooseFolder('caption-models', t('captions.settings.chooseFolderTitle'));
      setError(null);
      if (folder !== null) onChosen(folder);
    } catch (e) {
      setError(t('captions.settings.browseFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => void browse()}>
        {t('captions.settings.browse')}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
