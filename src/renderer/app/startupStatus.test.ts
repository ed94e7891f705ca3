// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { usePhone } from '../phone';
import { setLanguage } from '../i18n/language';
import { showStartupStatus } from './startupStatus';

afterEach(() => {
  document.body.innerHTML = '';
  usePhone.setState({ registration: { status: 'unconfigured' } });
  setLanguage('en');
});

it('says nothing until the phone connects, then names each registration state as the interface does', () => {
  document.body.innerHTML = '<div id="s" hidden></div>';
  const el = document.getElementById('s')!;
  showStartupStatus(el);
  expect(el.hidden).toBe(true);
  usePhone.setState({ registration: { status: 'registering' } });
  expect([el.hidden, el.getAttribute('role'), el.getAttribute('aria-label'), el.textContent]).toEqual([false, 'status', 'Registration', 'Registering…']);
  usePhone.setState({ registration: { status: 'failed', code: 403, reason: 'Forbidden' } });
  expect(el.textContent).toBe('Registration failed: 403 Forbidden');
  expect(el.dataset.status).toBe('failed');
});

it('speaks the language the settings ask for', () => {
  setLanguage('zh-CN');
  document.body.innerHTML = '<div id="s" hidden></div>';
  const el = document.getElementById('s')!;
  showStartupStatus(el);
  usePhone.setState({ registration: { status: 'registered' } });
  expect([el.getAttribute('aria-label'), el.textContent]).toEqual(['注册状态', '已注册']);
});

it('stops once the interface has replaced it', () => {
  document.body.innerHTML = '<div id="s" hidden></div>';
  const el = document.getElementById('s')!;
  showStartupStatus(el);
  usePhone.setState({ registration: { status: 'registering' } });
  el.remove();
  usePhone.setState({ registration: { status: 'registered' } });
  expect(el.textContent).toBe('Registering…');
});
