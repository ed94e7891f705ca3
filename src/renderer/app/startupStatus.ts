// The registration status in the start-up window, before the interface (React, i18next) has loaded:
// the agent sees "Registered" the moment the PBX says so, and the interface's code runs after that
// instead of competing with the REGISTER exchange. React replaces the element on its first render.
import { usePhone } from '../phone';
import { phoneStrings } from '../phone/strings';
import { registrationText, type Translate } from '../phone/registrationText';
import { requestedLanguage, type Language } from '../i18n/language';

export function startupLanguage(): Language {
  return requestedLanguage() ?? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
}

const translate: Translate = (key, vars = {}) => {
  const text = phoneStrings[startupLanguage()][key.replace(/^phone\./, '')] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
};

/** Keeps `el` showing the registration status until it leaves the document. */
export function showStartupStatus(el: HTMLElement | null): void {
  if (!el) return;
  const render = () => {
    if (!el.isConnected) return unsubscribe();
    const r = usePhone.getState().registration;
    if (r.status === 'unconfigured') return; // nothing to say until the phone connects
    el.setAttribute('role', 'status');
    el.setAttribute('aria-label', translate('phone.registration.label'));
    el.className = `registration ${r.status}`;
    el.dataset.status = r.status;
    el.textContent = registrationText(r, translate);
    el.hidden = false;
  };
  const unsubscribe = usePhone.subscribe(render);
  render();
}
