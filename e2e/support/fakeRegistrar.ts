// A FAKE registrar: a WebSocket server of the test's own on loopback, for the one case the real PBX
// cannot serve (Kamailio never relays bytes that are not SIP). It takes any REGISTER (200 OK, no
// challenge) and lets the test send the phone whatever it likes over the connection.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';

export interface FakeRegistrar {
  url: string;
  /** REGISTERs answered so far. */
  registers(): number;
  waitForRegisters(count: number, timeoutMs?: number): Promise<void>;
  /** Sends to the phone's current connection: a string as a text frame, a Buffer as a binary frame. */
  send(data: string | Buffer): void;
  /** Sends a SIP request and resolves with the phone's final response to it (matched by Call-ID). */
  request(text: string, timeoutMs?: number): Promise<string>;
  /** Closes the phone's connection from the server side, as a crashed registrar would. */
  dropConnection(): void;
  close(): Promise<void>;
}

export async function startFakeRegistrar(): Promise<FakeRegistrar> {
  // sip.js asks for the "sip" subprotocol (RFC 7118) and gives up without it.
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (p) => (p.has('sip') ? 'sip' : false) });
  await new Promise<void>((r) => server.once('listening', () => r()));
  let current: WebSocket | undefined;
  let registers = 0;
  const listeners = new Set<(text: string) => void>();

  server.on('connection', (socket) => {
    current = socket;
    socket.on('message', (data: RawData) => {
      const text = data.toString();
      if (text.startsWith('REGISTER ')) {
        registers++;
        socket.send(registerOk(text));
      }
      listeners.forEach((l) => l(text));
    });
  });

  const wait = (done: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (done()) {
          clearInterval(timer);
          resolve();
        } else if ((timeoutMs -= 50) <= 0) {
          clearInterval(timer);
          reject(new Error(`fake registrar: ${what}`));
        }
      }, 50);
    });

  const send = (data: string | Buffer) => {
    if (!current) throw new Error('fake registrar: the phone is not connected');
    current.send(data, { binary: Buffer.isBuffer(data) });
  };

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`,
    registers: () => registers,
    waitForRegisters: (count, timeoutMs = 15_000) => wait(() => registers >= count, `${registers} REGISTERs, waited for ${count}`, timeoutMs),
    send,
    request(text, timeoutMs = 10_000) {
      const callId = header(text, 'Call-ID');
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listen);
          reject(new Error(`fake registrar: no final response to ${text.split('\r\n')[0]}`));
        }, timeoutMs);
        const listen = (reply: string) => {
          if (!/^SIP\/2\.0 [2-6]\d\d /.test(reply) || header(reply, 'Call-ID') !== callId) return;
          clearTimeout(timer);
          listeners.delete(listen);
          resolve(reply);
        };
        listeners.add(listen);
        send(text);
      });
    },
    dropConnection: () => current?.terminate(),
    close: () =>
      new Promise<void>((resolve) => {
        server.clients.forEach((c) => c.terminate());
        server.close(() => resolve());
      }),
  };
}

export function header(message: string, name: string): string | undefined {
  return new RegExp(`^${name}:[ \\t]*(.*?)\\r?$`, 'im').exec(message.split('\r\n\r\n')[0] ?? '')?.[1];
}

function registerOk(register: string): string {
  const copy = (name: string) => `${name}: ${header(register, name) ?? ''}`;
  return [
    'SIP/2.0 200 OK',
    ...register.split('\r\n').filter((l) => /^Via:/i.test(l)),
    copy('From'),
    `To: ${header(register, 'To')};tag=fake-registrar`,
    copy('Call-ID'),
    copy('CSeq'),
    copy('Contact'),
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}
