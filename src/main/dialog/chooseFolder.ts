// "Browse…" for a folder: the OS folder picker, parented to the app's window so it is modal to it. The
// renderer says what the folder is for (one of FOLDER_PURPOSES) and gives the title in its language;
// both are checked here, since the request crosses from the page.
import type { BrowserWindow, Dialog } from 'electron';
import { isAbsolute } from 'node:path';
import { FOLDER_PURPOSES, type ChooseFolderRequest, type FolderPurpose } from '../../shared/ipc/contract';

const MAX_TITLE = 200;

function invalid(message: string): Error {
  return Object.assign(new Error(message), { code: 'invalid-request' });
}

export function parseChooseFolderRequest(r: unknown): ChooseFolderRequest {
  const { purpose, title } = (r ?? {}) as { purpose?: unknown; title?: unknown };
  if (typeof purpose !== 'string' || !(FOLDER_PURPOSES as readonly string[]).includes(purpose)) {
    throw invalid(`Choose folder: unknown purpose ${JSON.stringify(purpose ?? null)?.slice(0, 60)} (expected one of: ${FOLDER_PURPOSES.join(', ')})`);
  }
  // eslint-disable-next-line no-control-regex
  if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TITLE || /[\u0000-\u001f\u007f]/.test(title)) {
    throw invalid(`Choose folder: the title must be 1–${MAX_TITLE} printable characters`);
  }
  return { purpose: purpose as FolderPurpose, title };
}

export interface FolderChooserDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** The window to parent the dialog to (the app has one); null while none is open. */
  window(): BrowserWindow | null;
  /**
   * Told of every folder the agent chose: main keeps it (models/modelFolder.ts), since only a folder that
   * came from this dialog — never a path the page sends — may become the model folder.
   */
  onChosen?(purpose: FolderPurpose, folder: string): void;
}

export function createFolderChooser(deps: FolderChooserDeps) {
  return async (request: unknown): Promise<string | null> => {
    const { purpose, title } = parseChooseFolderRequest(request);
    const win = deps.window();
    if (!win) throw Object.assign(new Error('Choose folder: the Switchboard window is not open'), { code: 'no-window' });
    const result = await deps.dialog.showOpenDialog(win, { title, properties: ['openDirectory', 'dontAddToRecent'] });
    const chosen = result.canceled ? undefined : result.filePaths[0];
    if (!chosen) return null;
    if (!isAbsolute(chosen)) throw Object.assign(new Error(`Choose folder: the system returned a relative path (${chosen})`), { code: 'failed' });
    deps.onChosen?.(purpose, chosen);
    return chosen;
  };
}
