// Odd SIP from the network: malformed and unexpected requests, sent by SIPp (Debian sip-tester) scenarios
// in e2e/sipp/ and relayed by the real Kamailio to a registered browser agent. Each test asserts the
// phone's answer as SIPp saw it, the log line naming what was refused (page console), that nothing rang
// or crashed, and that the agent can still take and place an ordinary call afterwards.
import { expect, test, type Page } from '@playwright/test';
import { answer, dial, launchAgent, region, VOICES, type Agent } from './support/agents';
import { startFakeRegistrar } from './support/fakeRegistrar';
import { freeUdpPort, runSipp, startSipp, summary, type SippResult } from './support/sipp';

// Serial: the tests share two agents. Each runs several SIPp scenarios and two calls: give it time on a
// loaded machine.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const AGENT = '1001';
const ALLOW = 'ACK, BYE, CANCEL, INFO, INVITE, NOTIFY, OPTIONS, PRACK, REFER';
const CALLER = '1005';
let alice: Agent;
let bob: Agent;
/** Every "Switchboard phone:" console line of Alice's page, and every uncaught error in it. */
const phoneLog: string[] = [];
const pageErrors: string[] = [];

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL!;
  [alice, bob] = await Promise.all([
    launchAgent({ user: AGENT, voice: VOICES.alice, baseURL, transport: 'ws' }),
    launchAgent({ user: '1002', voice: VOICES.bob, baseURL, transport: 'ws' }),
  ]);
  watch(alice.page);
});

test.afterAll(async () => {
  await Promise.all([alice?.close(), bob?.close()]);
});

function watch(page: Page): void {
  page.on('console', (m) => {
    if (m.text().startsWith('Switchboard phone:')) phoneLog.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}

/** The phone's final answer in a SIPp run (the last response from the phone, not from Kamailio). */
function finalAnswer(run: SippResult, method: string) {
  const finals = run.responses.filter((r) => r.method === method && r.status! >= 200 && r.status !== 407);
  const last = finals[finals.length - 1];
  if (!last) throw new Error(`no final response to ${method}; SIPp saw:\n${summary(run.messages)}\n${run.errors}`);
  return last;
}

/** SIPp sends one request outside any dialog (e2e/sipp/request.xml) from the caller to Alice. */
function sendRequest(method: string, o: { headers?: string; contentType?: string; body?: string; contentLength?: string } = {}) {
  return runSipp({
    scenario: 'request.xml',
    authUser: CALLER,
    vars: {
      METHOD: method,
      CALLER,
      CALLEE: AGENT,
      HEADERS: o.headers ?? `X-Odd-SIP: ${method}`,
      CONTENT_TYPE: o.contentType ?? 'text/plain',
      CONTENT_LENGTH: o.contentLength ?? '[len]',
      BODY: o.body ?? `Odd SIP test: ${method} outside a dialog`,
    },
  });
}

/** The phone's log line for an answer, waited for (the console is read as it arrives). */
async function expectLogged(text: string): Promise<void> {
  await expect.poll(() => phoneLog.find((l) => l.includes(text)) ?? phoneLog.join(' | '), { timeout: 5000 }).toContain(text);
}

/** Still registered, takes a call from Bob and places one to him; nothing uncaught in the page. */
async function stillWorks(): Promise<void> {
  await expect(alice.page.getByRole('status', { name: 'Registration' })).toHaveText('Registered');
  await dial(bob, AGENT);
  await answer(alice, '1002');
  await region(alice.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(bob.page, 'Active call')).toHaveCount(0);
  await dial(alice, '1002');
  await answer(bob, AGENT);
  await region(alice.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
  await expect(region(alice.page, 'Active call')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
}

test('an unsolicited NOTIFY with a broken body gets 481; a lying Content-Length is stopped by Kamailio', async () => {
  const notify = await sendRequest('NOTIFY', {
    headers: 'Event: message-summary\r\nSubscription-State: active',
    contentType: 'application/simple-message-summary',
    body: 'Messages-Waiting: perhaps\r\nVoice-Message: many/(none) ((\r\n%%% <<not a summary>>',
  });
  expect(notify.exitCode, notify.errors).toBe(0);
  expect(finalAnswer(notify, 'NOTIFY')).toMatchObject({ status: 481, reason: 'Subscription does not exist' });
  await expectLogged('answered NOTIFY from sip:1005@127.0.0.1 with 481 Subscription does not exist: unsolicited NOTIFY (Event: message-summary)');

  // RFC 3261 18.3: Kamailio's sanity check answers 400 itself, whether the length is too long or short.
  for (const contentLength of ['500', '3']) {
    const lying = await sendRequest('NOTIFY', { headers: 'Event: message-summary', contentLength });
    const refused = finalAnswer(lying, 'NOTIFY');
    expect(refused).toMatchObject({ status: 400, reason: 'Content-Length mis-match' });
    expect(refused.header('Server')).toMatch(/^kamailio/);
  }
  expect(phoneLog.filter((l) => /answered NOTIFY/.test(l))).toHaveLength(1);
  await stillWorks();
});

const SDP_HEAD = 'v=0\no=sipp 1 1 IN IP4 127.0.0.1\ns=Odd SIP\nt=0 0';
const WEBRTC_ATTRIBUTES = 'a=ice-ufrag:sipp\na=ice-pwd:sippsippsippsippsippsipp\na=fingerprint:sha-256 ' + Array(32).fill('5A').join(':');
const UNACCEPTABLE_OFFERS = [
  {
    name: 'plain RTP/AVP, no DTLS fingerprint',
    sdp: `${SDP_HEAD}\nc=IN IP4 127.0.0.1\nm=audio 6000 RTP/AVP 0 8 101\na=rtpmap:0 PCMU/8000\na=rtpmap:101 telephone-event/8000\na=sendrecv`,
    warning: '302 switchboard "Incompatible transport protocol',
    why: 'the audio stream (RTP/AVP) has no DTLS fingerprint: WebRTC calls need DTLS-SRTP',
  },
  {
    name: 'no audio line (video only)',
    sdp: `${SDP_HEAD}\n${WEBRTC_ATTRIBUTES}\nm=video 9 UDP/TLS/RTP/SAVPF 96\nc=IN IP4 127.0.0.1\na=rtpmap:96 VP8/90000\na=setup:actpass\na=rtcp-mux`,
    warning: '304 switchboard "Media type not available',
    why: 'the offer has no audio stream (it offers video)',
  },
  {
    name: 'SDP that does not parse',
    sdp: 'this is not a session description\n{"sdp": true}',
    warning: '399 switchboard "Miscellaneous warning',
    why: 'the SDP does not parse: line 1 ("this is not a session description") is not "<letter>=<value>"',
  },
];

test('INVITEs with offers the phone cannot take get 488 with a Warning, and nothing rings', async () => {
  for (const offer of UNACCEPTABLE_OFFERS) {
    await test.step(offer.name, async () => {
      const run = await runSipp({
        scenario: 'invite.xml',
        authUser: CALLER,
        vars: { CALLER, CALLEE: AGENT, CONTENT_TYPE: 'application/sdp', SDP: offer.sdp, RING_MS: '8000' },
      });
      const refused = finalAnswer(run, 'INVITE');
      expect(refused.status, summary(run.messages)).toBe(488);
      expect(refused.reason).toBe('Not Acceptable Here');
      expect(refused.header('Warning')).toContain(offer.warning);
      expect(run.responses.map((r) => r.status), 'no 180 Ringing').not.toContain(180);
      expect(run.exitCode, run.errors).toBe(0);
      await expectLogged(`answered INVITE from sip:1005@127.0.0.1 with 488 Not Acceptable Here: ${offer.why}`);
    });
  }
  await expect(region(alice.page, 'Incoming call')).toHaveCount(0);
  await stillWorks();
});

test('an INVITE with no SDP (late offer) rings; answering puts the offer in the 200 OK and the ACK carries the answer', async () => {
  const answerSdp = [
    'v=0', 'o=sipp 2 2 IN IP4 127.0.0.1', 's=Odd SIP', 't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 0', 'c=IN IP4 127.0.0.1',
    // SIPp copies the offer's mid ([$mid], read from the 200 OK) so the browser can match the answer.
    'a=mid:[$mid]', WEBRTC_ATTRIBUTES, 'a=setup:active', 'a=rtcp-mux', 'a=rtpmap:0 PCMU/8000', 'a=sendrecv',
  ].join('\n');
  const caller = startSipp({
    scenario: 'invite-late-offer.xml',
    authUser: CALLER,
    vars: { CALLER, CALLEE: AGENT, ACK_CONTENT_TYPE: 'application/sdp', ANSWER_SDP: answerSdp, TALK_MS: '30000' },
    timeoutMs: 45_000,
  });
  try {
    await answer(alice, CALLER).catch(async (e: Error) => {
      const run = await caller.stop();
      throw new Error(`${e.message}\nSIPp saw:\n${summary(run.messages)}\n${run.errors}`);
    });
    await region(alice.page, 'Active call').getByRole('button', { name: 'Hang up' }).click();
    const run = await caller.done;
    expect(run.exitCode, `${summary(run.messages)}\n${run.errors}`).toBe(0);
    const ok = finalAnswer(run, 'INVITE');
    expect(ok.status).toBe(200);
    expect(ok.header('Content-Type')).toBe('application/sdp');
    expect(ok.text).toMatch(/^a=fingerprint:sha-256 /m);
    expect(run.requests.map((r) => r.method)).toEqual(['BYE']);
  } finally {
    await caller.stop();
  }
  await expect(region(alice.page, 'Active call')).toHaveCount(0);
  await stillWorks();
});

test('methods: an unknown one gets 501, PUBLISH and MESSAGE 405 with the Allow that OPTIONS (200) gives', async () => {
  const foo = finalAnswer(await sendRequest('FOO'), 'FOO');
  expect(foo).toMatchObject({ status: 501, reason: 'Not Implemented' });
  await expectLogged('answered FOO from sip:1005@127.0.0.1 with 501 Not Implemented: FOO is not a SIP method the phone knows');

  const publish = finalAnswer(await sendRequest('PUBLISH', { headers: 'Event: presence\r\nExpires: 60' }), 'PUBLISH');
  expect(publish).toMatchObject({ status: 405, reason: 'Method Not Allowed' });
  expect(publish.header('Allow')).toBe(ALLOW);
  await expectLogged('answered PUBLISH from sip:1005@127.0.0.1 with 405 Method Not Allowed: the phone publishes no event state');

  // RFC 3428: 200 would tell the sender the message was delivered; the phone has nowhere to show it.
  const message = await sendRequest('MESSAGE', { body: 'Can you call the customer back?' });
  expect(message.responses.map((r) => r.status)).toContain(407); // Kamailio asks the sender to authenticate first
  expect(finalAnswer(message, 'MESSAGE')).toMatchObject({ status: 405, reason: 'Method Not Allowed' });
  expect(finalAnswer(message, 'MESSAGE').header('Allow')).toBe(ALLOW);
  await expectLogged('answered MESSAGE from sip:1005@127.0.0.1 with 405 Method Not Allowed: the phone shows no instant messages');

  const options = finalAnswer(await sendRequest('OPTIONS'), 'OPTIONS');
  expect(options).toMatchObject({ status: 200, reason: 'OK' });
  expect(options.header('Allow')).toBe(ALLOW);
  expect(options.header('Accept')).toBe('application/sdp, application/dtmf-relay');
  await stillWorks();
});

test('requests for dialogs that do not exist get 481: BYE, INFO and NOTIFY with unknown tags, a PRACK outside any call', async () => {
  // A SIPp callee registered as 1006 refuses Alice's call (486), then sends stray requests along its route.
  const port = await freeUdpPort();
  const callee = startSipp({ scenario: 'callee-stray-requests.xml', localPort: port, vars: { CALLER: AGENT, CALLEE: '1006' }, timeoutMs: 30_000 });
  const register = (expires: number) =>
    runSipp({ scenario: 'register.xml', authUser: '1006', vars: { USER: '1006', CONTACT_PORT: String(port), EXPIRES: String(expires) } });
  try {
    const registered = await register(60);
    expect(registered.exitCode, registered.errors).toBe(0);
    await dial(alice, '1006');
    const run = await callee.done;
    expect(run.exitCode, `${summary(run.messages)}\n${run.errors}`).toBe(0);
    for (const method of ['BYE', 'INFO', 'NOTIFY']) {
      expect(finalAnswer(run, method).status, `${method}:\n${summary(run.messages)}`).toBe(481);
      await expectLogged(`answered ${method} from sip:1006@127.0.0.1 with 481`);
    }
  } finally {
    await callee.stop();
    await register(0);
  }
  await expect(region(alice.page, 'Active call')).toHaveCount(0);

  const prack = finalAnswer(await sendRequest('PRACK', { headers: 'RAck: 1 1 INVITE' }), 'PRACK');
  expect(prack).toMatchObject({ status: 481, reason: 'Call/Transaction Does Not Exist' });
  await expectLogged('answered PRACK from sip:1005@127.0.0.1 with 481 Call/Transaction Does Not Exist: PRACK outside any call');
  await stillWorks();
});

test('garbage on the WebSocket from a FAKE registrar is dropped and logged; the phone keeps answering and re-registers', async ({}, testInfo) => {
  // Kamailio relays only SIP, so this case has a registrar of the test's own (e2e/support/fakeRegistrar.ts).
  const fake = await startFakeRegistrar();
  const carol = await launchAgent({ user: '1003', baseURL: testInfo.project.use.baseURL!, register: false });
  const log: string[] = [];
  const errors: string[] = [];
  carol.page.on('console', (m) => m.text().startsWith('Switchboard phone:') && log.push(m.text()));
  carol.page.on('pageerror', (e) => errors.push(e.message));
  const logged = (text: string) =>
    expect.poll(() => log.find((l) => l.includes(text)) ?? log.join(' | '), { timeout: 30_000 }).toContain(text);
  const options = (n: number) =>
    [
      `OPTIONS sip:1003@127.0.0.1 SIP/2.0`,
      `Via: SIP/2.0/WS fake-registrar.invalid;branch=z9hG4bK-options-${n}`,
      'Max-Forwards: 70',
      `From: <sip:fake-registrar@127.0.0.1>;tag=options-${n}`,
      'To: <sip:1003@127.0.0.1>',
      `Call-ID: options-${n}@fake-registrar`,
      `CSeq: ${n} OPTIONS`,
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  try {
    const page = carol.page;
    await page.getByLabel('Display name').fill('Agent 1003');
    await page.getByLabel('SIP address').fill('sip:1003@127.0.0.1');
    await page.getByLabel('Password', { exact: true }).fill('pw1003');
    await page.getByLabel('WebSocket server').fill(fake.url);
    await page.getByRole('button', { name: 'Save' }).click();
    const status = page.getByRole('status', { name: 'Registration' });
    await expect(status).toHaveText('Registered');
    expect(fake.registers()).toBe(1);

    const where = `dropped a WebSocket message from ${fake.url}:`;
    fake.send('hello, this is not SIP');
    await logged(`${where} not SIP (starts "hello, this is not SIP")`);
    fake.send('INVITE sip:1003@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/WS fake-registrar.invalid;branch=z9hG4bK-cut\r\nFrom: <sip:9@127.0.0.1>;ta');
    await logged(`${where} truncated SIP message: no end of headers (starts "INVITE sip:1003@127.0.0.1 SIP/2.0??Via: …")`);
    fake.send(Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x81, 0x0d, 0x0a, 0x0d, 0x0a]));
    await logged(`${where} not SIP (starts "`);
    // A well-formed OPTIONS padded past the largest SIP message the phone reads (65,535 characters).
    const oversized = options(1).replace('Content-Length: 0', `X-Padding: ${'a'.repeat(70_000)}\r\nContent-Length: 0`);
    fake.send(oversized);
    await logged(`${where} oversized: ${oversized.length} characters, more than 65535 (starts "OPTIONS sip:1003@127.0.0.1 SIP/2.0??Via:…")`);

    const reply = await fake.request(options(2));
    expect(reply).toMatch(/^SIP\/2\.0 200 OK\r\n/);
    await expect(status).toHaveText('Registered');

    // The registrar goes away mid-connection: the phone reconnects, registers again and still answers.
    fake.dropConnection();
    await fake.waitForRegisters(2, 30_000);
    expect(await fake.request(options(3))).toMatch(/^SIP\/2\.0 200 OK\r\n/);
    expect(errors).toEqual([]);
  } finally {
    await carol.close();
    await fake.close();
  }
});
