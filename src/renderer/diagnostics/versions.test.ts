import { describe, expect, it } from 'vitest';
import { collectVersions } from './versions';

const bridge = (info: () => Promise<unknown>) => ({ app: { info } }) as unknown as Parameters<typeof collectVersions>[0];

describe('collectVersions', () => {
  it('reads Chromium and Electron from the desktop app\'s user agent, and what the host says', async () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) switchboard/0.1.0 Chrome/142.0.7444.52 Electron/39.8.10 Safari/537.36';
    const v = await collectVersions(bridge(async () => ({ name: 'Switchboard', version: '0.1.0', platform: 'desktop', os: 'win32' })), { userAgent: ua, language: 'en-GB' });
    expect(v).toMatchObject({ app: __APP_VERSION__, chromium: '142.0.7444.52', electron: '39.8.10', language: 'en-GB', host: { platform: 'desktop', os: 'win32' } });
    expect(v.sipJs).toMatch(/^0\.21\.\d+$/);
  });
  it('headless Chromium in the web build; a host that fails says why', async () => {
    const v = await collectVersions(bridge(async () => Promise.reject(new Error('no bridge'))), { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.7339.185 Safari/537.36', language: 'en' });
    expect(v).toMatchObject({ chromium: '140.0.7339.185', electron: null, host: { error: 'no bridge' } });
  });
});
