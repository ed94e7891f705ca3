// Where the served model folder comes from: policy, the system picker (Electron's dialog is a fake), or
// the installer — never a path the page saved. The settings store and IPC registry are the real ones,
// on a temporary folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog } from 'electron';
import { defaultCaptions, defaultSettings, type Settings } from '../../shared/settings/schema';
import { createFolderChooser } from '../dialog/chooseFolder';
import { registerHandlers } from '../ipc/handle';
import { createHandlers } from '../ipc/handlers';
import { createSettingsStore } from '../settings/settingsFile';
import { createModelFolderGrant, modelFolderFor, TYPED_FOLDER_REFUSED } from './modelFolder';

const resources = '/opt/Switchboard/resources';
const withFolder = (modelFolder: string): Settings => ({ ...structuredClone(defaultSettings), captions: { ...defaultCaptions, modelFolder } });

/** The real settings store and IPC handlers, the folder picker with a fake Electron dialog that "chooses" `chosen`. */
function desktop(chosen = '/srv/share/models') {
  const dir = mkdtempSync(join(tmpdir(), 'sb-folder-'));
  const grant = createModelFolderGrant(dir);
  const store = createSettingsStore(dir, () => null, vi.fn(), grant);
  const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: [chosen] }));
  const chooseFolder = createFolderChooser({
    dialog: { showOpenDialog } as unknown as Pick<Dialog, 'showOpenDialog'>,
    window: () => ({ id: 1 }) as unknown as BrowserWindow,
    onChosen: (purpose, folder) => purpose === 'caption-models' && grant.picked(folder),
  });
  const registered = new Map<string, (event: unknown, req: unknown) => Promise<unknown>>();
  registerHandlers({ handle: (ch: string, fn: never) => registered.set(ch, fn) }, createHandlers({ settings: store, vault: {} as never, info: {} as never, chooseFolder }), {
    isTrustedSender: () => true,
    log: vi.fn(),
  });
  const invoke = (channel: string, request: unknown) => registered.get(channel)!({ senderFrame: { url: 'app://switchboard/index.html' } }, request);
  const served = () => modelFolderFor({ pickedFolder: grant.current() }, resources, (d) => d === `${resources}/models`);
  return { dir, grant, store, invoke, served };
}

describe('model folder source', () => {
  it('policy first, then the picked folder, then the models shipped in the installer', () => {
    const exists = (d: string) => d === `${resources}/models`;
    expect(modelFolderFor({ policyFolder: '\\\\fileserver\\models', pickedFolder: '/home/a/models' }, resources, exists)).toBe('\\\\fileserver\\models');
    expect(modelFolderFor({ policyFolder: '', pickedFolder: 'D:\\Models' }, resources, exists)).toBe('D:\\Models');
    expect(modelFolderFor({ pickedFolder: '' }, resources, exists)).toBe(`${resources}/models`);
    expect(modelFolderFor({ pickedFolder: 'relative/path' }, resources, () => false)).toBeNull();
  });
});

describe('model folder from the page (real settings store and IPC registry, fake dialog)', () => {
  it('escape: a model folder the page saves through settings:save is refused, naming the field, and nothing is written', async () => {
    const { dir, invoke, served } = desktop();
    for (const folder of ['/', '/etc', 'C:\\', '\\\\attacker\\share', '/srv/share/models']) {
      expect(await invoke('settings:save', withFolder(folder))).toEqual({
        ok: false,
        error: { code: 'invalid-settings', message: `Settings: ${TYPED_FOLDER_REFUSED}`, issues: [TYPED_FOLDER_REFUSED] },
      });
    }
    expect(() => readFileSync(join(dir, 'settings.json'))).toThrow(/ENOENT/);
    expect(served()).toBe(`${resources}/models`);
  });

  it('a folder the agent picks with the system dialog is saved and served; clearing it goes back to the shipped models', async () => {
    const { invoke, served, store } = desktop('/srv/share/models');
    expect(await invoke('dialog:choose-folder', { purpose: 'caption-models', title: 'Choose' })).toEqual({ ok: true, value: '/srv/share/models' });
    expect(await invoke('settings:save', withFolder('/srv/share/models'))).toMatchObject({ ok: true });
    expect(served()).toBe('/srv/share/models');
    expect(store.load().user.captions?.modelFolder).toBe('/srv/share/models');
    expect(await invoke('settings:save', withFolder('/srv/share/models'))).toMatchObject({ ok: true }); // unchanged: fine
    expect(await invoke('settings:save', withFolder(''))).toMatchObject({ ok: true });
    expect(served()).toBe(`${resources}/models`);
    expect(await invoke('settings:save', withFolder('/'))).toMatchObject({ ok: false, error: { code: 'invalid-settings' } });
  });

  it('escape: a settings file that already names a folder (written before this check) neither shows nor serves it', () => {
    const { dir, store, served } = desktop();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(withFolder('/')));
    expect(store.load().effective.captions?.modelFolder).toBe('');
    expect(served()).toBe(`${resources}/models`);
  });
});
