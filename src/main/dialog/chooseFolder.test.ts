// The folder picker with Electron's dialog and window injected as fakes.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { createFolderChooser } from './chooseFolder';
import { createHandlers } from '../ipc/handlers';
import { registerHandlers } from '../ipc/handle';

const win = { id: 1 } as unknown as BrowserWindow;

function setup(result: { canceled: boolean; filePaths: string[] }, window: BrowserWindow | null = win) {
  const showOpenDialog = vi.fn(async (_w: BrowserWindow, _o: OpenDialogOptions) => result);
  const choose = createFolderChooser({ dialog: { showOpenDialog } as unknown as Pick<Dialog, 'showOpenDialog'>, window: () => window });
  return { choose, showOpenDialog };
}

describe('choose folder (fake Electron dialog)', () => {
  it('opens a folder-only picker parented to the app window, titled as asked, and returns the chosen path', async () => {
    const { choose, showOpenDialog } = setup({ canceled: false, filePaths: ['/srv/models'] });
    expect(await choose({ purpose: 'caption-models', title: '选择字幕模型文件夹' })).toBe('/srv/models');
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
    const [parent, options] = showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(win);
    expect(options).toEqual({ title: '选择字幕模型文件夹', properties: ['openDirectory', 'dontAddToRecent'] });
  });

  it('returns null when the agent cancels', async () => {
    expect(await setup({ canceled: true, filePaths: [] }).choose({ purpose: 'caption-models', title: 'Choose' })).toBeNull();
    expect(await setup({ canceled: false, filePaths: [] }).choose({ purpose: 'caption-models', title: 'Choose' })).toBeNull();
  });

  it('refuses an unknown or missing purpose and a bad title without opening anything', async () => {
    const { choose, showOpenDialog } = setup({ canceled: false, filePaths: ['/x'] });
    await expect(choose({ purpose: 'ssh-keys', title: 'Choose' })).rejects.toMatchObject({ code: 'invalid-request', message: 'Choose folder: unknown purpose "ssh-keys" (expected one of: caption-models)' });
    await expect(choose(undefined)).rejects.toMatchObject({ code: 'invalid-request', message: 'Choose folder: unknown purpose null (expected one of: caption-models)' });
    await expect(choose({ purpose: 'caption-models' })).rejects.toMatchObject({ code: 'invalid-request', message: 'Choose folder: the title must be 1–200 printable characters' });
    await expect(choose({ purpose: 'caption-models', title: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(choose({ purpose: 'caption-models', title: 'a\nb' })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('says so when there is no window to parent the dialog to', async () => {
    await expect(setup({ canceled: false, filePaths: ['/x'] }, null).choose({ purpose: 'caption-models', title: 'Choose' })).rejects.toMatchObject({ code: 'no-window' });
  });

  it('through the IPC registry: an app frame gets the path, another frame is refused before the dialog opens, a bad purpose comes back as a value', async () => {
    const { choose, showOpenDialog } = setup({ canceled: false, filePaths: ['/srv/models'] });
    const registered = new Map<string, (event: unknown, req: unknown) => Promise<unknown>>();
    const handlers = createHandlers({ settings: {} as never, vault: {} as never, info: {} as never, chooseFolder: choose });
    registerHandlers({ handle: (ch: string, fn: never) => registered.set(ch, fn) }, handlers, { isTrustedSender: (url) => url === 'app://switchboard/index.html', log: () => undefined });
    const invoke = (req: unknown, url = 'app://switchboard/index.html') => registered.get('dialog:choose-folder')!({ senderFrame: { url } }, req);
    expect(await invoke({ purpose: 'caption-models', title: 'Choose' })).toEqual({ ok: true, value: '/srv/models' });
    expect(await invoke({ purpose: 'caption-models', title: 'Choose' }, 'https://evil.example.com/')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke({ purpose: '../../etc', title: 'Choose' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(showOpenDialog).toHaveBeenCalledTimes(1);
  });
});
