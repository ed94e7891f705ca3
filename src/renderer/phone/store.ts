// The phone's zustand store: plain state for the UI, actions named for what the agent does. The SIP
// engine is created with the store and reports back through PhoneEvents.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DialError } from './dialString';
import { domainOf, removeCall, upsertCall, type Call, type CallEnd, type Registration } from './phoneState';
import { PhoneActionError, PhoneEngine } from './engine/phoneEngine';
import type { CallStreams, EngineConfig, PhoneEvents, SipTraceEntry } from './engine/types';

export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

export interface PhoneState {
  registration: Registration;
  calls: Call[];
  lastEnded: CallEnd | null;
  notice: Notice | null;
  dialError: DialError | null;
  domain: string;
}

/** The subset of PhoneEngine the store drives (a fake engine can stand in for it in unit tests). */
export type Engine = Pick<
  PhoneEngine,
  | 'connect' | 'disconnect' | 'applyAudio' | 'applyPhoneSettings' | 'call' | 'answer' | 'decline' | 'hangup'
  | 'hold' | 'resume' | 'swap' | 'setMuted' | 'sendDtmf' | 'transfer' | 'startConsultation' | 'completeTransfer' | 'cancelTransfer'
  | 'retryNow' | 'checkConnection' | 'networkChanged' | 'acceptTransfer' | 'declineTransfer' | 'observeMedia'
>;

export interface PhoneActions {
  connect(config: EngineConfig): Promise<void>;
  disconnect(): Promise<void>;
  applyAudio(audio: EngineConfig['audio']): Promise<void>;
  applyPhoneSettings(phone: EngineConfig['phone']): void;
  /** Validates the dial string; returns false (and sets dialError) when it is not dialable. */
  dial(input: string): Promise<boolean>;
  answer(callId: string): Promise<void>;
  decline(callId: string): Promise<void>;
  hangup(callId: string): Promise<void>;
  hold(callId: string): Promise<void>;
  resume(callId: string): Promise<void>;
  swap(): Promise<void>;
  toggleMute(callId: string): void;
  sendDtmf(callId: string, digit: string): Promise<void>;
  transferTo(callId: string, input: string): Promise<boolean>;
  consultTransfer(callId: string, input: string): Promise<boolean>;
  completeTransfer(consultId: string): Promise<void>;
  cancelTransfer(consultId: string): Promise<void>;
  /** Registration: reconnect or re-register now instead of waiting for the next attempt. */
  retryNow(): Promise<void>;
  /** A quick check that the connection is alive (the window came to the front). */
  checkConnection(): Promise<void>;
  /** The network came back or changed, or the machine woke up. */
  networkChanged(): Promise<void>;
  /** The far end asked to transfer the call (REFER): follow it, or decline (603). */
  acceptTransfer(callId: string): Promise<void>;
  declineTransfer(callId: string): Promise<void>;
  /** One statistics interval of a call's received audio (from call quality): feeds its media watchdog. */
  mediaObserved(callId: string, m: { from: number; to: number; packets: number }): void;
  dismissNotice(): void;
  clearDialError(): void;
}

export type PhoneStore = PhoneState & PhoneActions;
type Listener = (call: Call, end: CallEnd) => void;
type MediaListener = (callId: string, streams: CallStreams) => void;
type TraceListener = (entry: SipTraceEntry) => void;

export const initialPhoneState: PhoneState = {
  registration: { status: 'unconfigured' },
  calls: [],
  lastEnded: null,
  notice: null,
  dialError: null,
  domain: '',
};

export function createPhoneStore(makeEngine: (events: PhoneEvents) => Engine): {
  usePhone: UseBoundStore<StoreApi<PhoneStore>>;
  onCallEnded(listener: Listener): () => void;
  onCallMedia(listener: MediaListener): () => void;
  onSipTrace(listener: TraceListener): () => void;
} {
  const listeners = new Set<Listener>();
  const mediaListeners = new Set<MediaListener>();
  const traceListeners = new Set<TraceListener>();
  const usePhone = create<PhoneStore>()((set, get) => {
    const engine = makeEngine({
      registration: (registration) => set({ registration }),
      callChanged: (call) => set((s) => ({ calls: upsertCall(s.calls, call) })),
      callEnded: (call, end) => {
        set((s) => ({ calls: removeCall(s.calls, call.id), lastEnded: end }));
        for (const l of listeners) l(call, end);
      },
      notice: (key, params) => set({ notice: { key, params } }),
      media: (callId, streams) => mediaListeners.forEach((l) => l(callId, streams)),
      sipTrace: (entry) => traceListeners.forEach((l) => l(entry)),
    });

    /** Runs an engine action; a refusal becomes a notice the agent can read. */
    const run = async (action: () => Promise<unknown> | unknown): Promise<void> => {
      try {
        await action();
      } catch (e) {
        const name = (e as { name?: string } | null)?.name;
        const key =
          e instanceof PhoneActionError ? `phone.error.${e.code}`
          : name === 'NotAllowedError' ? 'phone.error.microphone-blocked'
          : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'phone.error.no-microphone'
          : 'phone.error.generic';
        set({ notice: { key, params: { reason: e instanceof Error ? e.message : String(e) } } });
      }
    };

    // Loaded on first use: phone-number metadata is not needed to start up and register.
    const target = async (input: string): Promise<string | null> => {
      const { parseDialString } = await import('./dialString');
      const parsed = parseDialString(input, get().domain);
      if (!parsed.ok) {
        set({ dialError: parsed.error });
        return null;
      }
      set({ dialError: null });
      return parsed.target;
    };

    return {
      ...initialPhoneState,
      connect: async (config) => {
        set({ domain: domainOf(config.account.sipAddress), notice: null });
        await run(() => engine.connect(config));
      },
      disconnect: () => run(() => engine.disconnect()),
      applyAudio: (audio) => run(() => engine.applyAudio(audio)),
      applyPhoneSettings: (phone) => engine.applyPhoneSettings(phone),
      dial: async (input) => {
        const t = await target(input);
        if (!t) return false;
        set({ lastEnded: null, notice: null });
        await run(() => engine.call(t));
        return true;
      },
      answer: (id) => run(() => engine.answer(id)),
      decline: (id) => run(() => engine.decline(id)),
      hangup: (id) => run(() => engine.hangup(id)),
      hold: (id) => run(() => engine.hold(id)),
      resume: (id) => run(() => engine.resume(id)),
      swap: () => run(() => engine.swap()),
      toggleMute: (id) => {
        const call = get().calls.find((c) => c.id === id);
        if (call) void run(() => engine.setMuted(id, !call.muted));
      },
      sendDtmf: (id, digit) => run(() => engine.sendDtmf(id, digit)),
      transferTo: async (id, input) => {
        const t = await target(input);
        if (!t) return false;
        await run(() => engine.transfer(id, t));
        return true;
      },
      consultTransfer: async (id, input) => {
        const t = await target(input);
        if (!t) return false;
        await run(() => engine.startConsultation(id, t));
        return true;
      },
      completeTransfer: (id) => run(() => engine.completeTransfer(id)),
      cancelTransfer: (id) => run(() => engine.cancelTransfer(id)),
      retryNow: () => run(() => engine.retryNow()),
      checkConnection: () => run(() => engine.checkConnection()),
      networkChanged: () => run(() => engine.networkChanged()),
      acceptTransfer: (id) => run(() => engine.acceptTransfer(id)),
      declineTransfer: (id) => run(() => engine.declineTransfer(id)),
      mediaObserved: (id, m) => engine.observeMedia(id, m),
      dismissNotice: () => set({ notice: null }),
      clearDialError: () => set({ dialError: null }),
    };
  });
  return {
    usePhone,
    onCallEnded: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onCallMedia: (listener) => {
      mediaListeners.add(listener);
      return () => mediaListeners.delete(listener);
    },
    onSipTrace: (listener) => {
      traceListeners.add(listener);
      return () => traceListeners.delete(listener);
    },
  };
}
