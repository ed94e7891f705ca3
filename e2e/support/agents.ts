// Agents for the end-to-end tests: each one its own Chromium instance (its own fake microphone file),
// set up through the account screen like a person would, found by role and accessible name.
import { chromium, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from './chromium.mjs';

// E2E_PORT_OFFSET moves every port of a run (PBX and web server), so two checkouts can test at once.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const PBX_PORTS = { wsPort: 18080 + OFFSET, wssPort: 18443 + OFFSET, udpPort: 15060 + OFFSET } as const;
export const PBX_HOST = '127.0.0.1';
export const WS_URL = `ws://${PBX_HOST}:${PBX_PORTS.wsPort}/ws`;
export const WSS_URL = `wss://${PBX_HOST}:${PBX_PORTS.wssPort}/ws`;
export const passwordOf = (user: string) => `pw${user}`;

export const VOICES = {
  alice: resolve('e2e/fixtures/audio/agent-a.wav'),
  bob: resolve('e2e/fixtures/audio/agent-b.wav'),
  carol: resolve('e2e/fixtures/audio/agent-c.wav'),
} as const;

export interface Agent {
  user: string;
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

export interface AgentOptions {
  user: string;
  voice?: string;
  transport?: 'ws' | 'wss';
  /** A WebSocket server other than the test PBX's own (e.g. a TCP proxy in front of it). */
  server?: string;
  password?: string;
  baseURL: string;
  /** Fill the account screen and wait for "Registered" (default true). */
  register?: boolean;
  /** Runs before the app is first opened (e.g. routes for a policy file or a model folder). */
  prepare?(context: BrowserContext): Promise<void>;
}

export async function launchAgent(o: AgentOptions): Promise<Agent> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(o.voice) });
  // The test PBX's certificate is self-signed and made at test time.
  const context = await browser.newContext({ baseURL: o.baseURL, ignoreHTTPSErrors: true, permissions: ['microphone'] });
  await context.addInitScript(capturePeerConnections);
  const page = await context.newPage();
  if (process.env.E2E_CONSOLE) {
    await context.addInitScript(() => localStorage.setItem('switchboard.debug', 'sip'));
    page.on('console', (m) => console.log(`[${o.user}] ${m.type()}: ${m.text()}`));
  }
  await o.prepare?.(context);
  await page.goto('/');
  const agent: Agent = { user: o.user, page, browser, close: () => browser.close() };
  if (o.register !== false) await fillAccount(page, o);
  return agent;
}

export async function fillAccount(page: Page, o: Pick<AgentOptions, 'user' | 'password' | 'transport' | 'server'>, expectStatus: RegExp = /^Registered$/): Promise<void> {
  await page.getByLabel('Display name').fill(`Agent ${o.user}`);
  await page.getByLabel('SIP address').fill(`sip:${o.user}@${PBX_HOST}`);
  await page.getByLabel('Password', { exact: true }).fill(o.password ?? passwordOf(o.user));
  await page.getByLabel('WebSocket server').fill(o.server ?? (o.transport === 'ws' ? WS_URL : WSS_URL));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status', { name: 'Registration' })).toHaveText(expectStatus);
}

export const region = (page: Page, name: 'Active call' | 'Incoming call' | 'Call history' | 'Dialer' | 'Call status') =>
  page.getByRole(name === 'Call status' ? 'status' : 'region', { name });

export async function dial(agent: Agent, number: string): Promise<void> {
  await agent.page.getByLabel('Number').fill(number);
  await agent.page.getByRole('button', { name: 'Call', exact: true }).click();
}

export async function answer(agent: Agent, from?: string): Promise<void> {
  const incoming = region(agent.page, 'Incoming call');
  if (from) await expect(incoming).toContainText(from);
  await incoming.getByRole('button', { name: 'Answer' }).click();
  await expect(region(agent.page, 'Active call')).toContainText('Connected');
}

/** Receive-side audio figures of the newest open peer connection, from getStats(). */
export interface AudioStats {
  packetsReceived: number;
  totalAudioEnergy: number;
  totalSamplesDuration: number;
  packetsSent: number;
  /** The agent's own captured audio (media-source), after the browser's processing. */
  sentAudioEnergy: number;
  sentSamplesDuration: number;
  /** Seconds summed over every sample played out, and how many: their ratio is the jitter buffer's mean delay. */
  jitterBufferDelay: number;
  jitterBufferEmittedCount: number;
  /** Latest RTCP round trip (remote-inbound-rtp), seconds; null until the far end has reported one. */
  rtcpRoundTripTime: number | null;
}

export function audioStats(page: Page): Promise<AudioStats | null> {
  return page.evaluate(async () => {
    const pcs = ((window as unknown as { __pcs: RTCPeerConnection[] }).__pcs ?? []).filter((pc) => pc.connectionState !== 'closed');
    const pc = pcs[pcs.length - 1];
    if (!pc) return null;
    const out = {
      packetsReceived: 0, totalAudioEnergy: 0, totalSamplesDuration: 0, packetsSent: 0, sentAudioEnergy: 0, sentSamplesDuration: 0,
      jitterBufferDelay: 0, jitterBufferEmittedCount: 0, rtcpRoundTripTime: null as number | null,
    };
    (await pc.getStats()).forEach((s: Record<string, unknown>) => {
      if (s.type === 'inbound-rtp' && s.kind === 'audio') {
        out.packetsReceived += Number(s.packetsReceived ?? 0);
        out.totalAudioEnergy += Number(s.totalAudioEnergy ?? 0);
        out.totalSamplesDuration += Number(s.totalSamplesDuration ?? 0);
        out.jitterBufferDelay += Number(s.jitterBufferDelay ?? 0);
        out.jitterBufferEmittedCount += Number(s.jitterBufferEmittedCount ?? 0);
      }
      if (s.type === 'remote-inbound-rtp' && s.kind === 'audio' && typeof s.roundTripTime === 'number') out.rtcpRoundTripTime = s.roundTripTime;
      if (s.type === 'outbound-rtp' && s.kind === 'audio') out.packetsSent += Number(s.packetsSent ?? 0);
      if (s.type === 'media-source' && s.kind === 'audio') {
        out.sentAudioEnergy += Number(s.totalAudioEnergy ?? 0);
        out.sentSamplesDuration += Number(s.totalSamplesDuration ?? 0);
      }
    });
    return out;
  });
}

/**
 * Over a window: packets received, mean received power and mean power of what this agent itself sent
 * (energy per second on a 0..1 scale, squared).
 */
export async function measureInbound(page: Page, ms = 2500): Promise<{ packets: number; power: number; sentPower: number }> {
  const a = await audioStats(page);
  await page.waitForTimeout(ms);
  const b = await audioStats(page);
  if (!a || !b) return { packets: 0, power: 0, sentPower: 0 };
  const per = (energy: number, seconds: number) => (seconds > 0 ? energy / seconds : 0);
  return {
    packets: b.packetsReceived - a.packetsReceived,
    power: per(b.totalAudioEnergy - a.totalAudioEnergy, b.totalSamplesDuration - a.totalSamplesDuration),
    sentPower: per(b.sentAudioEnergy - a.sentAudioEnergy, b.sentSamplesDuration - a.sentSamplesDuration),
  };
}

function capturePeerConnections(): void {
  // Test instrumentation only: remember every RTCPeerConnection so the test can read getStats().
  const Native = window.RTCPeerConnection;
  const list: RTCPeerConnection[] = [];
  (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs = list;
  window.RTCPeerConnection = class extends Native {
    constructor(config?: RTCConfiguration) {
      super(config);
      list.push(this);
    }
  } as typeof RTCPeerConnection;
}
