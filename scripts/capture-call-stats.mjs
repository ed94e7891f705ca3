// Records real Chromium getStats() reports of an audio call, for the call-quality unit tests
// (src/renderer/phone/quality/fixtures/). Two peer connections in one Chromium page send each other
// a speech file; every ICE candidate is rewritten to point at a UDP relay in this script, which can
// delay, jitter and drop the RTP packets (never STUN, DTLS or RTCP), so the impaired recordings come
// from Chromium's own jitter buffer, concealment and RTCP — not from numbers typed into a test.
// Everything stays on this machine's own addresses; no kernel queueing discipline is touched.
//
//   node scripts/capture-call-stats.mjs OUT_DIR
import { chromium } from '@playwright/test';
import { createSocket } from 'node:dgram';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../e2e/support/chromium.mjs';

const outDir = resolve(process.argv[2] ?? 'src/renderer/phone/quality/fixtures');
const MICROPHONE = resolve('e2e/fixtures/audio/agent-a.wav');
// Types the tests read; the rest (certificates, candidates with this machine's addresses) is left out.
const KEPT_TYPES = new Set(['codec', 'candidate-pair', 'inbound-rtp', 'outbound-rtp', 'remote-inbound-rtp', 'remote-outbound-rtp', 'transport']);

/**
 * Each scenario: the codec, and the impairment per second of the recording (applied both ways).
 * Snapshots are taken once a second after a warm-up, as the app's monitor does.
 */
const CLEAN = { delayMs: 0, jitterMs: 0, loss: 0 };
const BAD = { delayMs: 250, jitterMs: 40, loss: 0.06 };
const OUTAGE = { delayMs: 0, jitterMs: 0, loss: 1 };
const SCENARIOS = {
  'clean-opus': { codec: 'opus', seconds: [...Array(8)].map(() => CLEAN) },
  'clean-pcmu': { codec: 'PCMU', seconds: [...Array(8)].map(() => CLEAN) },
  // Clean, then RTT ~500 ms, jitter ±40 ms and 6 % RTP loss each way, then clean again.
  'impaired-opus': { codec: 'opus', seconds: [...Array(3)].map(() => CLEAN).concat([...Array(10)].map(() => BAD), [...Array(4)].map(() => CLEAN)) },
  // Clean, then no RTP at all for 4 s (what the media watchdog must notice), then clean.
  'outage-opus': { codec: 'opus', seconds: [...Array(3)].map(() => CLEAN).concat([...Array(4)].map(() => OUTAGE), [...Array(3)].map(() => CLEAN)) },
};
const WARM_UP_MS = 4000;

/** RFC 7983 demultiplexing: RTP and RTCP start with 128..191; RTCP packet types are 192..223. */
const isRtp = (b) => b.length > 1 && b[0] >= 128 && b[0] <= 191 && !((b[1] & 0x7f) >= 64 && (b[1] & 0x7f) <= 95);

function relay() {
  let impairment = CLEAN;
  const sockets = [];
  /** A relay port standing for `target`: what arrives on it goes on to the target from its partner port. */
  const pair = async (address, a, b) => {
    const [sa, sb] = [createSocket('udp4'), createSocket('udp4')];
    await Promise.all([sa, sb].map((s) => new Promise((r) => s.bind(0, address, r))));
    const forward = (from, to, target) =>
      from.on('message', (msg) => {
        const rtp = isRtp(msg);
        if (rtp && Math.random() < impairment.loss) return;
        const delay = rtp ? Math.max(0, impairment.delayMs + (Math.random() * 2 - 1) * impairment.jitterMs) : impairment.delayMs;
        const send = () => to.send(msg, target.port, target.address);
        if (delay > 0) setTimeout(send, delay);
        else send();
      });
    // Sent to sa (it stands for a): forward to a, from sb (which stands for b in a's eyes), and back.
    forward(sa, sb, a);
    forward(sb, sa, b);
    sockets.push(sa, sb);
    return { forA: sa.address().port, forB: sb.address().port };
  };
  return { pair, set: (i) => (impairment = i), close: () => sockets.forEach((s) => s.close()) };
}

async function record(name, { codec, seconds }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(MICROPHONE) });
  const net = relay();
  try {
    const context = await browser.newContext({ permissions: ['microphone'] });
    // A secure context for getUserMedia, served by the test itself.
    await context.route('http://localhost/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>stats</title>' }));
    const page = await context.newPage();
    await page.goto('http://localhost/');
    await page.exposeFunction('relayPair', (address, a, b) => net.pair(address, a, b));
    await page.exposeFunction('impair', (i) => net.set(seconds[i] ?? CLEAN));
    const result = await page.evaluate(
      async ({ codec, count, warmUpMs }) => {
        const pcs = [new RTCPeerConnection(), new RTCPeerConnection()];
        for (const pc of pcs) {
          const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
          pc.addTrack(mic.getAudioTracks()[0], mic);
          // A remote track must play somewhere or Chromium does not pull it through the jitter buffer.
          pc.ontrack = (e) => Object.assign(new Audio(), { srcObject: e.streams[0], muted: true }).play();
        }
        const wanted = RTCRtpReceiver.getCapabilities('audio').codecs.filter((c) => c.mimeType.toLowerCase() === `audio/${codec.toLowerCase()}`);
        for (const t of pcs[0].getTransceivers()) t.setCodecPreferences(wanted);
        // Host UDP IPv4 candidates only, each paired with a relay port that the other side is told about.
        const candidates = [[], []];
        const gathered = pcs.map((pc, i) => new Promise((done) => (pc.onicecandidate = (e) => (e.candidate ? candidates[i].push(e.candidate) : done()))));
        await pcs[0].setLocalDescription();
        await pcs[1].setRemoteDescription(pcs[0].localDescription);
        await pcs[1].setLocalDescription();
        await pcs[0].setRemoteDescription(pcs[1].localDescription);
        await Promise.all(gathered);
        const udp = (list) => list.filter((c) => c.protocol === 'udp' && c.type === 'host' && /^[\d.]+$/.test(c.address));
        for (const a of udp(candidates[0])) {
          for (const b of udp(candidates[1]).filter((c) => c.address === a.address)) {
            const ports = await window.relayPair(a.address, { address: a.address, port: a.port }, { address: b.address, port: b.port });
            const rewrite = (c, port) => new RTCIceCandidate({ candidate: c.candidate.replace(` ${c.port} typ`, ` ${port} typ`), sdpMid: c.sdpMid, sdpMLineIndex: c.sdpMLineIndex });
            await pcs[1].addIceCandidate(rewrite(a, ports.forA));
            await pcs[0].addIceCandidate(rewrite(b, ports.forB));
          }
        }
        await new Promise((r) => setTimeout(r, warmUpMs));
        const snapshots = [];
        for (let i = 0; i <= count; i++) {
          const report = [];
          (await pcs[0].getStats()).forEach((s) => report.push(s));
          snapshots.push(report);
          if (i === count) break;
          await window.impair(i);
          await new Promise((r) => setTimeout(r, 1000));
        }
        for (const pc of pcs) pc.close();
        return { userAgent: navigator.userAgent, snapshots };
      },
      { codec, count: seconds.length, warmUpMs: WARM_UP_MS },
    );
    const snapshots = result.snapshots.map((report) => report.filter((s) => KEPT_TYPES.has(s.type)));
    const file = join(outDir, `${name}.json`);
    const body = {
      source: `Chromium getStats() of peer connection 1 of 2 in one page, recorded by scripts/capture-call-stats.mjs (${result.userAgent})`,
      // A loaded machine delays playout: Chromium's jitter buffer grows with the load, and so does its delay.
      loadAverage: Number(loadavg()[0].toFixed(1)),
      impairment: seconds,
      snapshots,
    };
    // One stats object per line: readable in a diff, and a fixture stays reviewable.
    writeFileSync(file, JSON.stringify(body, null, 0).replace(/\},\{"id"/g, '},\n{"id"').replace(/\],\[/g, '],\n[') + '\n');
    console.log(`${name}: ${snapshots.length} snapshots -> ${file}`);
  } finally {
    net.close();
    await browser.close();
  }
}

mkdirSync(outDir, { recursive: true });
for (const [name, scenario] of Object.entries(SCENARIOS)) await record(name, scenario);
