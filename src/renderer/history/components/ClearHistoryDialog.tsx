import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Clear call history?" — a modal alert dialog. Focus starts on Cancel (the safe choice), Escape cancels,
 * Tab stays inside, and focus goes back to the button that opened it (the caller's job on close).
 */
export function ClearHistoryDialog({ count, onConfirm, onCancel, busy }: { count: number; onConfirm(): void; onCancel(): void; busy: boolean }) {
  const { t } = useTranslation();
  const uid = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  // Escape cancels wherever focus is (a click on the backdrop moves it to the page body).
  useEffect(() => {
    const onEscape = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onCancel();
    };
    document.addEventListener('keydown', onEscape);
    return () => document.removeEventListener('keydown', onEscape);
  }, [onCancel]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab move between them and never leave the dialog.
      e.preventDefault();
      (document.activeElement === cancelRef.current ? confirmRef : cancelRef).current?.focus();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-body`} className="dialog" onKeyDown={onKeyDown}>
        <h3 id={`${uid}-title`}>{t('history.clearTitle')}</h3>
        <p id={`${uid}-body`}>{t('history.clearBody', { count })}</p>
        <div className="dialog-buttons">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('history.clearCancel')}
          </button>
          <button type="button" ref={confirmRef} className="danger" onClick={onConfirm} disabled={busy}>
            {t('history.clearConfirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
