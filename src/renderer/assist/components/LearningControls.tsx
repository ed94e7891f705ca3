import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveExport } from '../../callData';
import { useSettings } from '../../settings/store';
import { learningEnabled, useLearning } from '../learning/store';
import { weightOf } from '../learning/phrasing';
import { useAssist } from '../store';

/** Learning from agents: how much has been learned, "Export confirmed phrasings" (for the
 *  knowledge-base owner) and "Reset learning" (asks first). */
export function LearningControls() {
  const { t } = useTranslation();
  const phrasings = useLearning((s) => s.phrasings);
  const failed = useLearning((s) => s.error);
  useSettings((s) => s.snapshot); // re-render when the setting or policy changes
  const uid = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmed = phrasings.filter((p) => weightOf(p) === 1).length;
  const partial = phrasings.filter((p) => weightOf(p) > 0 && weightOf(p) < 1).length;
  const save = async () => {
    try {
      saveExport(await useLearning.getState().exportConfirmed((ids) => useAssist.getState().articles(ids)));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="learning" aria-label={t('assist.learning.region')}>
      <h3>{t('assist.learning.region')}</h3>
      <p role="status">{learningEnabled() ? t('assist.learning.summary', { confirmed, partial }) : t('assist.learning.off')}</p>
      <button type="button" disabled={confirmed === 0} onClick={() => void save()}>{t('assist.learning.export')}</button>
      {!confirming && <button type="button" disabled={phrasings.length === 0} onClick={() => setConfirming(true)}>{t('assist.learning.reset')}</button>}
      {confirming && (
        <div role="alertdialog" aria-label={t('assist.learning.reset')} aria-describedby={`${uid}-question`}>
          <p id={`${uid}-question`}>{t('assist.learning.resetConfirm', { count: phrasings.length })}</p>
          <button type="button" onClick={() => void useLearning.getState().reset().finally(() => setConfirming(false))}>{t('assist.learning.resetYes')}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('assist.learning.cancel')}</button>
        </div>
      )}
      {error && <p role="alert">{t('assist.learning.exportFailed', { message: error })}</p>}
      {failed && <p role="alert">{t('assist.learning.failed', { message: failed })}</p>}
    </section>
  );
}
