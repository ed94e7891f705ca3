import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssistSettings } from '../../../shared/settings/schema';
import { forgetLlmKey } from '../generate/llmKey';

export interface AssistSettingsFieldsProps {
  value: AssistSettings;
  onChange(next: AssistSettings): void;
  locked(field: keyof AssistSettings): boolean;
  /** The API key typed here: saved to the credential vault with the settings, never into them. */
  apiKey: string;
  onApiKey(key: string): void;
}

/** Agent assist: the optional LLM server for draft answers, the knowledge-base URL, the embedding model and learning from agents. */
export function AssistSettingsFields({ value, onChange, locked, apiKey, onApiKey }: AssistSettingsFieldsProps) {
  const { t } = useTranslation();
  const uid = useId();
  const [forgot, setForgot] = useState<string | null>(null);
  const field = (name: keyof AssistSettings, input: (id: string) => React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`${uid}-${name}`}>{t(`assist.settings.${name}`)}</label>
      {input(`${uid}-${name}`)}
      {(locked(name) || hint) && <small>{locked(name) ? t('settings.locked') : hint}</small>}
    </div>
  );
  const text = (name: 'llmEndpoint' | 'llmModel' | 'kbSourceUrl' | 'embeddingModelId', type: string, placeholder?: string, hint?: string) =>
    field(name, (id) => (
      <input id={id} type={type} value={value[name] ?? ''} placeholder={placeholder} disabled={locked(name)} onChange={(e) => onChange({ ...value, [name]: e.target.value })} />
    ), hint);
  const num = (name: 'llmTimeoutSec' | 'kbRefreshMin', min: number, max: number) =>
    field(name, (id) => (
      <input id={id} type="number" min={min} max={max} step={1} value={value[name]} disabled={locked(name)}
        onChange={(e) => e.target.value !== '' && onChange({ ...value, [name]: Number(e.target.value) })} />
    ));
  return (
    <fieldset>
      <legend>{t('assist.settings.title')}</legend>
      <label className="check">
        <input type="checkbox" checked={value.llmEnabled} disabled={locked('llmEnabled')} onChange={(e) => onChange({ ...value, llmEnabled: e.target.checked })} />
        {t('assist.settings.llmEnabled')}
      </label>
      {text('llmEndpoint', 'url', 'https://llm.example.com/v1/chat/completions')}
      {text('llmModel', 'text')}
      {field('llmKeyHeader', (id) => (
        <select id={id} value={value.llmKeyHeader} disabled={locked('llmKeyHeader')} onChange={(e) => onChange({ ...value, llmKeyHeader: e.target.value as AssistSettings['llmKeyHeader'] })}>
          <option value="authorization">{t('assist.settings.header.authorization')}</option>
          <option value="api-key">{t('assist.settings.header.apiKey')}</option>
        </select>
      ))}
      <div className="field">
        <label htmlFor={`${uid}-apiKey`}>{t('assist.settings.apiKey')}</label>
        <input id={`${uid}-apiKey`} type="password" autoComplete="off" value={apiKey} aria-describedby={`${uid}-apiKey-hint`} onChange={(e) => onApiKey(e.target.value)} />
        <small id={`${uid}-apiKey-hint`}>{t('assist.settings.apiKeyHint')}</small>
        {value.llmEndpoint && (
          <button type="button" onClick={() => void forgetLlmKey(value.llmEndpoint).then(() => setForgot(value.llmEndpoint), () => undefined)}>
            {t('assist.settings.forgetKey')}
          </button>
        )}
        {forgot && <small role="status">{t('assist.settings.forgotKey')}</small>}
      </div>
      {num('llmTimeoutSec', 2, 300)}
      {text('kbSourceUrl', 'url', 'https://intranet.example.com/kb/faq.json')}
      {num('kbRefreshMin', 1, 10080)}
      {text('embeddingModelId', 'text', 'bge-small-en-v1.5', t('assist.settings.embeddingModelIdHint'))}
      <label className="check">
        <input type="checkbox" checked={value.learning} disabled={locked('learning')} onChange={(e) => onChange({ ...value, learning: e.target.checked })} />
        {t('assist.settings.learning')}
        {locked('learning') && <small> {t('settings.locked')}</small>}
      </label>
    </fieldset>
  );
}
