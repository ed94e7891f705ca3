// Voice benchmark page: plays a labelled clip in real time into (a) Switchboard's voice pipeline
// (AudioWorklet -> VAD worker) and (b) @ricky0123/vad-web's MicVAD at its defaults, and records when
// each reports speech start/end, as the clip's own clock (audio.currentTime) says.
import { MicVAD } from '@ricky0123/vad-web';
import { startAnalysis } from '../../src/renderer/voice/analysis';
import { defaultSettings } from '../../src/shared/settings/schema';

type Mark = { kind: 'start' | 'end'; at: number };

function play(url: string): Promise<{ player: HTMLAudioElement; stream: MediaStream; done: Promise<void> }> {
  const player = new Audio(url) as HTMLAudioElement & { captureStream(): MediaStream };
  return player.play().then(() => ({
    player,
    stream: player.captureStream(),
    done: new Promise<void>((r) => (player.onended = () => r())),
  }));
}

async function switchboard(url: string, channels: 1 | 2) {
  const { player, stream, done } = await play(url);
  const marks: Mark[] = [];
  const costs: number[] = [];
  const analysis = await startAnalysis(
    channels === 2 ? { customer: stream, agent: stream.clone() } : ({ customer: stream } as never),
    defaultSettings.voice,
    {
      event: (party, e) => {
        if (party === 'customer') marks.push({ kind: e.type === 'speech-start' ? 'start' : 'end', at: player.currentTime });
      },
      ready: () => undefined,
      error: (_p, m) => console.error(m),
      stats: (_p, s) => costs.push(...s.costsMs),
    },
  );
  await done;
  await new Promise((r) => setTimeout(r, 2500)); // let the last segment close and stats arrive
  analysis.stop();
  return { marks, costs };
}

async function micVad(url: string) {
  const { player, stream, done } = await play(url);
  const marks: Mark[] = [];
  const costs: number[] = [];
  const vad = await MicVAD.new({
    startOnLoad: false,
    getStream: async () => stream,
    baseAssetPath: new URL('vadweb/', document.baseURI).href,
    onnxWASMBasePath: new URL('vadweb/', document.baseURI).href,
    onSpeechRealStart: () => void marks.push({ kind: 'start', at: player.currentTime }),
    onSpeechEnd: () => void marks.push({ kind: 'end', at: player.currentTime }),
  });
  const original = vad.processFrame;
  vad.processFrame = async (frame) => {
    const t0 = performance.now();
    await original(frame);
    costs.push(performance.now() - t0);
  };
  await vad.start();
  await done;
  await new Promise((r) => setTimeout(r, 2500));
  await vad.destroy();
  return { marks, costs };
}

Object.assign(window, { switchboard, micVad });
