// @vitest-environment happy-dom
// "Browse…" for the caption model folder: offered only where the host has a folder picker, and there the
// only way to set it.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../shared/bridge';
import { defaultSettings, type CaptionsSettings } from '../../../shared/settings/schema';
import { webFiles } from '../../bridge/browserBridge';
import { initI18n, setLanguage } from '../../i18n';
import { CaptionsFields } from './CaptionsFields';

beforeAll(async () => void (await initI18n('en')));
afterEach(() => {
  cleanup();
  setLanguage('en');
});

const initial: CaptionsSettings = { ...defaultSettings.captions, modelFolder: '/typed/path' };

function Harness({ files, lockedFolder = false, enforcedFolder = '' }: { files: Bridge['files']; lockedFolder?: boolean; enforcedFolder?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <CaptionsFields value={value} enforced={{ ...value, modelFolder: enforcedFolder }} onChange={setValue} locked={(f) => lockedFolder && f === 'modelFolder'} files={files} />
      <output data-testid="saved">{value.modelFolder}</output>
    </>
  );
}

const desktop = (chooseFolder: Bridge['files']['chooseFolder']): Bridge['files'] => ({ canChooseFolder: true, chooseFolder });

describe('caption model folder: Browse…', () => {
  it('desktop: the picker fills the folder field, titled in the agent\'s language; cancelling keeps the folder', async () => {
    const chooseFolder = vi.fn(async () => '/srv/it/models' as string | null);
    render(<Harness files={desktop(chooseFolder)} />);
    const field = screen.getByLabelText('Model folder') as HTMLInputElement;
    expect(field.value).toBe('/typed/path');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Browse…' })));
    expect(chooseFolder).toHaveBeenCalledWith('caption-models', 'Choose the caption model folder');
    expect(field.value).toBe('/srv/it/models');
    chooseFolder.mockResolvedValueOnce(null);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Browse…' })));
    expect(field.value).toBe('/srv/it/models');
  });

  it('desktop: the field is read-only (main serves only a folder its picker returned); "Use the shipped models" clears it', () => {
    render(<Harness files={desktop(vi.fn(async () => null))} />);
    const field = screen.getByLabelText('Model folder') as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    fireEvent.change(field, { target: { value: '/' } });
    expect(screen.getByTestId('saved').textContent).toBe('/typed/path');
    fireEvent.click(screen.getByRole('button', { name: 'Use the shipped models' }));
    expect(screen.getByTestId('saved').textContent).toBe('');
    expect(screen.queryByRole('button', { name: 'Use the shipped models' })).toBeNull();
  });

  it('web build: no Browse… button, the text field alone; the web bridge says why if asked anyway', async () => {
    render(<Harness files={webFiles} />);
    expect(screen.queryByRole('button', { name: 'Browse…' })).toBeNull();
    const field = screen.getByLabelText('Model folder') as HTMLInputElement;
    expect(field.disabled || field.readOnly).toBe(false);
    fireEvent.change(field, { target: { value: 'models/it' } });
    expect(screen.getByTestId('saved').textContent).toBe('models/it');
    await expect(webFiles.chooseFolder('caption-models', 'x')).rejects.toMatchObject({ code: 'not-available', message: 'Choosing a folder is not available in the web build: type the folder path instead.' });
  });

  it('a folder fixed by policy disables both the field and Browse…, showing the policy\'s folder', () => {
    const chooseFolder = vi.fn(async () => '/x');
    render(<Harness files={desktop(chooseFolder)} lockedFolder enforcedFolder="/opt/it/models" />);
    const field = screen.getByLabelText('Model folder') as HTMLInputElement;
    expect(field.disabled).toBe(true);
    expect(field.value).toBe('/opt/it/models');
    expect((screen.getByRole('button', { name: 'Browse…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Set by your administrator')).toBeTruthy();
  });

  it('a failed picker is reported and the folder is unchanged', async () => {
    render(<Harness files={desktop(async () => { throw new Error('the Switchboard window is not open'); })} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Browse…' })));
    expect(screen.getByRole('alert').textContent).toBe('The folder could not be chosen: the Switchboard window is not open');
    expect(screen.getByTestId('saved').textContent).toBe('/typed/path');
  });

  it('Simplified Chinese', async () => {
    setLanguage('zh-CN');
    const chooseFolder = vi.fn(async () => null);
    render(<Harness files={desktop(chooseFolder)} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '浏览…' })));
    expect(chooseFolder).toHaveBeenCalledWith('caption-models', '选择字幕模型文件夹');
  });
});
