// The renderer's Content-Security-Policy, sent as a response header for every app page; and the CORS
// headers for the services the settings name (serviceCors.ts). One hook: Electron keeps only the last
// onHeadersReceived listener of a session.
import type { Session } from 'electron';
import { serviceCors } from './serviceCors';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'", // onnxruntime-web's WebAssembly (speech models)
  "style-src 'self' 'unsafe-inline'", // React style attributes
  // SIP over WebSocket to whichever PBX the account names; model downloads, the assist LLM server and a
  // knowledge-base URL over HTTPS; plain HTTP only to this machine (a local vLLM or Ollama: the settings
  // schema refuses http:// to any other host).
  "connect-src 'self' wss: ws: https: http://127.0.0.1:* http://localhost:* http://[::1]:*",
  "media-src 'self' blob: mediastream:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** @param serviceOrigins the origins of the services the settings in force name (see serviceOrigins). */
export function installResponseHeaders(session: Pick<Session, 'webRequest'>, serviceOrigins: () => ReadonlySet<string> = () => new Set()): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const cors = serviceCors(details, serviceOrigins());
    const responseHeaders = { ...(cors?.responseHeaders ?? details.responseHeaders), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
    callback(cors?.statusLine ? { responseHeaders, statusLine: cors.statusLine } : { responseHeaders });
  });
}
