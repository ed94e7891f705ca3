import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../../shared/bridge';

/**
 * "Browse…" for the caption model folder: the host's folder picker, shown only where one exists
 * (`files.canChooseFolder`, the desktop app), with "Use the shipped models" to clear a chosen folder. On the
 * desktop this is the only way to set the folder: main serves only a folder its own picker returned (or
 * policy's), never a typed path, so the field beside it is read-only there. Cancelling changes nothing;
 * a failure is said plainly.
 */
export function BrowseFolderButton({ files, disabled, folder, onChosen }: { files: Bridge['files']; disabled: boolean; folder: string; onChosen(folder: string): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  if (!files.canChooseFolder) return null;
  const browse = async () => {
    try {
      const chosen = await files.chooseFolder('caption-models', t('captions.settings.chooseFolderTitle'));
      setError(null);
      if (chosen !== null) onChosen(chosen);
    } catch (e) {
      setError(t('captions.settings.browseFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => void browse()}>
        {t('captions.settings.browse')}
      </button>
      {folder !== '' && (
        <button type="button" disabled={disabled} onClick={() => onChosen('')}>
          {t('captions.settings.useShipped')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}
