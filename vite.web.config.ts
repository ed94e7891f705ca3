// The renderer as a plain static web app: same code, browser bridge (see src/renderer/bridge).
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './src/shared/security/contentSecurityPolicy';
import { rendererConfig } from './vite.renderer';

/**
 * The desktop app's Content-Security-Policy for the web build: a <meta> tag in the built index.html, so it
 * holds on any static server, and the full policy (with frame-ancestors, which a meta tag cannot carry) as
 * the preview server's header. Not on the dev server: its hot reload injects inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'switchboard-csp',
    apply: 'build',
    // Right after <meta charset> (which must come first), before any script or style the policy governs.
    transformIndexHtml(html) {
      const charset = /<meta charset="UTF-8" \/>/i;
      if (!charset.test(html)) throw new Error('index.html: <meta charset="UTF-8" /> not found, so the CSP <meta> tag has no place');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
    },
  };
}

export default defineConfig({
  ...rendererConfig,
  plugins: [...rendererConfig.plugins, contentSecurityPolicy()],
  base: './',
  build: { ...rendererConfig.build, outDir: resolveOut('web'), emptyOutDir: true },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});

function resolveOut(name: string): string {
  return new URL(`./out/${name}`, import.meta.url).pathname;
}
