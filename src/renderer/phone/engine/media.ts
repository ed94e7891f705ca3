// Where call audio goes: one <audio> element per call on the chosen speaker, never in the document (a
// media element plays without it, and inserting one costs the page a style pass as the call starts).
// The element also matters for analysis: Chromium gives Web Audio silence from a remote track that no
// element plays.

type SinkableAudio = HTMLAudioElement & { sinkId?: string; setSinkId?: (id: string) => Promise<void> };

export class CallAudioOutput {
  private readonly elements = new Map<string, SinkableAudio>();
  private speakerId = '';

  attach(callId: string, stream: MediaStream): void {
    let el = this.elements.get(callId);
    if (!el) {
      el = document.createElement('audio') as SinkableAudio;
      el.autoplay = true;
      this.elements.set(callId, el);
    }
    el.srcObject = stream;
    void applySink(el, this.speakerId);
    void el.play().catch(() => undefined); // autoplay policy: the agent's click already allowed audio
  }

  detach(callId: string): void {
    const el = this.elements.get(callId);
    if (!el) return;
    el.pause();
    el.srcObject = null;
    this.elements.delete(callId);
  }

  async setSpeaker(deviceId: string): Promise<void> {
    this.speakerId = deviceId;
    await Promise.all([...this.elements.values()].map((el) => applySink(el, deviceId)));
  }
}

export async function applySink(el: SinkableAudio, deviceId: string): Promise<void> {
  if (typeof el.setSinkId !== 'function') return;
  // Already there (a new element plays on the default device): switching costs the audio service work
  // at the moment a call's media starts.
  if (el.sinkId === deviceId) return;
  try {
    await el.setSinkId(deviceId);
  } catch {
    // The device went away between choosing and playing: stay on the system default.
    await el.setSinkId('').catch(() => undefined);
  }
}

/** getUserMedia constraints for the agent's microphone. */
export function microphoneConstraints(deviceId: string): MediaStreamConstraints {
  return {
    audio: deviceId ? { deviceId: { exact: deviceId }, echoCancellation: true, noiseSuppression: true } : { echoCancellation: true, noiseSuppression: true },
    video: false,
  };
}
