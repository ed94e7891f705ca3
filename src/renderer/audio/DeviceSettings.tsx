import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AudioSettings } from '../../shared/settings/schema';
import { effectiveDevice, useDevices, type DeviceOption } from './store';
import { startLevelMeter } from './levelMeter';
import { runAudioCheck, type AudioCheckPhase } from './audioCheck';

export interface DeviceSettingsProps {
  value: AudioSettings;
  onChange(next: AudioSettings): void;
  locked?: (field: keyof AudioSettings) => boolean;
}

const sinkSupported = () => typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

export function DeviceSettings({ value, onChange, locked = () => false }: DeviceSettingsProps) {
  const { t } = useTranslation();
  const inputs = useDevices((s) => s.inputs);
  const outputs = useDevices((s) => s.outputs);
  const level = useMicrophoneLevel(effectiveDevice(value.microphoneId, inputs).deviceId);
  const uid = useId();
  const [check, setCheck] = useState<AudioCheckPhase | 'failed' | null>(null);
  const startCheck = () =>
    void runAudioCheck(effectiveDevice(value.microphoneId, inputs).deviceId, effectiveDevice(value.speakerId, outputs).deviceId, setCheck).catch(() => setCheck('failed'));
  useEffect(() => useDevices.getState().watch(), []);

  const select = (field: 'microphoneId' | 'speakerId' | 'ringerId', options: DeviceOption[]) => {
    const { missing } = effectiveDevice(value[field], options);
    const id = `${uid}-${field}`;
    return (
      <div className="field">
        <label htmlFor={id}>{t(`audio.${field}`)}</label>
        <select id={id} value={missing ? '' : value[field]} disabled={locked(field)} onChange={(e) => onChange({ ...value, [field]: e.target.value })}>
          <option value="">{t('audio.systemDefault')}</option>
          {options.map((d) => <option key={d.deviceId} value={d.deviceId}>{d.label}</option>)}
        </select>
        {missing && <small role="note">{t('audio.missing')}</small>}
        {locked(field) && <small>{t('audio.locked')}</small>}
      </div>
    );
  };

  return (
    <fieldset className="devices">
      <legend>{t('audio.title')}</legend>
      {select('microphoneId', inputs)}
      <div className="field">
        <span id={`${uid}-level`}>{t('audio.level')}</span>
        <meter aria-labelledby={`${uid}-level`} min={0} max={100} value={Math.round(level * 100)} />
      </div>
      {select('speakerId', outputs)}
      {select('ringerId', outputs)}
      <label className="check">
        <input type="checkbox" checked={value.ringOnHeadsetToo} disabled={locked('ringOnHeadsetToo')}
          onChange={(e) => onChange({ ...value, ringOnHeadsetToo: e.target.checked })} />
        {t('audio.ringOnHeadsetToo')}
      </label>
      <div className="check-audio">
        <button type="button" disabled={check === 'recording' || check === 'playing'} onClick={startCheck}>{t('audio.check')}</button>
        <span role="status" aria-label={t('audio.checkStatus')}>{check && t(`audio.checkPhase.${check}`)}</span>
      </div>
      {!sinkSupported() && <p>{t('audio.noSinkSelection')}</p>}
    </fieldset>
  );
}

/** 0..1, scaled so normal speech fills most of the meter. */
function useMicrophoneLevel(deviceId: string): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    startLevelMeter(deviceId, (rms) => setLevel(Math.min(1, rms * 4)))
      .then((s) => (cancelled ? s() : (stop = s)))
      .catch(() => setLevel(0));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [deviceId]);
  return level;
}
