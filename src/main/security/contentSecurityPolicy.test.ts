// One Content-Security-Policy (src/shared/security/contentSecurityPolicy.ts) for both hosts: main sends it as a
// header; the web build (vite.web.config.ts) carries it too. Here because only the Node-side project sees the vite config.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import webConfig from '../../../vite.web.config';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../shared/security/contentSecurityPolicy';

describe('Content-Security-Policy', () => {
  it('allows scripts from the app only, no eval, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*(https?:|'unsafe-inline')/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
  it('has only sources Chromium accepts (an IPv6 literal such as http://[::1]:* is reported invalid and dropped)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('[');
  });
  it('the <meta> form is the same policy minus frame-ancestors, which browsers ignore in a meta tag', () => {
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('escape: the web build carries it — a <meta> tag right after the charset in index.html, and the preview server header', () => {
    const plugin = webConfig.plugins!.flat().find((p) => (p as Plugin)?.name === 'switchboard-csp') as Plugin;
    expect(plugin.apply).toBe('build');
    const source = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const html = (plugin.transformIndexHtml as (html: string) => string)(source);
    expect(html).toContain(`<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(webConfig.preview?.headers).toEqual({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    expect(() => (plugin.transformIndexHtml as (html: string) => string)('<html><head></head></html>')).toThrow(/charset/);
  });
});
