// CORS for the services the settings name: granted only by policy or by the agent in main's dialog
// (Electron's session and dialog are fakes; the grant file is real, on a temporary folder).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Dialog, MessageBoxOptions } from 'electron';
import { defaultAssist, defaultCaptions, defaultSettings, type Policy, type Settings } from '../../shared/settings/schema';
import { parsePolicy } from '../../shared/settings/layers';
import { createServiceQuestion } from '../dialog/confirmService';
import { CONTENT_SECURITY_POLICY, installResponseHeaders } from './responseHeaders';
import { namedServices, policyServiceOrigins, serviceCors } from './serviceCors';
import { createServiceGrants } from './serviceGrants';

const APP = 'app://switchboard';
const settings = (assist: Partial<Settings['assist']> = {}, captions: Partial<Settings['captions']> = {}): Settings => ({
  ...structuredClone(defaultSettings),
  assist: { ...defaultAssist, ...assist },
  captions: { ...defaultCaptions, ...captions },
});
const kbAt = (url: string) => settings({ kbSourceUrl: url });

/** Grants with main's real dialog wording, shown through a fake Electron dialog that answers `answer`. */
function grantsAnswering(answer: 'allow' | 'refuse') {
  const dir = mkdtempSync(join(tmpdir(), 'sb-grants-'));
  const showMessageBox = vi.fn(async (_w: BrowserWindow, _o: MessageBoxOptions) => ({ response: answer === 'allow' ? 0 : 1, checkboxChecked: false }));
  const ask = createServiceQuestion({ dialog: { showMessageBox } as unknown as Pick<Dialog, 'showMessageBox'>, window: () => ({ id: 1 }) as unknown as BrowserWindow });
  return { dir, showMessageBox, grants: createServiceGrants({ dir, ask, log: vi.fn() }) };
}

describe('named services', () => {
  it('are the knowledge-base URL, the LLM server when drafting is on, the model server when downloads are allowed', () => {
    expect(namedServices(settings())).toEqual(new Map());
    const s = settings({ kbSourceUrl: 'https://intranet.example.com/kb/faq.json', llmEnabled: true, llmEndpoint: 'https://intranet.example.com/v1/chat/completions' }, { allowDownload: true, downloadBaseUrl: 'https://models.example.com:8443/switchboard' });
    expect(namedServices(s)).toEqual(new Map([['https://intranet.example.com', ['knowledge-base', 'llm']], ['https://models.example.com:8443', ['model-download']]]));
    expect([...namedServices(settings({ llmEnabled: false, llmEndpoint: 'https://llm.example.com/v1' })).keys()]).toEqual([]);
  });
  it('policy grants the origins of the URLs it sets itself', () => {
    const policy = parsePolicy({ version: 2, assist: { kbSourceUrl: 'https://kb.corp.example/faq.json' }, captions: { downloadBaseUrl: 'https://models.corp.example/m' } });
    expect(policyServiceOrigins(policy)).toEqual(new Set(['https://kb.corp.example', 'https://models.corp.example']));
    expect(policyServiceOrigins(null)).toEqual(new Set());
  });
});

describe('service grants (fake Electron dialog, real grant file)', () => {
  it('escape: a URL the page saved gets no CORS grant until the agent allows it in the dialog', async () => {
    const { grants, showMessageBox } = grantsAnswering('refuse');
    const saved = kbAt('https://hr.intranet.example/salaries.json');
    expect(grants.granted(saved, null)).toEqual(new Set());
    await grants.confirmNamed(saved, null);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect(grants.granted(saved, null)).toEqual(new Set());
    // Refused once: saving it again does not ask again in this session.
    await grants.confirmNamed(saved, null);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
  });

  it("the dialog is main's, parented to the window, naming the origin and what the settings use it for", async () => {
    const { grants, showMessageBox } = grantsAnswering('allow');
    await grants.confirmNamed({ ...kbAt('https://kb.example.com/faq.json'), language: 'zh-CN' }, null);
    const [parent, options] = showMessageBox.mock.calls[0]!;
    expect(parent).toEqual({ id: 1 });
    expect(options).toMatchObject({ type: 'question', message: '允许 Switchboard 读取 https://kb.example.com 的数据吗？', buttons: ['允许', '不允许'], defaultId: 1, cancelId: 1 });
    expect(options.detail).toContain('知识库');
  });

  it('an origin the agent allowed is granted while the settings name it, and kept across restarts', async () => {
    const { grants, dir } = grantsAnswering('allow');
    const saved = kbAt('https://kb.example.com/faq.json');
    await grants.confirmNamed(saved, null);
    expect(grants.granted(saved, null)).toEqual(new Set(['https://kb.example.com']));
    expect(JSON.parse(readFileSync(join(dir, 'service-grants.json'), 'utf8'))).toEqual({ allowed: ['https://kb.example.com'] });
    const restarted = createServiceGrants({ dir, ask: vi.fn(), log: vi.fn() });
    expect(restarted.granted(saved, null)).toEqual(new Set(['https://kb.example.com']));
    expect(restarted.granted(settings(), null)).toEqual(new Set()); // no longer named: no grant
  });

  it('policy-named services are granted without asking', async () => {
    const { grants, showMessageBox } = grantsAnswering('refuse');
    const policy: Policy = parsePolicy({ version: 2, assist: { kbSourceUrl: 'https://kb.corp.example/faq.json' } });
    const effective = kbAt('https://kb.corp.example/faq.json');
    await grants.confirmNamed(effective, policy);
    expect(showMessageBox).not.toHaveBeenCalled();
    expect(grants.granted(effective, policy)).toEqual(new Set(['https://kb.corp.example']));
  });

  it('no window to ask in: nothing is granted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-grants-'));
    const ask = createServiceQuestion({ dialog: { showMessageBox: vi.fn() } as never, window: () => null });
    const grants = createServiceGrants({ dir, ask, log: vi.fn() });
    await grants.confirmNamed(kbAt('https://kb.example.com/x'), null);
    expect(grants.granted(kbAt('https://kb.example.com/x'), null)).toEqual(new Set());
  });
});

describe('CORS headers for granted services (fake Electron session)', () => {
  const granted = new Set(['https://kb.example.com']);
  it("a granted service is readable by the app's origin only: its own access-control headers replaced, ETag exposed", () => {
    const r = serviceCors({ url: 'https://kb.example.com/faq.json', method: 'GET', responseHeaders: { ETag: ['"v2"'], 'access-control-allow-origin': ['https://elsewhere'] } }, granted, APP)!;
    expect(r.statusLine).toBeUndefined();
    expect(r.responseHeaders.ETag).toEqual(['"v2"']);
    expect(r.responseHeaders['access-control-allow-origin']).toBeUndefined();
    expect(r.responseHeaders['Access-Control-Allow-Origin']).toEqual([APP]);
    expect(r.responseHeaders['Access-Control-Expose-Headers']![0]).toContain('etag');
  });
  it('escape: never "*", and never with credentials, whatever the server sends', () => {
    const r = serviceCors(
      { url: 'https://kb.example.com/me', method: 'GET', responseHeaders: { 'Access-Control-Allow-Origin': ['*'], 'Access-Control-Allow-Credentials': ['true'], 'Set-Cookie': ['s=1'] } },
      granted,
      APP,
    )!;
    expect(r.responseHeaders['Access-Control-Allow-Origin']).toEqual([APP]);
    expect(Object.keys(r.responseHeaders).filter((h) => /credentials/i.test(h))).toEqual([]);
    expect(JSON.stringify(r.responseHeaders)).not.toContain('"*"');
  });
  it("its preflight passes even when the server refuses OPTIONS, allowing the key's header", () => {
    const r = serviceCors({ url: 'https://kb.example.com/v1/chat/completions', method: 'OPTIONS', responseHeaders: {} }, granted, APP)!;
    expect(r.statusLine).toBe('HTTP/1.1 204 No Content');
    expect(r.responseHeaders['Access-Control-Allow-Headers']![0]).toMatch(/authorization.*api-key.*if-none-match/);
  });
  it('any other origin keeps what its server said (same scheme and host on another port included)', () => {
    expect(serviceCors({ url: 'https://evil.example.com/x', method: 'GET' }, granted, APP)).toBeNull();
    expect(serviceCors({ url: 'https://kb.example.com:444/x', method: 'GET' }, granted, APP)).toBeNull();
    expect(serviceCors({ url: 'not a url', method: 'GET' }, granted, APP)).toBeNull();
  });
  it('one hook sets the CSP on every response and CORS on the granted services only', async () => {
    const { grants } = grantsAnswering('refuse');
    const effective = kbAt('https://intranet.example.com/kb.json');
    let hook!: (d: { url: string; method: string; responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void;
    installResponseHeaders({ webRequest: { onHeadersReceived: (h: never) => (hook = h) } } as never, { grantedOrigins: () => grants.granted(effective, null), appOrigin: APP });
    await grants.confirmNamed(effective, null); // the agent refuses
    const cb = vi.fn();
    hook({ url: 'https://intranet.example.com/kb.json', method: 'GET', responseHeaders: { A: ['1'] } }, cb);
    expect(cb.mock.calls[0]![0]).toEqual({ responseHeaders: { A: ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    installResponseHeaders({ webRequest: { onHeadersReceived: (h: never) => (hook = h) } } as never, { grantedOrigins: () => granted, appOrigin: APP });
    hook({ url: 'https://kb.example.com/a', method: 'OPTIONS', responseHeaders: {} }, cb);
    expect(cb.mock.calls[1]![0]).toMatchObject({ statusLine: 'HTTP/1.1 204 No Content', responseHeaders: { 'Access-Control-Allow-Origin': [APP], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});
