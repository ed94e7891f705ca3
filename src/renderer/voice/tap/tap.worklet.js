// AudioWorklet: copies the input (first channel) in ~1024-sample chunks to a MessagePort that goes
// straight to the analysis worker, stamped with the audio clock, so the main thread never touches
// the samples. Plain JS: it is loaded as-is with audioWorklet.addModule().
const CHUNK = 1024;

class TapProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.out = null;
    this.buffer = new Float32Array(CHUNK);
    this.filled = 0;
    this.chunkFrame = 0;
    this.stopped = false;
    this.port.onmessage = (e) => {
      if (e.data && e.data.port) this.out = e.data.port;
      if (e.data && e.data.stop) {
        // The call is over: let go of both ports, and return false from process() from now on so the
        // node and this processor can be collected (a processor that keeps returning true lives forever).
        this.out?.close();
        this.out = null;
        this.stopped = true;
        this.port.close();
      }
    };
  }

  process(inputs) {
    if (this.stopped) return false;
    const channel = inputs[0] && inputs[0][0];
    if (!this.out) return true;
    // No input connected yet (or a muted track): count it as silence to keep the clock honest.
    const block = channel || new Float32Array(128);
    if (this.filled === 0) this.chunkFrame = currentFrame;
    this.buffer.set(block, this.filled);
    this.filled += block.length;
    if (this.filled >= CHUNK) {
      const samples = this.buffer;
      this.out.postMessage({ samples, frame: this.chunkFrame }, [samples.buffer]);
      this.buffer = new Float32Array(CHUNK);
      this.filled = 0;
    }
    return true;
  }
}

registerProcessor('switchboard-tap', TapProcessor);
