// The caption model folder, served to the page at app://switchboard/models/: the folder named by the
// settings or admin policy (an absolute path: IT's install folder or a share), else the models/ shipped
// in the installer (resources/models, filled by `npm run fetch-models`). The page never reads the disk.
import { isAbsolute, join } from 'node:path';
import { captionsOf } from '../../shared/settings/schema';
import type { SettingsSnapshot } from '../../shared/settings/layers';

export const MODELS_PATH = '/models/';

export function modelFolderFor(snapshot: SettingsSnapshot, resourcesPath: string, exists: (dir: string) => boolean): string | null {
  const folder = captionsOf(snapshot.effective).modelFolder.trim();
  // UNC shares (\\server\share) count as absolute on Windows; isAbsolute() on another OS would not say so.
  if (folder && (isAbsolute(folder) || /^[A-Za-z]:[\\/]/.test(folder) || folder.startsWith('\\\\'))) return folder;
  const bundled = join(resourcesPath, 'models');
  return exists(bundled) ? bundled : null;
}
