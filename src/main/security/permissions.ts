// Only the app itself may use the microphone (and pick the speaker); everything else is refused.
import type { Session } from 'electron';
import { isAppUrl, type AppOrigin } from './appOrigin';

type PermissionRequest = Parameters<Parameters<Session['setPermissionRequestHandler']>[0] & object>;

const ALLOWED = new Set(['media', 'speaker-selection']);

/** @returns whether `permission` (with its details) may be granted to `requestingUrl`. */
export function mayGrant(permission: string, requestingUrl: string | undefined, origin: AppOrigin, mediaTypes?: readonly string[]): boolean {
  if (!ALLOWED.has(permission) || !isAppUrl(requestingUrl, origin)) return false;
  if (permission === 'media' && mediaTypes && mediaTypes.some((t) => t !== 'audio')) return false;
  return true;
}

export function installPermissionHandlers(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>, origin: AppOrigin): void {
  session.setPermissionRequestHandler((...[webContents, permission, callback, details]: PermissionRequest) => {
    const url = (details as { requestingUrl?: string }).requestingUrl ?? webContents?.getURL();
    const mediaTypes = (details as { mediaTypes?: string[] }).mediaTypes;
    callback(mayGrant(permission, url, origin, mediaTypes));
  });
  session.setPermissionCheckHandler((_wc, permission, requestingOrigin) => mayGrant(permission, requestingOrigin, origin));
}
