// The renderer's Content-Security-Policy (src/shared/security/contentSecurityPolicy.ts), sent as a response
// header for every app page; and the CORS headers for the granted services (serviceCors.ts). One hook:
// Electron keeps only the last onHeadersReceived listener of a session.
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { serviceCors } from './serviceCors';

export { CONTENT_SECURITY_POLICY };

export interface ResponseHeaderDeps {
  /** The origins whose responses get CORS headers now (serviceGrants.ts). */
  grantedOrigins(): ReadonlySet<string>;
  /** The renderer's own origin, the only one those headers let read. */
  appOrigin: string;
}

export function installResponseHeaders(session: Pick<Session, 'webRequest'>, deps: ResponseHeaderDeps): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const cors = serviceCors(details, deps.grantedOrigins(), deps.appOrigin);
    const responseHeaders = { ...(cors?.responseHeaders ?? details.responseHeaders), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
    callback(cors?.statusLine ? { responseHeaders, statusLine: cors.statusLine } : { responseHeaders });
  });
}
