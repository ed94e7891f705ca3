// One account's SIP connection: WebSocket transport, user agent and registration, with reconnection.
import { Registerer, RegistererState, SIPExtension, UserAgent, type Invitation } from 'sip.js';
import type { Registration } from '../model';
import { guardSipEdge } from './strayGuard';
import type { EngineConfig, SipTraceEntry } from './types';

const REGISTER_EXPIRES_SEC = 300;
const RECONNECT_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export interface ConnectionHandlers {
  status(r: Registration): void;
  invite(invitation: Invitation): void;
  sipTrace(entry: SipTraceEntry): void;
}

export class SipConnection {
  readonly ua: UserAgent;
  private readonly registerer: Registerer;
  private stopped = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor(
    private readonly config: EngineConfig,
    private readonly on: ConnectionHandlers,
  ) {
    const { account } = config;
    const uri = UserAgent.makeURI(account.sipAddress);
    if (!uri) throw new Error(`Invalid SIP address: ${account.sipAddress}`);
    this.ua = new UserAgent({
      uri,
      displayName: account.displayName || undefined,
      authorizationUsername: account.username || uri.user,
      authorizationPassword: typeof config.password === 'string' ? config.password : '',
      transportOptions: { server: account.websocketServer, connectionTimeout: 5, keepAliveInterval: 25 },
      sipExtensionReplaces: SIPExtension.Supported,
      userAgentString: `Switchboard/${__APP_VERSION__}`,
      // Full SIP traces on request, for support: localStorage 'switchboard.debug' = 'sip'.
      logLevel: globalThis.localStorage?.getItem('switchboard.debug') === 'sip' ? 'debug' : 'warn',
      // sip.js hands every log line to the connector whatever the level: keep the wire messages.
      logConnector: (_level, category, _label, content) => {
        const entry = category === 'sip.Transport' ? sipTraceEntry(content) : null;
        if (entry) this.on.sipTrace(entry);
      },
      // Never fall back to sip.js's built-in public STUN server: IT decides which ICE servers exist.
      sessionDescriptionHandlerFactoryOptions: {
        peerConnectionConfiguration: { iceServers: account.iceServers },
        iceGatheringTimeout: account.iceServers.length ? 2000 : 500,
      },
      delegate: {
        onInvite: (inv) => this.on.invite(inv),
        onDisconnect: (error) => this.onDisconnect(error),
      },
    });
    // Odd SIP from the network (not SIP, unknown methods, offers the phone cannot take) is answered and logged here.
    guardSipEdge(this.ua, account.websocketServer);
    this.registerer = new Registerer(this.ua, { expires: REGISTER_EXPIRES_SEC });
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Registered) {
        this.attempt = 0;
        this.on.status({ status: 'registered' });
      }
    });
  }

  get server(): string {
    return this.config.account.websocketServer;
  }

  async start(): Promise<void> {
    this.on.status({ status: 'connecting' });
    const password = Promise.resolve(this.config.password);
    try {
      await this.ua.start();
      performance.mark('switchboard:connected');
    } catch (e) {
      this.on.status({ status: 'failed', reason: `cannot reach ${this.server}${e instanceof Error && e.message ? ` (${e.message})` : ''}` });
      this.scheduleReconnect();
      return;
    }
    const known = await password.catch(() => null);
    if (known === null) {
      await this.stop();
      this.on.status({ status: 'unconfigured' });
      return;
    }
    // sip.js reads the password from its configuration when it answers a digest challenge.
    this.ua.configuration.authorizationPassword = known;
    await this.register();
  }

  private async register(): Promise<void> {
    this.on.status({ status: 'registering' });
    await this.registerer.register({
      requestDelegate: {
        onReject: (response) => {
          const { statusCode, reasonPhrase } = response.message;
          this.on.status({ status: 'failed', code: statusCode, reason: reasonPhrase || 'rejected' });
        },
      },
    }).catch((e: unknown) => {
      this.on.status({ status: 'failed', reason: e instanceof Error ? e.message : String(e) });
    });
  }

  private onDisconnect(error?: Error): void {
    if (this.stopped) return;
    this.on.status({ status: 'disconnected', reason: error?.message || `connection to ${this.server} lost` });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)]!;
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      void this.ua
        .reconnect()
        .then(() => this.register())
        .catch(() => this.scheduleReconnect());
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    try {
      if (this.registerer.state === RegistererState.Registered) {
        await withTimeout(this.registerer.unregister(), 2000);
      }
    } catch {
      /* best effort: the PBX expires the binding anyway */
    }
    await this.ua.stop().catch(() => undefined);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

/** A SIP message from sip.js's transport log line ("Sending WebSocket message:\n\n…"), or null. */
export function sipTraceEntry(line: string, at = Date.now()): SipTraceEntry | null {
  const m = /^(Sending WebSocket message|Received WebSocket text message):\n\n([\s\S]*?)\n?$/.exec(line);
  if (!m) return null;
  return { at, direction: m[1]!.startsWith('Sending') ? 'sent' : 'received', text: m[2]! };
}
