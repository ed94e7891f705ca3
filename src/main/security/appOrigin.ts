// Which URLs are the app itself: the packaged renderer (file:// under the app's renderer folder) or,
// in development only, the electron-vite dev server.

export interface AppOrigin {
  /** file:// URL of the packaged renderer's folder, ending in '/'. */
  rendererDirUrl: string;
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
  if (parsed.protocol !== 'file:') return false;
  // Normalised by URL parsing, so "../" tricks cannot climb out of the renderer folder.
  return parsed.href.startsWith(origin.rendererDirUrl);
}
