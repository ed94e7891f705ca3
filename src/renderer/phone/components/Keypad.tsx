import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** A 12-key pad; each key's accessible name is its digit. */
export function Keypad({ onKey }: { onKey(digit: string): void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('phone.keypad')} className="keypad">
      {KEYS.map((k) => (
        <button key={k} type="button" onClick={() => onKey(k)}>
          {k}
        </button>
      ))}
    </div>
  );
}
