import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../../../shared/settings/layers';
import { bridge } from '../../bridge';
import { useSettings } from '../../settings/store';
import { downloadCaptionModel } from '../callCaptions';
import { BrowseFolderButton } from './BrowseFolderButton';

/** No model: say so, and offer the two ways to get one. The call goes on regardless. */
export function ModelMissing({ canDownload }: { canDownload: boolean }) {
  const { t } = useTranslation();
  const snapshot = useSettings((s) => s.snapshot);
  const [choosing, setChoosing] = useState(false);
  const [folder, setFolder] = useState(() => (snapshot ? snapshot.effective.captions.modelFolder : ''));
  if (!snapshot) return null;
  const captions = snapshot.effective.captions;
  const folderLocked = isLocked(snapshot, 'captions.modelFolder');

  const useFolder = async () => {
    const user = snapshot.user;
    // The one save path: the waiting calls try again when the saved settings change (app/startupWiring.ts).
    const saved = await useSettings.getState().save({ ...user, captions: { ...user.captions, modelFolder: folder.trim() } });
    if (saved) setChoosing(false);
  };

  return (
    <div className="captions-missing">
      <p role="status">{t('captions.noModel')}</p>
      <div className="controls">
        <button type="button" disabled={!canDownload} onClick={() => void downloadCaptionModel(captions)}>
          {t('captions.download')}
        </button>
        <button type="button" aria-expanded={choosing} disabled={folderLocked} onClick={() => setChoosing(!choosing)}>
          {t('captions.chooseFolder')}
        </button>
      </div>
      {!canDownload && <p className="hint">{t('captions.downloadOff')}</p>}
      {folderLocked && <p className="hint">{t('captions.folderLocked')}</p>}
      {choosing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void useFolder();
          }}
        >
          <label>
            {t('captions.folderLabel')}
            {/* Desktop: only "Browse…" sets it (main refuses a typed path). */}
            <input value={folder} readOnly={bridge.files.canChooseFolder} onChange={(e) => setFolder(e.target.value)} />
          </label>
          <BrowseFolderButton files={bridge.files} disabled={false} folder={folder} onChosen={setFolder} />
          <p className="hint">{t('captions.folderHint', { model: captions.modelId })}</p>
          <button type="submit">{t('captions.useFolder')}</button>
        </form>
      )}
    </div>
  );
}
