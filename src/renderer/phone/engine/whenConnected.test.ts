import { expect, test, vi } from 'vitest';
import { whenConnected } from './callLine';

/** Stands in for RTCPeerConnection's connection state and its change event (no WebRTC in Node). */
class PeerConnectionState extends EventTarget {
  connectionState: RTCPeerConnectionState = 'new';
  move(state: RTCPeerConnectionState) {
    this.connectionState = state;
    this.dispatchEvent(new Event('connectionstatechange'));
  }
}
const asPc = (p: PeerConnectionState) => p as unknown as RTCPeerConnection;

test('runs once the connection is up, and only once', () => {
  const pc = new PeerConnectionState();
  const then = vi.fn();
  whenConnected(asPc(pc), then);
  pc.move('connecting');
  expect(then).not.toHaveBeenCalled();
  pc.move('connected');
  pc.move('disconnected');
  pc.move('connected');
  expect(then).toHaveBeenCalledTimes(1);
});

test('runs at once when already connected; never when the connection fails or there is none', () => {
  const up = new PeerConnectionState();
  up.connectionState = 'connected';
  const now = vi.fn();
  whenConnected(asPc(up), now);
  expect(now).toHaveBeenCalledTimes(1);

  const failing = new PeerConnectionState();
  const never = vi.fn();
  whenConnected(asPc(failing), never);
  failing.move('failed');
  failing.move('connected');
  whenConnected(undefined, never);
  expect(never).not.toHaveBeenCalled();
});
