// DevTools and Electron's default menu (View → Toggle Developer Tools, Reload…) exist in development and
// test runs; in an installed build they are off unless admin policy turns them on for support
// (security.allowDevTools). Without them a script in the page cannot be inspected or altered from the
// window, and the agent cannot be talked into pasting one into a console.
import type { MenuItemConstructorOptions } from 'electron';
import type { Policy } from '../../shared/settings/schema';

export function devToolsAllowed(packaged: boolean, policy: Policy | null): boolean {
  return !packaged || policy?.security?.allowDevTools === true;
}

/**
 * The application menu: 'default' keeps Electron's (with DevTools); otherwise none on Windows and Linux,
 * and on macOS only the app, Edit and Window menus, without which copy, paste and quit shortcuts stop working.
 */
export function applicationMenu(platform: NodeJS.Platform, devTools: boolean): 'default' | MenuItemConstructorOptions[] | null {
  if (devTools) return 'default';
  if (platform !== 'darwin') return null;
  return [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }];
}
