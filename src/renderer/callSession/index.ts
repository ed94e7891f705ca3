// The app's call session, one for the window. The start-up wiring (app/startupWiring.ts) connects it to the
// phone engine (startCallSession); the demo call reports to it directly (callMediaUp, callEnded);
// features register their part in every call (registerCallFeature) from their start functions.
import { createCallSession } from './callSession';

const session = createCallSession();

export const useCallSession = session.store;
export const startCallSession = session.connect;
export const registerCallFeature = session.register;
export const callMediaUp = session.mediaUp;
export const callEnded = session.callEnded;

export { createCallSession, type CallSession, type PhoneCalls } from './callSession';
export { HANG_UP_ORDER, type CallContext, type CallEnding, type CallFeature, type CallKind, type HangUpStage } from './types';
