// The phone feature's public face. The real engine (sip.js) is created here, once.
import { PhoneEngine } from './engine/phoneEngine';
import { createPhoneStore } from './store';

export const { usePhone, onCallEnded, onCallMedia, onSipTrace } = createPhoneStore((events) => new PhoneEngine(events));
export type { Call, CallEnd, Registration } from './phoneState';
export type { CallStreams, SipTraceEntry } from './engine/types';
