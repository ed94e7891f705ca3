// Which URLs are the app itself: the packaged renderer (served at app://switchboard/, see
// window/appProtocol.ts) or, in development only, the electron-vite dev server.

export interface AppOrigin {
  /** Base URL of the packaged renderer, ending in '/': app://switchboard/. */
  appUrl: string;
  /** ELECTRON_RENDERER_URL in development; undefined when packaged. */
  devServerUrl?: string;
}

export function isAppUrl(url: string | undefined, origin: AppOrigin): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl) {
    const dev = new URL(origin.devServerUrl);
    if (parsed.origin === dev.origin) return true;
  }
  // Compared as text: WHATWG URLs give custom schemes an opaque origin.
  return parsed.href.startsWith(origin.appUrl);
}
