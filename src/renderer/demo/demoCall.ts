// The demo call: the bundled customer recording plays as the far end through the same pipeline as a
// real call (voice analysis now; captions and suggestions as they arrive), with the agent's own
// microphone as the agent. Needs no PBX and sends nothing anywhere.
import { create } from 'zustand';
import type { AudioSettings, CaptionsSettings, VoiceSettings } from '../../shared/settings/schema';
import { applySink, microphoneConstraints } from '../phone/engine/media';
import { analyseCall, finishCall } from '../voice/session';
import { publishUtterance } from '../voice/transcript';
import { captionCall, finishCaptions } from '../captions/session';
import { useCaptions } from '../captions/store';

export const DEMO_CALL_ID = 'demo-call';

interface DemoState {
  status: 'idle' | 'starting' | 'running' | 'failed';
  error: string | null;
  startedAt: number | null;
}

export const useDemo = create<DemoState>()(() => ({ status: 'idle', error: null, startedAt: null }));

let teardown: (() => void) | null = null;

export async function startDemoCall(audio: AudioSettings, voice: VoiceSettings, captions?: CaptionsSettings): Promise<void> {
  if (useDemo.getState().status === 'running' || useDemo.getState().status === 'starting') return;
  useDemo.setState({ status: 'starting', error: null });
  try {
    const mic = await navigator.mediaDevices.getUserMedia(microphoneConstraints(audio.microphoneId));
    const player = new Audio(new URL('demo/customer.wav', document.baseURI).href) as HTMLAudioElement & { captureStream(): MediaStream };
    player.dataset.role = 'demo-customer';
    await applySink(player, audio.speakerId);
    await player.play();
    const customer = player.captureStream();
    analyseCall(DEMO_CALL_ID, { agent: mic, customer }, voice);
    if (captions) void captionCall(DEMO_CALL_ID, captions);
    const stop = () => {
      player.pause();
      player.src = '';
      mic.getTracks().forEach((t) => t.stop());
    };
    player.onended = () => void endDemoCall();
    // The demo knows what its recording says: its script is the transcript source (a real call's is
    // the on-device recogniser), so suggestions work in the demo with no model installed. When the
    // recogniser does run, it is the source and the script stays quiet (no line twice).
    const script = (await (await fetch(new URL('demo/customer.json', document.baseURI))).json()) as { utterances: { end: number; text: string }[] };
    const timers = script.utterances.map((u) =>
      setTimeout(() => useCaptions.getState().model.status !== 'ready' && publishUtterance({ callId: DEMO_CALL_ID, speaker: 'customer', text: u.text, final: true, atMs: u.end * 1000 }), u.end * 1000),
    );
    teardown = () => {
      timers.forEach(clearTimeout);
      stop();
    };
    useDemo.setState({ status: 'running', startedAt: Date.now() });
  } catch (e) {
    useDemo.setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
}

export async function endDemoCall(): Promise<void> {
  teardown?.();
  teardown = null;
  await finishCaptions(DEMO_CALL_ID); // the demo is not kept in history
  await finishCall(DEMO_CALL_ID);
  useDemo.setState({ status: 'idle', startedAt: null });
}
