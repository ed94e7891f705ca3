// Microphone level for the settings screen: RMS of the chosen input, about 15 times a second.
import { microphoneConstraints } from '../phone/engine/media';

export async function startLevelMeter(deviceId: string, onLevel: (rms: number) => void): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia(microphoneConstraints(deviceId));
  const ctx = new AudioContext();
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 1024;
  ctx.createMediaStreamSource(stream).connect(analyser);
  const buf = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(buf);
    let sum = 0;
    for (const v of buf) sum += v * v;
    onLevel(Math.sqrt(sum / buf.length));
  }, 66);
  return () => {
    clearInterval(timer);
    stream.getTracks().forEach((t) => t.stop());
    void ctx.close();
  };
}
