// The renderer's Content-Security-Policy, one policy for both hosts: the desktop app sends it as a header
// on every response (src/main/security/responseHeaders.ts); the web build carries it as a <meta> tag in
// index.html and the preview server sends it as a header (vite.web.config.ts).
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'", // onnxruntime-web's WebAssembly (speech models)
  "style-src 'self' 'unsafe-inline'", // React style attributes
  // SIP over WebSocket to whichever PBX the account names; model downloads, the assist LLM server and a
  // knowledge-base URL over HTTPS; plain HTTP only to this machine (a local vLLM or Ollama: the settings
  // schema refuses http:// to any other host). Not http://[::1]: CSP has no syntax for IPv6 literals
  // (Chromium reports the source as invalid and ignores it), so a local server is reached as localhost.
  "connect-src 'self' wss: ws: https: http://127.0.0.1:* http://localhost:*",
  "media-src 'self' blob: mediastream:",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The same for a <meta> tag, where browsers ignore frame-ancestors (only a header can set it). */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');
