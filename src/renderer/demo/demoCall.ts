// The demo call: the bundled customer recording plays as the far end, with the agent's own microphone
// as the agent, and the call session runs it like a real call (voice analysis, captions, insights,
// suggestions, the wrap-up at its end). Needs no PBX and sends nothing anywhere.
import { create } from 'zustand';
import type { AudioSettings } from '../../shared/settings/schema';
import { applySink, microphoneConstraints } from '../phone/engine/media';
import { callEnded, callMediaUp } from '../callSession';
import { publishUtterance } from '../transcript';
import { useCaptions } from '../captions/store';

export const DEMO_CALL_ID = 'demo-call';

interface DemoState {
  status: 'idle' | 'starting' | 'running' | 'failed';
  error: string | null;
  startedAt: number | null;
}

export const useDemo = create<DemoState>()(() => ({ status: 'idle', error: null, startedAt: null }));

let teardown: (() => void) | null = null;

export async function startDemoCall(audio: AudioSettings): Promise<void> {
  if (useDemo.getState().status === 'running' || useDemo.getState().status === 'starting') return;
  useDemo.setState({ status: 'starting', error: null });
  try {
    const mic = await navigator.mediaDevices.getUserMedia(microphoneConstraints(audio.microphoneId));
    const player = new Audio(new URL('demo/customer.wav', document.baseURI).href) as HTMLAudioElement & { captureStream(): MediaStream };
    player.dataset.role = 'demo-customer';
    await applySink(player, audio.speakerId);
    await player.play();
    const customer = player.captureStream();
    callMediaUp(DEMO_CALL_ID, { agent: mic, customer }, 'demo');
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
  await callEnded(DEMO_CALL_ID, null); // the demo is not kept in history
  useDemo.setState({ status: 'idle', startedAt: null });
}
