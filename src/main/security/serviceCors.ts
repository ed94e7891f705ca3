// The services the settings name — the knowledge-base URL, the assist LLM server, the model download
// server — answer the app's own requests without having to allow its origin themselves: the desktop app
// adds the CORS headers (and passes the preflight) for them. But only for the origins that are granted
// (serviceGrants.ts: named by admin policy, or allowed by the agent in a dialog main shows), since a
// page could save any URL: a grant for a URL the page alone chose would let a compromised page read an
// intranet service through the agent's network. Every other response keeps its server's own CORS headers.
import type { Policy, Settings } from '../../shared/settings/schema';

export type ServiceRole = 'knowledge-base' | 'llm' | 'model-download';

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null; // the settings schema only lets valid URLs through
  }
}

/** The origins of the services the settings in force name (only those switched on), with what each is for. */
export function namedServices(settings: Settings): Map<string, ServiceRole[]> {
  const { assist, captions } = settings;
  const named = new Map<string, ServiceRole[]>();
  const add = (url: string, role: ServiceRole) => {
    const origin = originOf(url);
    if (origin) named.set(origin, [...(named.get(origin) ?? []), role]);
  };
  add(assist.kbSourceUrl, 'knowledge-base');
  if (assist.llmEnabled) add(assist.llmEndpoint, 'llm');
  if (captions.allowDownload) add(captions.downloadBaseUrl, 'model-download');
  return named;
}

/** The origins of the service URLs admin policy itself sets: granted without asking anyone. */
export function policyServiceOrigins(policy: Policy | null): Set<string> {
  const urls = [policy?.assist?.kbSourceUrl, policy?.assist?.llmEndpoint, policy?.captions?.downloadBaseUrl];
  return new Set(urls.map(originOf).filter((o): o is string => o !== null));
}

const ALLOW = {
  // The LLM key (Authorization or Azure's api-key), JSON bodies, ETag revalidation, resumed downloads.
  'Access-Control-Allow-Headers': ['authorization, api-key, content-type, if-none-match, range'],
  'Access-Control-Allow-Methods': ['GET, POST, OPTIONS'],
  'Access-Control-Expose-Headers': ['etag, content-length, content-range, content-type'],
  'Access-Control-Max-Age': ['600'],
};

export interface ResponseDetails {
  url: string;
  method: string;
  responseHeaders?: Record<string, string[]>;
}

/**
 * The response headers (and, for a preflight, status) to give `details`, or null to leave CORS alone.
 * Access is granted to the app's own origin only, never "*", and never with credentials: the server's
 * own Access-Control-* headers (Allow-Credentials included) are all replaced, so cookies or HTTP
 * authentication the system holds for that server are never readable by the page.
 * @param appOrigin the renderer's origin: app://switchboard, or the dev server in development
 */
export function serviceCors(details: ResponseDetails, granted: ReadonlySet<string>, appOrigin: string): { responseHeaders: Record<string, string[]>; statusLine?: string } | null {
  const origin = originOf(details.url);
  if (!origin || !granted.has(origin)) return null;
  const kept = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => !/^access-control-/i.test(name)));
  const responseHeaders = { ...kept, ...ALLOW, 'Access-Control-Allow-Origin': [appOrigin] };
  // A server that does not know OPTIONS (405) would fail the preflight: answer it here.
  return details.method === 'OPTIONS' ? { responseHeaders, statusLine: 'HTTP/1.1 204 No Content' } : { responseHeaders };
}
