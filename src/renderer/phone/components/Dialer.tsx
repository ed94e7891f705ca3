import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../index';
import { canPlaceCalls } from '../phoneState';
import { Keypad } from './Keypad';

export function Dialer() {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const [keypad, setKeypad] = useState(false);
  const dialError = usePhone((s) => s.dialError);
  const callable = usePhone((s) => canPlaceCalls(s.registration));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (await usePhone.getState().dial(number)) setNumber('');
  };

  return (
    <section aria-label={t('phone.dialer')} className="dialer">
      <form onSubmit={submit}>
        <label htmlFor="dial-number">{t('phone.number')}</label>
        <input
          id="dial-number"
          value={number}
          inputMode="tel"
          autoComplete="off"
          aria-invalid={Boolean(dialError)}
          aria-describedby={dialError ? 'dial-error' : undefined}
          onChange={(e) => {
            setNumber(e.target.value);
            if (dialError) usePhone.getState().clearDialError();
          }}
        />
        <button type="submit" disabled={!callable}>{t('phone.call')}</button>
        <button type="button" aria-expanded={keypad} onClick={() => setKeypad(!keypad)}>{t('phone.keypad')}</button>
      </form>
      {dialError && <p id="dial-error" role="alert" className="error">{t(`phone.dialError.${dialError}`)}</p>}
      {keypad && <Keypad onKey={(d) => setNumber((n) => n + d)} />}
    </section>
  );
}
