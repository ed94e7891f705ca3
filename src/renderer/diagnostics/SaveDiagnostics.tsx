import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../app/saveFile';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; name: string } | { kind: 'failed'; message: string };

/**
 * Settings → Support: "Save diagnostics" makes the zip (makeBundle.ts, loaded on click) and saves it.
 * Folded away until opened: it is for when support asks, and the form's own "Save" stays the only
 * button of that name in sight.
 */
export function SaveDiagnostics() {
  const { t } = useTranslation();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      const { makeDiagnosticsBundle } = await import('./makeBundle');
      const { name, bytes } = await makeDiagnosticsBundle();
      saveFile(bytes as Uint8Array<ArrayBuffer>, name, 'application/zip');
      setState({ kind: 'saved', name });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="diagnostics">
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${uid}-support`} onClick={() => setOpen(!open)}>
        {t('diagnostics.legend')}
      </button>
      {open && (
        <div id={`${uid}-support`}>
          <button type="button" aria-describedby={`${uid}-hint`} disabled={state.kind === 'saving'} onClick={() => void save()}>
            {t('diagnostics.save')}
          </button>
          <small id={`${uid}-hint`}>{t('diagnostics.hint')}</small>
          <p role="status">{state.kind === 'saving' ? t('diagnostics.saving') : state.kind === 'saved' ? t('diagnostics.saved', { name: state.name }) : ''}</p>
          {state.kind === 'failed' && <p role="alert">{t('diagnostics.failed', { message: state.message })}</p>}
        </div>
      )}
    </div>
  );
}
