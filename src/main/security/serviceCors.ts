// The services the agent or IT configured — the knowledge-base URL, the assist LLM server, the model
// download server — answer the app's own requests without having to allow its origin themselves: the
// desktop app adds the CORS headers (and passes the preflight) for those origins only. Every other
// response keeps the server's own CORS headers, so the page can read nothing else cross-origin.
import { assistOf, captionsOf, type Settings } from '../../shared/settings/schema';

/** Origins of the services the effective settings name (only those switched on). */
export function serviceOrigins(settings: Settings): Set<string> {
  const assist = assistOf(settings);
  const captions = captionsOf(settings);
  const urls = [assist.kbSourceUrl, assist.llmEnabled ? assist.llmEndpoint : '', captions.allowDownload ? captions.downloadBaseUrl : ''];
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      if (url) origins.add(new URL(url).origin);
    } catch {
      /* the settings schema only lets valid URLs through */
    }
  }
  return origins;
}

const ALLOW = {
  'Access-Control-Allow-Origin': ['*'],
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

/** The response headers (and, for a preflight, status) to give `details`, or null to leave CORS alone. */
export function serviceCors(details: ResponseDetails, allowed: ReadonlySet<string>): { responseHeaders: Record<string, string[]>; statusLine?: string } | null {
  let origin: string;
  try {
    origin = new URL(details.url).origin;
  } catch {
    return null;
  }
  if (!allowed.has(origin)) return null;
  const kept = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => !name.toLowerCase().startsWith('access-control-')));
  const responseHeaders = { ...kept, ...ALLOW };
  // A server that does not know OPTIONS (405) would fail the preflight: answer it here.
  return details.method === 'OPTIONS' ? { responseHeaders, statusLine: 'HTTP/1.1 204 No Content' } : { responseHeaders };
}
