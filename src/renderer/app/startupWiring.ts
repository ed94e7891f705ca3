// Start-up and re-configuration: settings -> language, phone registration, audio devices (on the first
// load, then on every change through the settings store's onSettingsChange); and each
// feature's part in every call (voice analysis, captions, suggestion feedback, the record in history),
// registered with the call session, which runs them. The deferred features (insights, agent assist,
// wrap-up) are wired by featureWiring.ts when their chunk has loaded, so start-up does not pull them in.
import type { Account, Settings } from '../../shared/settings/schema';
import { bridge } from '../bridge';
import { setLanguage } from '../i18n/language';
import { onCallEnded, onCallMedia, usePhone, type CallEnd } from '../phone';
import { registerCallFeature, startCallSession, type CallContext, type CallEnding } from '../callSession';
import { watchSystemEvents } from '../phone/systemEvents';
import { callQualitySummary, onQualitySample, startCallQuality } from '../phone/quality';
import { analyseCall, finishCall } from '../voice/callAnalysis';
import { warmVoiceAnalysis } from '../voice/vadPool';
// The settings store only (not the feature index): start-up must not wait for the screens' code.
import { onSettingsChange, useSettings } from '../settings/store';
import type { CallRecord } from '../history/types';
// The collector only (not the feature index, which brings React): it must run before the first REGISTER.
import { startDiagnostics } from '../diagnostics/collector';

// Suggestion feedback (agent assist) is read only when a call ends, never on the start-up path.
const assistFeedback = (callId: string) =>
  import('../assist/feedback/store')
    .then((m) => m.feedbackForCall(callId))
    .then((rows) => rows.map(({ articleId, title, query, vote, pinned, copied, expanded }) => ({ articleId, title, query, vote, pinned, copied, expanded })))
    .catch(() => []);
// History (Dexie) loads apart from start-up (features.tsx shows it): not needed to register or take a call.
const history = () => import('../history/store').then((m) => m.useHistory.getState());
// So do captions (model lookup, model cache): a call never waits for them.
const captions = () => import('../captions/callCaptions');
// The transcript comes with captions (its redaction, with it): read at hang-up only.
const transcript = () => import('../transcript');

let lastAccountKey = '';

export type StartResult = 'registering' | 'not-configured' | 'needs-password' | 'load-failed';

/** Loads settings and registers when an account and its password are known. */
export async function startPhone(): Promise<StartResult> {
  startDiagnostics();
  startCallQuality({ onCallMedia, onCallEnded });
  watchMedia();
  wireCalls();
  try {
    const snapshot = await useSettings.getState().load();
    performance.mark('switchboard:settings-loaded');
    followSettings(); // after the first load, which the lines below apply themselves
    if (!snapshot) return 'load-failed';
    setLanguage(snapshot.effective.language);
    const saved = snapshot.effective.account;
    if (!saved) return 'not-configured';
    // The WebSocket opens while the password is read from the vault; REGISTER follows when it arrives.
    const password = useSettings.getState().password(saved);
    const account = await accountForPhone(saved);
    const { effective } = snapshot;
    watchSystem();
    const connecting = usePhone.getState().connect({ account, password, phone: effective.phone, audio: effective.audio });
    const known = await password;
    if (known === null) return 'needs-password';
    lastAccountKey = JSON.stringify([account, known]);
    await connecting;
    return 'registering';
  } finally {
    // Once start-up has settled, load the voice analysis so the first call's answer does not pay for it.
    const vadModel = useSettings.getState().snapshot?.effective.voice.vadModel;
    if (vadModel) setTimeout(() => warmVoiceAnalysis(vadModel), WARM_UP_DELAY_MS);
  }
}

const WARM_UP_DELAY_MS = 1500;

let unwatchMedia: (() => void) | null = null;
/** Each call's per-second statistics feed the phone's media watchdog (no audio -> ICE restart, then end). */
function watchMedia(): void {
  unwatchMedia ??= onQualitySample((callId, s) => usePhone.getState().mediaObserved(callId, { from: s.at - s.intervalMs, to: s.at, packets: s.packetsReceivedDelta }));
}

let unwatchSystem: (() => void) | null = null;
/**
 * The host's events for the phone (once per page): the machine waking up (Electron's power monitor; the
 * clock gap in the web build) and the network coming back re-check the connection and refresh live calls.
 */
function watchSystem(): void {
  unwatchSystem ??= watchSystemEvents(
    {
      networkChanged: () => void usePhone.getState().networkChanged(),
      check: () => void usePhone.getState().checkConnection(),
    },
    bridge.events,
  );
}

/** The account as the phone needs it: TURN credentials come from the vault, never from settings. */
async function accountForPhone(account: Account): Promise<Account> {
  return { ...account, iceServers: await useSettings.getState().iceServers(account) };
}

let unfollowSettings: (() => void) | null = null;
/** Every later change of the settings in force (a save from any screen) reaches the phone, language and captions. */
function followSettings(): void {
  unfollowSettings ??= onSettingsChange((effective) => void applySettings(effective));
}

async function applySettings(effective: Settings): Promise<void> {
  setLanguage(effective.language);
  void captions().then((c) => c.retryWaitingCalls(effective.captions)); // a waiting call may have a model now
  const phone = usePhone.getState();
  if (!effective.account) return;
  // The password the agent just typed (kept by the settings store's save), or the remembered one.
  const password = await useSettings.getState().password(effective.account);
  if (password === null) return;
  const account = await accountForPhone(effective.account);
  const key = JSON.stringify([account, password]);
  // Same account: the connection looks after itself (it may be reconnecting right now); only a rejected
  // registration that waits for the agent is tried again by saving.
  const { status, retryAt } = phone.registration;
  const waitingForAgent = status === 'failed' && retryAt === undefined;
  if (key === lastAccountKey && status !== 'unconfigured' && !waitingForAgent) {
    phone.applyPhoneSettings(effective.phone);
    await phone.applyAudio(effective.audio);
    return;
  }
  lastAccountKey = key;
  watchSystem();
  await phone.connect({ account, password, phone: effective.phone, audio: effective.audio });
}

let wired = false;
/** Each feature's part in every call, real or demo (the call session runs them; the hang-up in its order). */
function wireCalls(): void {
  if (wired) return;
  wired = true;
  startCallSession({
    calls: () => usePhone.getState().calls,
    onCallsChanged: (listener) => usePhone.subscribe((s, prev) => s.calls !== prev.calls && listener(s.calls)),
    onCallMedia,
    onCallEnded,
  });
  const effective = () => useSettings.getState().snapshot?.effective;
  registerCallFeature({
    name: 'voice analysis',
    start: (call) => {
      const settings = effective();
      if (settings && call.streams) analyseCall(call.id, call.streams, settings.voice);
    },
    stage: 'voice',
    finish: async (call, ending) => void (ending.talk = await finishCall(call.id)),
  });
  registerCallFeature({
    name: 'captions',
    start: (call) => {
      const settings = effective();
      if (settings) void captions().then((c) => c.captionCall(call.id, settings.captions));
    },
    stage: 'captions',
    // Before the VAD stops: it feeds the last words.
    finish: async (call) => void (await (await captions()).finishCaptions(call.id)),
  });
  registerCallFeature({
    name: 'suggestion feedback',
    stage: 'feedback',
    finish: async (call, ending) => void (call.kind === 'real' && (ending.assistFeedback = await assistFeedback(call.id))),
  });
  registerCallFeature({
    name: 'call history',
    stage: 'history', // the demo call is not kept
    finish: async (call, ending) => {
      if (call.kind !== 'real' || !ending.end) return;
      ending.recorded = recordCall(call, ending.end, ending);
      await ending.recorded.catch((e: unknown) => console.error(`call history: call ${call.id} was not recorded`, e));
    },
  });
  registerCallFeature({ name: 'transcript', forget: (call) => void transcript().then((t) => t.useTranscript.getState().forget(call.id)) });
}

async function recordCall(call: CallContext, end: CallEnd, { endedAt, talk, assistFeedback: feedback }: CallEnding): Promise<void> {
  const t = await transcript();
  const lines = t.transcriptRecord(t.useTranscript.getState().finals(call.id));
  const quality = callQualitySummary(call.id);
  const record: CallRecord = {
    id: call.id,
    direction: call.direction === 'outgoing' ? 'outgoing' : 'incoming',
    peerUri: call.peerUri,
    peerNumber: call.peerNumber,
    peerName: call.peerName,
    startedAt: call.startedAt,
    answeredAt: call.answeredAt,
    endedAt,
    durationSec: call.answeredAt === null ? 0 : Math.round((endedAt - call.answeredAt) / 1000),
    outcome: end.outcome,
    sipCode: end.code,
    reason: end.reason,
    ...(talk ? { talk } : {}),
    ...(feedback.length ? { assistFeedback: feedback } : {}),
    ...(lines ? { transcript: lines } : {}),
    ...(quality ? { quality } : {}),
  };
  await (await history()).record(record);
}
