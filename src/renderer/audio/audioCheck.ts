// Audio check: record a few seconds from the chosen microphone, then play them on the chosen speaker.
import { applySink, microphoneConstraints } from '../phone/engine/media';

export type AudioCheckPhase = 'recording' | 'playing' | 'done';

export async function runAudioCheck(microphoneId: string, speakerId: string, onPhase: (p: AudioCheckPhase) => void, seconds = 5): Promise<void> {
  const stream = await navigator.mediaDevices.getUserMedia(microphoneConstraints(microphoneId));
  try {
    const recorder = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise<void>((r) => (recorder.onstop = () => r()));
    onPhase('recording');
    recorder.start();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    recorder.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
    const url = URL.createObjectURL(new Blob(chunks, { type: recorder.mimeType }));
    const player = new Audio(url);
    await applySink(player, speakerId);
    onPhase('playing');
    await new Promise<void>((resolve, reject) => {
      player.onended = () => resolve();
      player.onerror = () => reject(new Error('playback failed'));
      void player.play().catch(reject);
    });
    URL.revokeObjectURL(url);
    onPhase('done');
  } finally {
    stream.getTracks().forEach((t) => t.stop());
  }
}
