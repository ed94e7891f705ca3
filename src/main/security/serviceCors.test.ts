// The CORS headers the desktop app gives the services its settings name (Electron's session is faked:
// its onHeadersReceived hook is called with the details Electron would pass).
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/settings/schema';
import { CONTENT_SECURITY_POLICY, installResponseHeaders } from './responseHeaders';
import { serviceCors, serviceOrigins } from './serviceCors';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(defaultSettings), ...over });

describe('service origins', () => {
  it('are the knowledge-base URL, the LLM server when drafting is on, the model server when downloads are allowed', () => {
    expect(serviceOrigins(settings())).toEqual(new Set());
    const s = settings({
      assist: { ...settings().assist!, kbSourceUrl: 'https://intranet.example.com/kb/faq.json', llmEnabled: true, llmEndpoint: 'http://127.0.0.1:11434/v1/chat/completions' },
      captions: { ...settings().captions!, allowDownload: true, downloadBaseUrl: 'https://models.example.com:8443/switchboard' },
    } as Partial<Settings>);
    expect(serviceOrigins(s)).toEqual(new Set(['https://intranet.example.com', 'http://127.0.0.1:11434', 'https://models.example.com:8443']));
    const off = settings({
      assist: { ...s.assist!, llmEnabled: false },
      captions: { ...s.captions!, allowDownload: false },
    } as Partial<Settings>);
    expect(serviceOrigins(off)).toEqual(new Set(['https://intranet.example.com']));
  });
});

describe('CORS for the configured services (fake Electron session)', () => {
  const allowed = new Set(['https://kb.example.com']);
  it('a configured service is readable: its own access-control headers replaced, ETag exposed', () => {
    const r = serviceCors({ url: 'https://kb.example.com/faq.json', method: 'GET', responseHeaders: { ETag: ['"v2"'], 'access-control-allow-origin': ['https://elsewhere'] } }, allowed)!;
    expect(r.statusLine).toBeUndefined();
    expect(r.responseHeaders.ETag).toEqual(['"v2"']);
    expect(r.responseHeaders['access-control-allow-origin']).toBeUndefined();
    expect(r.responseHeaders['Access-Control-Allow-Origin']).toEqual(['*']);
    expect(r.responseHeaders['Access-Control-Expose-Headers']![0]).toContain('etag');
  });
  it("its preflight passes even when the server refuses OPTIONS, allowing the key's header", () => {
    const r = serviceCors({ url: 'https://kb.example.com/v1/chat/completions', method: 'OPTIONS', responseHeaders: {} }, allowed)!;
    expect(r.statusLine).toBe('HTTP/1.1 204 No Content');
    expect(r.responseHeaders['Access-Control-Allow-Headers']![0]).toMatch(/authorization.*api-key.*if-none-match/);
  });
  it('any other origin keeps what its server said (same scheme and host on another port included)', () => {
    expect(serviceCors({ url: 'https://evil.example.com/x', method: 'GET' }, allowed)).toBeNull();
    expect(serviceCors({ url: 'https://kb.example.com:444/x', method: 'GET' }, allowed)).toBeNull();
    expect(serviceCors({ url: 'not a url', method: 'GET' }, allowed)).toBeNull();
  });
  it('one hook sets the CSP on every response and CORS on the configured services only', () => {
    let hook!: (d: { url: string; method: string; responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    installResponseHeaders({ webRequest: { onHeadersReceived: (h: never) => (hook = h) } } as never, () => allowed);
    const cb = vi.fn();
    hook({ url: 'https://kb.example.com/a', method: 'OPTIONS', responseHeaders: {} }, cb);
    expect(cb.mock.calls[0]![0]).toMatchObject({ statusLine: 'HTTP/1.1 204 No Content', responseHeaders: { 'Access-Control-Allow-Origin': ['*'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    hook({ url: 'https://other.example.com/a', method: 'GET', responseHeaders: { A: ['1'] } }, cb);
    expect(cb.mock.calls[1]![0]).toEqual({ responseHeaders: { A: ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
