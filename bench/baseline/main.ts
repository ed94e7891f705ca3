// The benchmark's baseline: a bare sip.js user agent doing the same steps as Switchboard, with no UI
// framework, store or persistence. Configured from the URL hash: #user=1001&password=..&server=..&domain=..&autoAnswer=1
import { Invitation, Inviter, Registerer, RegistererState, SessionState, UserAgent, type Session, type Web } from 'sip.js';

const params = new URLSearchParams(location.hash.slice(1));
const domain = params.get('domain')!;
const status = document.getElementById('status')!;
const callState = document.getElementById('call-state')!;
const audio = new Audio();
audio.autoplay = true;
let session: Session | null = null;

const ua = new UserAgent({
  uri: UserAgent.makeURI(`sip:${params.get('user')}@${domain}`)!,
  authorizationUsername: params.get('user')!,
  authorizationPassword: params.get('password')!,
  transportOptions: { server: params.get('server')! },
  logLevel: 'error',
  sessionDescriptionHandlerFactoryOptions: { peerConnectionConfiguration: { iceServers: [] }, iceGatheringTimeout: 500 },
  delegate: {
    onInvite: (inv: Invitation) => {
      track(inv);
      callState.textContent = 'Incoming';
      if (params.get('autoAnswer')) void inv.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
    },
  },
});

function track(s: Session) {
  session = s;
  s.stateChange.addListener((state) => {
    if (state === SessionState.Established) {
      audio.srcObject = (s.sessionDescriptionHandler as Web.SessionDescriptionHandler).remoteMediaStream;
      callState.textContent = 'Connected';
    }
    if (state === SessionState.Terminated) {
      session = null;
      callState.textContent = 'Idle';
    }
  });
}

const registerer = new Registerer(ua);
registerer.stateChange.addListener((s) => {
  if (s === RegistererState.Registered) status.textContent = 'Registered';
});
await ua.start();
await registerer.register();

document.getElementById('call')!.addEventListener('click', () => {
  const target = (document.getElementById('number') as HTMLInputElement).value;
  const inviter = new Inviter(ua, UserAgent.makeURI(`sip:${target}@${domain}`)!, {
    sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
  });
  track(inviter);
  callState.textContent = 'Calling';
  void inviter.invite();
});
document.getElementById('answer')!.addEventListener('click', () => {
  if (session instanceof Invitation) void session.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
});
document.getElementById('hangup')!.addEventListener('click', () => {
  if (!session) return;
  if (session.state === SessionState.Established) void session.bye();
  else if (session instanceof Inviter) void session.cancel();
  else if (session instanceof Invitation) void session.reject();
});
