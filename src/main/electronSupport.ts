// The oldest Electron major Switchboard may ship with: the one place it is recorded. Electron backports
// security fixes to its newest three majors only, so this moves up with every upgrade and never down;
// electronSupport.test.ts fails if the installed (or the declared) electron package is older.
// Also relied on: safeStorage's asynchronous methods (42+; the synchronous ones go in 46), and Electron 45's
// "display-capture" permission kept apart from "media" (security/permissions.ts grants neither screen nor camera).
export const MIN_ELECTRON_MAJOR = 45;

export function electronMajor(version: string): number {
  const major = /^v?(\d+)\./.exec(version.trim());
  if (!major) throw new Error(`not an Electron version: "${version}"`);
  return Number(major[1]);
}
