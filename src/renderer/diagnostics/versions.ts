// Versions for the diagnostics bundle: the app, sip.js, the browser engine and, on the desktop,
// Electron (from the user agent, which Electron marks), plus what the host bridge says about itself.
import { version as sipJsVersion } from 'sip.js/package.json';
import type { Bridge } from '../../shared/bridge';

export interface Versions {
  app: string;
  sipJs: string;
  host: Awaited<ReturnType<Bridge['app']['info']>> | { error: string };
  userAgent: string;
  chromium: string | null;
  electron: string | null;
  language: string;
  timeZone: string;
}

export async function collectVersions(bridge: Pick<Bridge, 'app'>, nav: Pick<Navigator, 'userAgent' | 'language'> = navigator): Promise<Versions> {
  const host = await bridge.app.info().catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  return {
    app: __APP_VERSION__,
    sipJs: sipJsVersion,
    host,
    userAgent: nav.userAgent,
    chromium: /Chrom(?:e|ium)\/([\d.]+)/.exec(nav.userAgent)?.[1] ?? null, // also "HeadlessChrome/"
    electron: /\bElectron\/([\d.]+)/.exec(nav.userAgent)?.[1] ?? null,
    language: nav.language,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}
