import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../../shared/bridge';
import type { CaptionsSettings } from '../../../shared/settings/schema';
import { BrowseFolderButton } from './BrowseFolderButton';

type Field = keyof CaptionsSettings;

/**
 * Settings -> Live captions: which model, where it comes from, whether it may be downloaded. Fields fixed
 * by policy are disabled and show the policy's value (`enforced`); the user's own value stays in `value`.
 * Where the host has a folder picker (`files.canChooseFolder`: the desktop app) the model folder is set
 * with "Browse…" only and its field is read-only (main refuses a typed path); the web build types it.
 */
export function CaptionsFields({ value, enforced, onChange, locked, files }: { value: CaptionsSettings; enforced: CaptionsSettings; onChange(next: CaptionsSettings): void; locked(field: Field): boolean; files: Bridge['files'] }) {
  const { t } = useTranslation();
  const uid = useId();
  const shown = <F extends Field>(f: F): CaptionsSettings[F] => (locked(f) ? enforced[f] : value[f]);
  const lockNote = (f: Field) => locked(f) && <small>{t('captions.settings.locked')}</small>;
  const check = (f: 'enabled' | 'allowDownload') => (
    <label className="check">
      <input type="checkbox" checked={shown(f)} disabled={locked(f)} onChange={(e) => onChange({ ...value, [f]: e.target.checked })} />
      {t(`captions.settings.${f}`)} {lockNote(f)}
    </label>
  );
  const text = (f: 'modelId' | 'modelFolder' | 'downloadBaseUrl', hint?: string) => (
    <div className="field">
      <label htmlFor={`${uid}-${f}`}>{t(`captions.settings.${f}`)}</label>
      {f === 'modelFolder' && files.canChooseFolder ? (
        <input id={`${uid}-${f}`} value={shown(f)} disabled={locked(f)} readOnly />
      ) : (
        <input id={`${uid}-${f}`} value={shown(f)} disabled={locked(f)} onChange={(e) => onChange({ ...value, [f]: e.target.value })} />
      )}
      {f === 'modelFolder' && <BrowseFolderButton files={files} disabled={locked(f)} folder={shown(f)} onChosen={(modelFolder) => onChange({ ...value, modelFolder })} />}
      {hint && <small>{hint}</small>}
      {lockNote(f)}
    </div>
  );
  return (
    <fieldset>
      <legend>{t('captions.settings.title')}</legend>
      {check('enabled')}
      {text('modelId', t('captions.settings.modelIdHint'))}
      {text('modelFolder', t('captions.settings.modelFolderHint'))}
      <div className="field">
        <label htmlFor={`${uid}-language`}>{t('captions.settings.language')}</label>
        <select id={`${uid}-language`} value={shown('language')} disabled={locked('language')} onChange={(e) => onChange({ ...value, language: e.target.value as CaptionsSettings['language'] })}>
          <option value="en">English</option>
          <option value="zh">中文</option>
        </select>
        {lockNote('language')}
      </div>
      {check('allowDownload')}
      {text('downloadBaseUrl')}
    </fieldset>
  );
}
