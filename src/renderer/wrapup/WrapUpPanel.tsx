import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWrapUp } from './index';
import { OTHER } from './disposition';
import type { WrapUpDraft } from './store';

/** After an answered call: the on-device draft, for the agent to correct and save with the call. */
export function WrapUpPanel() {
  const { t } = useTranslation();
  const drafts = useWrapUp((s) => s.drafts);
  if (drafts.length === 0) return null;
  return (
    <section aria-label={t('wrapup.region')} className="wrapup">
      <h2>{t('wrapup.region')}</h2>
      {drafts.map((d) => <WrapUpForm key={d.callId} draft={d} />)}
    </section>
  );
}

function WrapUpForm({ draft: d }: { draft: WrapUpDraft }) {
  const { t } = useTranslation();
  const uid = useId();
  const store = useWrapUp.getState();
  const busy = d.status === 'drafting' || d.status === 'saving';
  return (
    <form
      aria-label={t('wrapup.forCall', { peer: d.peer })}
      data-status={d.status}
      onSubmit={(e) => {
        e.preventDefault();
        void store.save(d.callId);
      }}
    >
      <p className="peer">{t('wrapup.forCall', { peer: d.peer })}</p>
      {d.status === 'drafting' && <p role="status">{t('wrapup.drafting')}</p>}
      {d.improving && <p role="status">{t('wrapup.improving', { service: d.improving.replace(/^llm:/, '') })}</p>}
      {d.improveError && <p role="alert">{t('wrapup.improveFailed', { message: d.improveError })}</p>}
      <label htmlFor={`${uid}-summary`}>{t('wrapup.summary')}</label>
      <textarea id={`${uid}-summary`} rows={7} value={d.summary} readOnly={busy} onChange={(e) => store.edit(d.callId, { summary: e.target.value })} />
      <label htmlFor={`${uid}-disposition`}>{t('wrapup.disposition')}</label>
      <select id={`${uid}-disposition`} value={d.disposition} disabled={busy} onChange={(e) => store.edit(d.callId, { disposition: e.target.value })}>
        {d.dispositions.map((v, i) => (
          <option key={v} value={v}>
            {v === OTHER ? t('wrapup.other') : i === 0 ? t('wrapup.suggested', { disposition: v }) : v}
          </option>
        ))}
      </select>
      <div className="controls">
        <button type="submit" disabled={!d.savable || busy}>{t('wrapup.save')}</button>
        <button type="button" onClick={() => store.dismiss(d.callId)}>{t('wrapup.close')}</button>
      </div>
      {d.status === 'failed' && <p role="alert">{d.error}</p>}
      <p role="status" className="wrapup-note">
        {!d.savable ? t('wrapup.demoNotSaved') : d.status === 'saved' ? t('wrapup.saved') : d.status === 'saving' ? t('wrapup.saving') : ''}
        {d.readyAt !== null && ` ${t('wrapup.draftedBy', { by: t(`wrapup.by.${d.draftedBy === 'on-device' ? 'onDevice' : 'other'}`), ms: d.readyAt - d.endedAt })}`}
      </p>
    </form>
  );
}
