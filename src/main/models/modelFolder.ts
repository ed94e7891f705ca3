// The model folder served to the page at app://switchboard/models/ (only its models' manifest files:
// modelFiles.ts). It comes from admin policy (captions.modelFolder: IT's install folder or a share), else
// from the folder the agent chose with the system's folder picker, else the models/ shipped in the
// installer (resources/models, filled by `npm run fetch-models`). Never from a path the page wrote: a
// compromised page could otherwise save modelFolder "/" and read any file on the disk.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { SettingsError } from '../../shared/settings/layers';
import { writeFileAtomic } from '../settings/atomicFile';

export const MODELS_PATH = '/models/';

/** An absolute folder path; UNC shares (\\server\share) and drive paths count on every OS. */
function isAbsoluteFolder(folder: string): boolean {
  return isAbsolute(folder) || /^[A-Za-z]:[\\/]/.test(folder) || folder.startsWith('\\\\');
}

export function modelFolderFor(
  sources: { policyFolder?: string; pickedFolder: string },
  resourcesPath: string,
  exists: (dir: string) => boolean,
): string | null {
  for (const folder of [sources.policyFolder?.trim() ?? '', sources.pickedFolder.trim()]) {
    if (folder && isAbsoluteFolder(folder)) return folder;
  }
  const bundled = join(resourcesPath, 'models');
  return exists(bundled) ? bundled : null;
}

export const TYPED_FOLDER_REFUSED =
  'captions.modelFolder: on the desktop the model folder is chosen with "Browse…" (or set by admin policy); a typed path is not accepted';

/**
 * The folder the agent chose with the picker, held by main in userData/model-folder.json. The page shows it
 * and may save it back unchanged or cleared (back to the shipped models), or save a folder the picker has
 * just returned; any other path in a settings save is refused with TYPED_FOLDER_REFUSED.
 */
export function createModelFolderGrant(dir: string) {
  const file = join(dir, 'model-folder.json');
  const picked = new Set<string>();
  const current = (): string => {
    if (!existsSync(file)) return '';
    try {
      const folder = (JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown }).folder;
      return typeof folder === 'string' ? folder : '';
    } catch {
      return '';
    }
  };
  return {
    current,
    /** Every folder the system picker returned for caption models (main's dialog, never the page). */
    picked(folder: string): void {
      picked.add(folder.trim());
    },
    /** Takes the folder a settings save names; throws a SettingsError naming the field otherwise. */
    commit(requested: string): void {
      const folder = requested.trim();
      if (folder === current()) return;
      if (folder !== '' && !picked.has(folder)) throw new SettingsError('Settings', [TYPED_FOLDER_REFUSED]);
      writeFileAtomic(file, JSON.stringify({ folder }));
    },
  };
}

export type ModelFolderGrant = ReturnType<typeof createModelFolderGrant>;
