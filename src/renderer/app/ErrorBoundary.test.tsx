// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { initI18n } from '../i18n';
import { ErrorBoundary } from './ErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('hooks changed between renders');
}

test('a rendering fault shows what happened and a reload button instead of a blank window', async () => {
  await initI18n('en');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<ErrorBoundary><Broken /></ErrorBoundary>);
  expect(screen.getByRole('alert').textContent).toContain('hooks changed between renders');
  expect(screen.getByRole('button', { name: 'Reload window' })).toBeTruthy();
});

test('children render untouched when nothing fails', async () => {
  await initI18n('en');
  render(<ErrorBoundary><p>phone</p></ErrorBoundary>);
  expect(screen.getByText('phone')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
