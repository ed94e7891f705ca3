import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoiceSettings } from '../../shared/settings/schema';

/** Voice analysis: Silero model, VAD hysteresis and the talk alerts. Locked fields are disabled. */
export function VoiceFields({ value, onChange, locked }: { value: VoiceSettings; onChange(next: VoiceSettings): void; locked(field: keyof VoiceSettings): boolean }) {
  const { t } = useTranslation();
  const uid = useId();
  const num = (field: Exclude<keyof VoiceSettings, 'vadModel'>, step: number, min: number, max: number) => (
    <div className="field">
      <label htmlFor={`${uid}-${field}`}>{t(`settings.voice.${field}`)}</label>
      <input id={`${uid}-${field}`} type="number" step={step} min={min} max={max} value={value[field]} disabled={locked(field)}
        onChange={(e) => e.target.value !== '' && onChange({ ...value, [field]: Number(e.target.value) })} />
      {locked(field) && <small>{t('settings.locked')}</small>}
    </div>
  );
  return (
    <fieldset>
      <legend>{t('settings.voice.title')}</legend>
      <div className="field">
        <label htmlFor={`${uid}-model`}>{t('settings.voice.vadModel')}</label>
        <select id={`${uid}-model`} value={value.vadModel} disabled={locked('vadModel')} onChange={(e) => onChange({ ...value, vadModel: e.target.value as VoiceSettings['vadModel'] })}>
          <option value="v5">Silero v5</option>
          <option value="v6">Silero v6</option>
        </select>
      </div>
      {num('startThreshold', 0.05, 0.05, 0.95)}
      {num('endThreshold', 0.05, 0.05, 0.95)}
      {num('minSpeechMs', 32, 0, 2000)}
      {num('minSilenceMs', 32, 0, 5000)}
      {num('deadAirSec', 1, 1, 600)}
      {num('crossTalkSec', 0.1, 0.2, 60)}
    </fieldset>
  );
}
