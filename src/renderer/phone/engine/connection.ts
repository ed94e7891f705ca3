// One account's SIP connection: WebSocket transport (primary and backup servers), user agent and
// registration. It always recovers and always tells the truth:
// - "registered" comes from each REGISTER's own 200 OK (sip.js keeps its Registerer in Registered across
//   a dropped transport, so its state events alone would leave the app at "Registering…" for good);
// - a lost connection is retried with capped exponential backoff and jitter, reset by a success;
// - a dead connection that never closed is found by a keepalive probe (OPTIONS);
// - the network coming back, or the machine waking up, re-registers at once (checkNow).
import { Registerer, RegistererState, RequestPendingError, SIPExtension, UserAgent, type Core, type Invitation, type SessionDescriptionHandlerFactory, type Web } from 'sip.js';
import type { Registration } from '../phoneState';
import { Backoff } from './backoff';
import { failoverTransport, serverForAttempt, type ServerList } from './failoverTransport';
import { KeepAlive } from './keepAlive';
import { grantedExpiry, isAuthFailure } from './registerResponse';
import { guardSipEdge } from './strayGuard';
import type { EngineConfig, SipTraceEntry } from './types';

const REGISTER_EXPIRES_SEC = 300;
/** Our own re-REGISTER, at this share of the granted expiry (sip.js's own refresh comes later). */
const REFRESH_AT = 0.85;
/** A REGISTER with no final answer by then counts as lost (the transport may be dead). */
const REGISTER_TIMEOUT_MS = 10_000;
const KEEPALIVE = { intervalMs: 20_000, timeoutMs: 5_000 };
// First retry within a second; a restarted PBX is found again within 4 s of it coming back for the first
// two minutes (about 30 tries); after that a server that stays away is tried every 15-30 s. Jitter spreads
// a whole floor of agents over each step.
const BACKOFF = { baseMs: 1000, capMs: 4000, slowAfter: 30, slowCapMs: 30_000 };

export interface ConnectionHandlers {
  status(r: Registration): void;
  invite(invitation: Invitation): void;
  sipTrace(entry: SipTraceEntry): void;
  /** The WebSocket is up again after it was lost: dialogs must be refreshed over the new connection. */
  recovered(): void;
}

type RegisterOutcome = { ok: true; expiresSec: number } | { ok: false; code?: number; reason: string };

export class SipConnection {
  readonly ua: UserAgent;
  private readonly registerer: Registerer;
  private readonly servers: ServerList;
  private readonly backoff = new Backoff(BACKOFF);
  private readonly keepAlive: KeepAlive;
  private readonly domain: string;
  private stopped = false;
  private started = false;
  private attempting = false;
  private lost = false;
  /** Why the connection is being dropped on purpose (a probe went unanswered), for the status line. */
  private dropReason: string | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private current: Registration = { status: 'connecting' };
  private readonly waitingForTransport = new Set<() => void>();
  /** Options for session description handlers (ICE servers, gathering timeout), as sip.js passes them. */
  readonly sdhOptions: Web.SessionDescriptionHandlerFactoryOptions;

  constructor(
    private readonly config: EngineConfig,
    private readonly on: ConnectionHandlers,
    sessionDescriptionHandlerFactory?: SessionDescriptionHandlerFactory,
  ) {
    const { account } = config;
    const uri = UserAgent.makeURI(account.sipAddress);
    if (!uri) throw new Error(`Invalid SIP address: ${account.sipAddress}`);
    this.domain = uri.host;
    this.servers = { servers: [account.websocketServer, ...(account.backupServers ?? [])], current: 0 };
    // Never fall back to sip.js's built-in public STUN server: IT decides which ICE servers exist.
    this.sdhOptions = {
      peerConnectionConfiguration: { iceServers: account.iceServers },
      iceGatheringTimeout: account.iceServers.length ? 2000 : 500,
    };
    this.ua = new UserAgent({
      uri,
      displayName: account.displayName || undefined,
      authorizationUsername: account.username || uri.user,
      authorizationPassword: typeof config.password === 'string' ? config.password : '',
      transportConstructor: failoverTransport(this.servers),
      // sip.js's own keepalive only sends CRLF and never notices a missing answer: ours does (KeepAlive).
      transportOptions: { server: account.websocketServer, connectionTimeout: 5 },
      sipExtensionReplaces: SIPExtension.Supported,
      userAgentString: `Switchboard/${__APP_VERSION__}`,
      // Full SIP traces on request, for support: localStorage 'switchboard.debug' = 'sip'.
      logLevel: globalThis.localStorage?.getItem('switchboard.debug') === 'sip' ? 'debug' : 'warn',
      // sip.js hands every log line to the connector whatever the level: keep the wire messages.
      logConnector: (_level, category, _label, content) => {
        const entry = category === 'sip.Transport' ? sipTraceEntry(content) : null;
        if (entry) this.on.sipTrace(entry);
      },
      sessionDescriptionHandlerFactoryOptions: this.sdhOptions,
      ...(sessionDescriptionHandlerFactory ? { sessionDescriptionHandlerFactory } : {}),
      delegate: {
        onInvite: (inv) => this.on.invite(inv),
        // A REFER outside any call would make the phone dial whatever a stranger names: always declined.
        onRefer: (referral) => void referral.reject({ statusCode: 603 }).catch(() => undefined),
        onConnect: () => this.transportUp(),
        onDisconnect: (error) => this.transportLost(error),
      },
    });
    // Odd SIP from the network (not SIP, unknown methods, offers the phone cannot take) is answered and logged here.
    guardSipEdge(this.ua, account.websocketServer);
    this.registerer = new Registerer(this.ua, { expires: REGISTER_EXPIRES_SEC });
    // A refresh sip.js sent itself failed, or the binding ran out: register again, honestly.
    this.registerer.stateChange.addListener((state) => {
      if (state === RegistererState.Unregistered && this.current.status === 'registered' && !this.stopped) {
        this.retryLater({ status: 'failed', reason: 'registration lost' });
      }
    });
    this.keepAlive = new KeepAlive({ ...KEEPALIVE, probe: () => this.probe(), dead: () => this.connectionDead() });
  }

  get server(): string {
    return this.servers.servers[this.servers.current] ?? this.config.account.websocketServer;
  }

  async start(): Promise<void> {
    this.report({ status: 'connecting', server: this.server });
    const password = await Promise.resolve(this.config.password).catch(() => null);
    if (password === null) {
      await this.stop();
      this.report({ status: 'unconfigured' });
      return;
    }
    // sip.js reads the password from its configuration when it answers a digest challenge.
    this.ua.configuration.authorizationPassword = password;
    await this.attempt();
  }

  /**
   * Re-checks at once: the network came back, the machine woke up, or the agent pressed "Retry now"
   * (then also a fresh REGISTER); the window came to the front (only a probe of the connection).
   */
  async checkNow(reRegister = true): Promise<void> {
    if (this.stopped) return;
    if (!this.ua.isConnected()) return this.attempt();
    if (!(await this.keepAlive.checkNow())) return; // dead: connectionDead() is reconnecting
    if (reRegister) await this.registerOnce();
  }

  /** Resolves once SIP requests can be sent (at once while connected); rejects after `timeoutMs`. */
  ready(timeoutMs: number): Promise<void> {
    if (this.ua.isConnected()) return Promise.resolve();
    if (this.stopped) return Promise.reject(new Error('the phone is disconnected'));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.waitingForTransport.delete(done);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waitingForTransport.delete(done);
        reject(new Error(`no connection to ${this.server} for ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.waitingForTransport.add(done);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.refreshTimer);
    this.keepAlive.stop();
    try {
      if (this.registerer.state === RegistererState.Registered && this.ua.isConnected()) {
        await withTimeout(this.registerer.unregister(), 2000);
      }
    } catch {
      /* best effort: the PBX expires the binding anyway */
    }
    await this.ua.stop().catch(() => undefined);
  }

  /** One try: connect (the server chosen by how many tries failed), then REGISTER. */
  private async attempt(): Promise<void> {
    if (this.stopped || this.attempting) return;
    this.attempting = true;
    clearTimeout(this.retryTimer);
    try {
      if (!this.ua.isConnected()) {
        this.servers.current = serverForAttempt(this.servers.servers.length, this.backoff.failures);
        // After a loss the status keeps saying so until the phone is registered again.
        if (this.lost) this.report({ ...this.current, server: this.server, retryAt: undefined });
        else this.report({ status: 'connecting', server: this.server, backup: this.servers.current > 0 });
        try {
          if (this.started) await this.ua.reconnect();
          else await this.ua.start();
          this.started = true;
          performance.mark('switchboard:connected');
        } catch (e) {
          this.started = true;
          const why = e instanceof Error && e.message ? ` (${e.message})` : '';
          return this.retryLater({ status: this.lost ? 'reconnecting' : 'failed', reason: `cannot reach ${this.server}${why}` });
        }
      }
      await this.registerOnce();
    } finally {
      this.attempting = false;
    }
  }

  private async registerOnce(): Promise<void> {
    if (this.stopped) return;
    clearTimeout(this.refreshTimer);
    if (this.current.status !== 'registered') this.report({ status: 'registering', server: this.server, transportUp: true });
    const outcome = await this.sendRegister();
    if (this.stopped) return;
    if (outcome.ok) {
      this.backoff.reset();
      const expiresAt = Date.now() + outcome.expiresSec * 1000;
      this.report({ status: 'registered', server: this.server, backup: this.servers.current > 0, expiresAt, transportUp: true });
      this.refreshTimer = setTimeout(() => void this.registerOnce(), outcome.expiresSec * 1000 * REFRESH_AT);
      this.keepAlive.start();
      return;
    }
    // A wrong password is not retried on its own: some PBXs lock an account after repeated failures.
    if (outcome.code !== undefined && isAuthFailure(outcome.code)) {
      this.report({ status: 'failed', code: outcome.code, reason: outcome.reason, server: this.server, transportUp: this.ua.isConnected() });
      return;
    }
    if (outcome.code === undefined && this.ua.isConnected()) {
      // No answer at all: the connection is probably dead although it never closed.
      return this.connectionDead();
    }
    this.retryLater({ status: 'failed', code: outcome.code, reason: outcome.reason });
  }

  /** Sends one REGISTER and settles with its final answer (or its absence). */
  private sendRegister(): Promise<RegisterOutcome> {
    return new Promise<RegisterOutcome>((resolve) => {
      let settled = false;
      const done = (o: RegisterOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(o);
      };
      const timer = setTimeout(() => done({ ok: false, reason: `no answer from ${this.server}` }), REGISTER_TIMEOUT_MS);
      const send = (): void => {
        this.registerer
          .register({
            requestDelegate: {
              onAccept: (response: Core.IncomingResponse) =>
                done({ ok: true, expiresSec: grantedExpiry(response.message, this.ua.contact.uri.user, REGISTER_EXPIRES_SEC) }),
              onReject: (response: Core.IncomingResponse) =>
                done({ ok: false, code: response.message.statusCode, reason: response.message.reasonPhrase || 'rejected' }),
            },
          })
          .catch((e: unknown) => {
            // A REGISTER sip.js sent itself (its refresh) is still waiting for its answer: ours follows it.
            if (e instanceof RequestPendingError) setTimeout(() => !settled && send(), 250);
            else done({ ok: false, reason: e instanceof Error ? e.message : String(e) });
          });
      };
      send();
    });
  }

  private transportUp(): void {
    for (const waiter of [...this.waitingForTransport]) waiter();
    if (!this.lost) return;
    this.lost = false;
    this.on.recovered();
  }

  private transportLost(error?: Error): void {
    if (this.stopped) return;
    this.lost = true;
    clearTimeout(this.refreshTimer);
    this.keepAlive.stop();
    const reason = error?.message || this.dropReason || `connection to ${this.server} lost`;
    this.dropReason = undefined;
    this.retryLater({ status: 'reconnecting', reason });
  }

  /** The keepalive or a REGISTER went unanswered: drop the socket (without waiting for its close) and reconnect. */
  private connectionDead(): void {
    if (this.stopped) return;
    this.keepAlive.stop();
    this.dropReason = `no answer from ${this.server}`;
    // sip.js reports the drop at once through onDisconnect (transportLost), which schedules the next
    // attempt; a dead socket's close handshake can take a minute, and connecting meanwhile opens a new one.
    void this.ua.transport.disconnect().catch(() => undefined);
  }

  private retryLater(r: Omit<Registration, 'retryAt' | 'server'>): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const delay = this.backoff.next();
    this.report({ ...r, server: this.server, retryAt: Date.now() + delay, transportUp: this.ua.isConnected() });
    this.retryTimer = setTimeout(() => void this.attempt(), delay);
  }

  /** OPTIONS to the registrar's domain: any answer at all proves the connection carries SIP. */
  private probe(): Promise<void> {
    return new Promise((resolve, reject) => {
      const core = this.ua.userAgentCore;
      const target = UserAgent.makeURI(`sip:${this.domain}`);
      if (!target) return reject(new Error('no registrar URI'));
      const from = this.ua.configuration.uri;
      const message = core.makeOutgoingRequestMessage('OPTIONS', target, from, from, {});
      core.request(message, { onAccept: () => resolve(), onReject: () => resolve(), onRedirect: () => resolve() });
    });
  }

  private report(r: Registration): void {
    this.current = r;
    this.on.status(r);
  }
}

/** A SIP message from sip.js's transport log line ("Sending WebSocket message:\n\n…"), or null. */
export function sipTraceEntry(line: string, at = Date.now()): SipTraceEntry | null {
  const m = /^(Sending WebSocket message|Received WebSocket text message):\n\n([\s\S]*?)\n?$/.exec(line);
  if (!m) return null;
  return { at, direction: m[1]!.startsWith('Sending') ? 'sent' : 'received', text: m[2]! };
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p, new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}
