// Store rules with a fake engine standing in for sip.js (the real engine runs in the e2e tests
// against a real PBX).
import { describe, expect, it, vi } from 'vitest';
import { createPhoneStore, type Engine } from './store';
import type { PhoneEvents } from './engine/types';
import type { Call } from './phoneState';
import { PhoneActionError } from './engine/phoneEngine';
import { defaultSettings } from '../../shared/settings/schema';

function setup() {
  let events!: PhoneEvents;
  const engine = {
    connect: vi.fn(async () => undefined),
    disconnect: vi.fn(async () => undefined),
    applyAudio: vi.fn(async () => undefined),
    applyPhoneSettings: vi.fn(),
    call: vi.fn(async () => 'c1'),
    answer: vi.fn(async () => undefined),
    decline: vi.fn(async () => undefined),
    hangup: vi.fn(async () => undefined),
    hold: vi.fn(async () => undefined),
    resume: vi.fn(async () => undefined),
    swap: vi.fn(async () => undefined),
    setMuted: vi.fn(),
    sendDtmf: vi.fn(async () => undefined),
    transfer: vi.fn(async () => undefined),
    startConsultation: vi.fn(async () => 'c2'),
    completeTransfer: vi.fn(async () => undefined),
    cancelTransfer: vi.fn(async () => undefined),
    retryNow: vi.fn(async () => undefined),
    checkConnection: vi.fn(async () => undefined),
    networkChanged: vi.fn(async () => undefined),
    acceptTransfer: vi.fn(async () => undefined),
    declineTransfer: vi.fn(async () => undefined),
    observeMedia: vi.fn(),
  } satisfies Engine;
  const store = createPhoneStore((e) => {
    events = e;
    return engine;
  });
  return { ...store, engine, events: () => events };
}

const account = {
  displayName: 'Ann',
  sipAddress: 'sip:1001@pbx.example.com',
  username: '',
  websocketServer: 'wss://pbx.example.com/ws',
  iceServers: [],
  rememberPassword: false,
};

const call = (over: Partial<Call> = {}): Call => ({
  id: 'c1', direction: 'outgoing', peerUri: 'sip:1002@pbx.example.com', peerNumber: '1002', peerName: '',
  state: 'dialing', muted: false, createdAt: 1, answeredAt: null, mediaAt: null, dtmfReceived: '', consultFor: null, transferring: false, transferOffer: null, problem: null,
  ...over,
});

describe('phone store (fake engine)', () => {
  it('dials a cleaned-up number at the account domain', async () => {
    const { usePhone, engine } = setup();
    await usePhone.getState().connect({ account, password: 'x', phone: defaultSettings.phone, audio: defaultSettings.audio });
    expect(await usePhone.getState().dial('(100) 2')).toBe(true);
    expect(engine.call).toHaveBeenCalledWith('sip:1002@pbx.example.com');
  });

  it('refuses a bad dial string with a specific error and does not call', async () => {
    const { usePhone, engine } = setup();
    expect(await usePhone.getState().dial('abc')).toBe(false);
    expect(usePhone.getState().dialError).toBe('invalid-characters');
    expect(engine.call).not.toHaveBeenCalled();
  });

  it('mirrors engine events into plain state and tells listeners when a call ends', () => {
    const { usePhone, events, onCallEnded } = setup();
    const ended = vi.fn();
    onCallEnded(ended);
    events().callChanged(call());
    events().callChanged(call({ state: 'active', answeredAt: 5 }));
    expect(usePhone.getState().calls).toEqual([call({ state: 'active', answeredAt: 5 })]);
    const end = { callId: 'c1', peerNumber: '1002', peerName: '', outcome: 'answered' as const };
    events().callEnded(call({ state: 'active' }), end);
    expect(usePhone.getState().calls).toEqual([]);
    expect(usePhone.getState().lastEnded).toEqual(end);
    expect(ended).toHaveBeenCalledOnce();
    expect(JSON.parse(JSON.stringify(usePhone.getState().calls))).toEqual([]); // serialisable
  });

  it('toggles mute from the current state', () => {
    const { usePhone, events, engine } = setup();
    events().callChanged(call({ state: 'active' }));
    usePhone.getState().toggleMute('c1');
    expect(engine.setMuted).toHaveBeenCalledWith('c1', true);
  });

  it('turns an engine refusal into a notice', async () => {
    const { usePhone, engine } = setup();
    engine.call.mockRejectedValueOnce(new PhoneActionError('lines-busy'));
    await usePhone.getState().dial('1003');
    expect(usePhone.getState().notice?.key).toBe('phone.error.lines-busy');
  });

  it('says plainly when the microphone is blocked or missing', async () => {
    const { usePhone, engine } = setup();
    engine.answer.mockRejectedValueOnce(Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' }));
    await usePhone.getState().answer('c1');
    expect(usePhone.getState().notice?.key).toBe('phone.error.microphone-blocked');
    engine.answer.mockRejectedValueOnce(Object.assign(new Error('Requested device not found'), { name: 'NotFoundError' }));
    await usePhone.getState().answer('c1');
    expect(usePhone.getState().notice?.key).toBe('phone.error.no-microphone');
  });

  it('validates transfer targets like dial strings', async () => {
    const { usePhone, engine } = setup();
    await usePhone.getState().connect({ account, password: 'x', phone: defaultSettings.phone, audio: defaultSettings.audio });
    expect(await usePhone.getState().transferTo('c1', 'x!')).toBe(false);
    expect(usePhone.getState().dialError).toBe('invalid-characters');
    expect(engine.transfer).not.toHaveBeenCalled();
    expect(await usePhone.getState().consultTransfer('c1', '1003')).toBe(true);
    expect(engine.startConsultation).toHaveBeenCalledWith('c1', 'sip:1003@pbx.example.com');
  });
});
