// Shared by the benchmarks: in-page timing marks, a static file server and the results table.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

/** Runs in every benchmarked page before its own scripts. Times are performance.now() (ms since navigation). */
export function marksInitScript() {
  window.__marks = {};
  window.__watchFor = (name, selector, text) => {
    const check = () => {
      const el = document.querySelector(selector);
      if (el && el.textContent.includes(text) && window.__marks[name] === undefined) {
        window.__marks[name] = performance.now();
        observer.disconnect();
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(check);
    if (!check()) observer.observe(document, { subtree: true, childList: true, characterData: true });
  };
  // Both apps expose their registration state as role=status named "Registration".
  window.__watchFor('registered', '[aria-label="Registration"]', 'Registered');
  document.addEventListener('click', () => (window.__marks.click = performance.now()), true);

  const pcs = [];
  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(c) {
      super(c);
      pcs.push(this);
    }
  };
  /** Polls getStats every 5 ms (same for both apps) until an audio packet has arrived. */
  window.__watchFirstPacket = () => {
    const tick = async () => {
      for (const pc of pcs.filter((p) => p.connectionState !== 'closed')) {
        let got = false;
        (await pc.getStats()).forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio' && s.packetsReceived > 0) got = true;
        });
        if (got) {
          window.__marks.packet = performance.now();
          return;
        }
      }
      setTimeout(tick, 5);
    };
    void tick();
  };
}

export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

export function printTable(rows, iterations) {
  const f = (v) => v.toFixed(1).padStart(8);
  console.log(`\nSoftphone benchmark: ${iterations} iterations each, times in ms (median / p95); ratio = Switchboard / baseline (targets: (a), (b) <= 1.15; (c) <= 0.8)\n`);
  console.log(`${'metric'.padEnd(56)} ${'SB med'.padStart(8)} ${'SB p95'.padStart(8)} ${'base med'.padStart(8)} ${'base p95'.padStart(8)} ${'ratio med'.padStart(9)} ${'ratio p95'.padStart(9)}`);
  for (const r of rows) {
    console.log(`${r.label.padEnd(56)} ${f(r.sb.median)} ${f(r.sb.p95)} ${f(r.base.median)} ${f(r.base.p95)} ${(r.sb.median / r.base.median).toFixed(2).padStart(9)} ${(r.sb.p95 / r.base.p95).toFixed(2).padStart(9)}`);
  }
}

/** Serves folders at URL prefixes on an ephemeral loopback port. */
export function serveStatic(mounts) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wav': 'audio/wav', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
  const srv = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const mount = Object.keys(mounts).find((m) => url.pathname.startsWith(m));
    let file = mount && join(mounts[mount], decodeURIComponent(url.pathname.slice(mount.length)) || 'index.html');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !file.startsWith(mounts[mount]) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv)));
}
