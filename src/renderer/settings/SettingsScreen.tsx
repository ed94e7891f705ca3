// First-run account screen, and the settings screen afterwards: account, phone options, audio devices,
// language. Fields fixed by admin policy are disabled and say so.
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistSettings, Settings } from '../../shared/settings/schema';
import { isLocked } from '../../shared/settings/layers';
import { DeviceSettings } from '../audio/DeviceSettings';
import { VoiceFields } from './VoiceFields';
import { AssistSettingsFields } from '../assist/components/AssistSettingsFields';
import { saveLlmKey } from '../assist/generate/llmKey';
import { CaptionsFields } from '../captions/components/CaptionsFields';
import { SaveDiagnostics } from '../diagnostics';
import { bridge } from '../bridge';
import { LANGUAGES } from '../i18n';
import { fieldsFrom, validateAccount, type AccountFieldErrors, type AccountFields } from './accountForm';
import { accountId, useSettings } from './store';

export interface SettingsScreenProps {
  /**
   * Called after a successful save, with the password to register with (null: none known yet). The phone
   * follows the saved settings by itself (app/startupWiring.ts); this is for what the app shows next.
   */
  onSaved(password: string | null): void;
  onCancel?: () => void;
}

export function SettingsScreen({ onSaved, onCancel }: SettingsScreenProps) {
  const { t } = useTranslation();
  const snapshot = useSettings((s) => s.snapshot)!;
  const saveError = useSettings((s) => s.error);
  const [fields, setFields] = useState<AccountFields>(() => fieldsFrom(snapshot.effective.account));
  const [draft, setDraft] = useState<Settings>(snapshot.user);
  const [errors, setErrors] = useState<AccountFieldErrors>({});
  const [passwordKnown, setPasswordKnown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [llmKey, setLlmKey] = useState('');
  const [keyError, setKeyError] = useState<string | null>(null);
  const [iceError, setIceError] = useState<string | null>(null);
  const locked = (path: string) => isLocked(snapshot, path);
  // Fields fixed by policy show the policy's value.
  const assist = Object.fromEntries(
    Object.entries(draft.assist).map(([k, v]) => [k, locked(`assist.${k}`) ? snapshot.effective.assist[k as keyof AssistSettings] : v]),
  ) as AssistSettings;

  useEffect(() => {
    const account = snapshot.effective.account;
    if (!account || fields.sipAddress.trim().toLowerCase() !== accountId(account)) return setPasswordKnown(false);
    void useSettings.getState().password(account).then((p) => setPasswordKnown(p !== null));
  }, [fields.sipAddress, snapshot]);

  const setField = <K extends keyof AccountFields>(key: K, value: AccountFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { account, errors: found, iceSecrets } = validateAccount(fields, passwordKnown);
    setErrors(found);
    if (!account) return;
    setBusy(true);
    // TURN credentials go to the vault, never into settings (a server list fixed by policy brings its own),
    // and before the save: the phone re-registers as soon as the saved settings change, and reads them then.
    const storesIce = iceSecrets.length > 0 && !locked('account.iceServers');
    const refused = storesIce ? await useSettings.getState().saveIceCredentials(iceSecrets) : null;
    const saved = await useSettings.getState().save({ ...draft, account }, fields.password);
    if (saved && storesIce) {
      setFields((f) => ({ ...f, iceServers: fieldsFrom(account).iceServers })); // the form keeps no credential either
      setIceError(refused);
      if (refused) return setBusy(false); // stay, so the agent reads why (the credential works for this session)
    }
    if (saved && llmKey) {
      // The key goes to the credential vault, bound to the server it is for; never into settings.
      const endpoint = saved.effective.assist.llmEndpoint;
      const stored = endpoint ? await saveLlmKey(endpoint, llmKey).then(() => null, (err: unknown) => (err instanceof Error ? err.message : String(err))) : t('assist.settings.keyNeedsUrl');
      setKeyError(stored);
      if (stored) return setBusy(false);
      setLlmKey('');
    }
    setBusy(false);
    if (!saved?.effective.account) return;
    const password = fields.password || (await useSettings.getState().password(saved.effective.account));
    onSaved(password);
  };

  const text = (key: 'displayName' | 'sipAddress' | 'username' | 'websocketServer', type = 'text', placeholder?: string) => (
    <Field id={key} label={t(`settings.field.${key}`)} error={errors[key]} locked={locked(`account.${key}`)}>
      {(props) => (
        <input {...props} type={type} value={fields[key]} placeholder={placeholder} onChange={(e) => setField(key, e.target.value)} />
      )}
    </Field>
  );

  return (
    <form className="settings" onSubmit={submit} noValidate aria-label={t('settings.title')}>
      <h2>{snapshot.effective.account ? t('settings.title') : t('settings.firstRun')}</h2>
      <fieldset>
        <legend>{t('settings.account')}</legend>
        {text('displayName')}
        {text('sipAddress', 'text', 'sip:1001@pbx.example.com')}
        {text('username')}
        <Field id="password" label={t('settings.field.password')} error={errors.password} locked={false}
          hint={passwordKnown ? t('settings.passwordKept') : undefined}>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={fields.password} onChange={(e) => setField('password', e.target.value)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={fields.rememberPassword} disabled={locked('account.rememberPassword')}
            onChange={(e) => setField('rememberPassword', e.target.checked)} />
          {t('settings.field.rememberPassword')}
        </label>
        {text('websocketServer', 'url', 'wss://pbx.example.com:8089/ws')}
        <Field id="backupServers" label={t('settings.field.backupServers')} error={errors.backupServers} locked={locked('account.backupServers')}
          hint={t('settings.backupHint')}>
          {(props) => <textarea {...props} rows={2} value={fields.backupServers} placeholder="wss://pbx2.example.com:8089/ws" onChange={(e) => setField('backupServers', e.target.value)} />}
        </Field>
        <Field id="iceServers" label={t('settings.field.iceServers')} error={errors.iceServers} locked={locked('account.iceServers')}
          hint={t('settings.iceHint')}>
          {(props) => <textarea {...props} rows={2} value={fields.iceServers} onChange={(e) => setField('iceServers', e.target.value)} />}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('settings.phone')}</legend>
        <Field id="dtmfMethod" label={t('settings.field.dtmfMethod')} locked={locked('phone.dtmfMethod')}>
          {(props) => (
            <select {...props} value={draft.phone.dtmfMethod}
              onChange={(e) => setDraft({ ...draft, phone: { ...draft.phone, dtmfMethod: e.target.value as Settings['phone']['dtmfMethod'] } })}>
              <option value="rfc4733">{t('settings.dtmf.rfc4733')}</option>
              <option value="info">{t('settings.dtmf.info')}</option>
            </select>
          )}
        </Field>
        <Field id="language" label={t('settings.field.language')} locked={locked('language')}>
          {(props) => (
            <select {...props} value={draft.language} onChange={(e) => setDraft({ ...draft, language: e.target.value as Settings['language'] })}>
              {LANGUAGES.map((l) => <option key={l} value={l}>{t(`settings.language.${l}`)}</option>)}
            </select>
          )}
        </Field>
      </fieldset>
      <DeviceSettings value={draft.audio} onChange={(audio) => setDraft({ ...draft, audio })} locked={(f) => locked(`audio.${f}`)} />
      <VoiceFields value={draft.voice} onChange={(voice) => setDraft({ ...draft, voice })} locked={(f) => locked(`voice.${f}`)} />
      <CaptionsFields value={draft.captions} enforced={snapshot.effective.captions} onChange={(captions) => setDraft({ ...draft, captions })} locked={(f) => locked(`captions.${f}`)} files={bridge.files} />
      <AssistSettingsFields value={assist} onChange={(next) => setDraft({ ...draft, assist: next })} locked={(f) => locked(`assist.${f}`)} apiKey={llmKey} onApiKey={setLlmKey} />
      <SaveDiagnostics />
      {keyError && <div role="alert">{t('assist.settings.keyFailed', { message: keyError })}</div>}
      {iceError && <div role="alert">{t('settings.iceCredentialNotKept', { message: iceError })}</div>}
      {saveError && (
        <div role="alert">
          {t('settings.saveFailed', { message: saveError.message })}
          {saveError.issues.length > 0 && <ul>{saveError.issues.map((i) => <li key={i}>{i}</li>)}</ul>}
        </div>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>{t('settings.save')}</button>
        {onCancel && <button type="button" onClick={onCancel}>{t('settings.cancel')}</button>}
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  error?: { key: string; params?: Record<string, string | number> };
  locked: boolean;
  hint?: string;
  children(props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string; disabled: boolean }): ReactNode;
}

function Field({ id, label, error, locked, hint, children }: FieldProps) {
  const { t } = useTranslation();
  const uid = useId();
  const inputId = `${uid}-${id}`;
  const describedBy = [error && `${inputId}-error`, (hint || locked) && `${inputId}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      {children({ id: inputId, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy, disabled: locked })}
      {(hint || locked) && <small id={`${inputId}-hint`}>{locked ? t('settings.locked') : hint}</small>}
      {error && <small id={`${inputId}-error`} className="error" role="alert">{t(error.key, error.params)}</small>}
    </div>
  );
}
