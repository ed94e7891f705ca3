// The generative path against a FAKE OpenAI-compatible server (node:http on 127.0.0.1): streaming,
// timeouts, cancel, HTTP errors, broken streams, the "no answer" sentinel and what is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { articleIdsIn, sseChunks, startFakeLlmServer, type FakeLlmServer, type FakeReply } from '../../../../e2e/support/fakeLlmServer';
import type { Article } from '../kb/types';
import { draftAnswer, llmKeyId, type DraftRequest } from './draftAnswer';
import { NO_ANSWER } from './prompt';

const article = (id: string, title: string, body: string): Article => ({ id, title, body, questions: [], tags: [], source: { file: `${id}.md` } });
const ARTICLES = [
  article('refunds', 'How long do refunds take?', 'Refunds reach your card within 5 working days.'),
  article('double-charge', 'Charged twice', 'A second charge is a pending authorisation and drops off within 3 days.'),
];

let fake: FakeLlmServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function serve(reply: FakeReply | ((body: string) => FakeReply)) {
  fake = await startFakeLlmServer((req) => (typeof reply === 'function' ? reply(req.body) : reply));
  return fake;
}

function request(over: Partial<DraftRequest> = {}): DraftRequest {
  return {
    question: 'I was charged twice, when do I get my money back?',
    articles: ARTICLES,
    settings: { llmEndpoint: fake!.url, llmModel: 'fake-model', llmKeyHeader: 'authorization', llmTimeoutSec: 2 },
    apiKey: 'sk-test-123',
    language: 'en',
    ...over,
  };
}

describe('draft answer from a fake OpenAI-compatible server', () => {
  it('streams the answer piece by piece, with the key as a bearer token and stream: true', async () => {
    await serve({ chunks: sseChunks(['Refunds reach ', 'your card within ', '5 working days [refunds].']), delayMs: 30 });
    const seen: string[] = [];
    const out = await draftAnswer(request({ onText: (t) => seen.push(t) }));
    expect(out).toMatchObject({ kind: 'answer', text: 'Refunds reach your card within 5 working days [refunds].', cited: ['refunds'], unknown: [] });
    expect(seen).toEqual(['Refunds reach ', 'Refunds reach your card within ', 'Refunds reach your card within 5 working days [refunds].']);
    const sent = fake!.requests[0]!;
    expect(sent.headers.authorization).toBe('Bearer sk-test-123');
    expect(JSON.parse(sent.body)).toMatchObject({ model: 'fake-model', stream: true });
    expect(articleIdsIn(sent.body)).toEqual(['refunds', 'double-charge']);
    if (out.kind === 'answer') {
      expect(out.firstTokenMs).not.toBeNull();
      console.log(`first token after ${out.firstTokenMs!.toFixed(1)} ms, complete after ${out.totalMs.toFixed(1)} ms (fake server, 30 ms between chunks)`);
    }
  });

  it('sends the key in an api-key header for Azure OpenAI', async () => {
    await serve({ chunks: sseChunks(['Within 5 days [refunds].']) });
    await draftAnswer(request({ settings: { ...request().settings, llmKeyHeader: 'api-key' } }));
    expect(fake!.requests[0]!.headers['api-key']).toBe('sk-test-123');
    expect(fake!.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('redacts personal data before it is sent: no card number or e-mail reaches the server', async () => {
    await serve({ chunks: sseChunks(['Within 5 days [refunds].']) });
    await draftAnswer(request({ question: 'Card 4111 1111 1111 1111, e-mail jane.doe@example.com, refund please' }));
    const body = fake!.requests[0]!.body;
    expect(body).not.toMatch(/4111|1111 1111|jane\.doe|example\.com/);
    expect(body).toContain('[CARD]');
    expect(body).toContain('[EMAIL]');
  });

  it('drops and flags citations of articles that were not sent', async () => {
    await serve({ chunks: sseChunks(['Within 5 days [refunds]. ', 'Ask for a goodwill credit [goodwill-policy].']) });
    const out = await draftAnswer(request());
    expect(out).toMatchObject({ kind: 'answer', text: 'Within 5 days [refunds]. Ask for a goodwill credit.', cited: ['refunds'], unknown: ['goodwill-policy'] });
  });

  it('the sentinel becomes "no answer", and is never shown while it streams', async () => {
    await serve({ chunks: sseChunks(['NO_ANS', 'WER_IN_KNOWLEDGE', '_BASE']) });
    const seen: string[] = [];
    expect(await draftAnswer(request({ onText: (t) => seen.push(t) }))).toEqual({ kind: 'no-answer', reason: 'model' });
    expect(seen).toEqual([]);
    expect(NO_ANSWER).toBe('NO_ANSWER_IN_KNOWLEDGE_BASE');
  });

  it('sends nothing when no article matched', async () => {
    await serve({ chunks: sseChunks(['should not be asked']) });
    expect(await draftAnswer(request({ articles: [] }))).toEqual({ kind: 'no-answer', reason: 'no-articles' });
    expect(fake!.requests).toHaveLength(0);
  });

  it.each([
    [401, 'unauthorized', /refused the API key \(401\)/],
    [429, 'rate-limited', /rate-limiting requests \(429\): try again in 7 s/],
    [500, 'server', /server error \(500\) \(model crashed\)/],
    [404, 'not-found', /no chat-completions endpoint at this URL \(404\)/],
  ] as const)('HTTP %i -> %s with a specific message', async (status, kind, message) => {
    await serve({ status, headers: { 'Retry-After': '7' }, body: JSON.stringify({ error: { message: 'model crashed' } }) });
    const out = await draftAnswer(request());
    expect(out.kind).toBe('error');
    if (out.kind === 'error') {
      expect(out.error.kind).toBe(kind);
      expect(out.error.message).toMatch(message);
      expect(out.error.message).not.toContain('sk-test-123');
    }
  });

  it('a malformed chunk is a clear error, and the partial text is not an answer', async () => {
    await serve({ chunks: [...sseChunks(['Refunds reach your card']).slice(0, 2), 'data: {"choices":[{"delta":{"content":"within\n\n', 'data: [DONE]\n\n'] });
    const seen: string[] = [];
    const out = await draftAnswer(request({ onText: (t) => seen.push(t) }));
    expect(seen).toEqual(['Refunds reach your card']); // streamed, then withdrawn by the error
    expect(out.kind).toBe('error');
    if (out.kind === 'error') {
      expect(out.error.kind).toBe('malformed');
      expect(out.error.message).toMatch(/^127\.0\.0\.1:\d+ sent a broken stream: a streamed chunk is not valid JSON/);
    }
  });

  it('a stream cut off before it finished is an error, not a short answer', async () => {
    await serve({ chunks: sseChunks(['Refunds reach your card']).slice(0, 2) });
    const out = await draftAnswer(request());
    expect(out).toMatchObject({ kind: 'error', error: { kind: 'malformed', message: expect.stringMatching(/ended the stream before it was complete/) } });
  });

  it.each([
    ['length', /stopped the answer at its length limit/],
    ['content_filter', /withheld the answer \(content filter\)/],
  ])('a completion cut short (finish_reason %s) is an error, not an answer', async (finish, message) => {
    await serve({ chunks: sseChunks(['Refunds reach your'], finish) });
    expect(await draftAnswer(request())).toMatchObject({ kind: 'error', error: { kind: 'malformed', message: expect.stringMatching(message) } });
  });

  it('times out when the server is slow to start, or stalls mid-stream', async () => {
    await serve({ firstDelayMs: 5000, chunks: sseChunks(['late']) });
    const slow = await draftAnswer(request({ settings: { ...request().settings, llmTimeoutSec: 1 } }));
    expect(slow).toMatchObject({ kind: 'error', error: { kind: 'timeout', message: expect.stringMatching(/did not answer within 1 s/) } });
    await fake!.close();
    await serve({ chunks: [...sseChunks(['Refunds ']).slice(0, 2), ...sseChunks(['never']).slice(1)], delayMs: 3000 });
    const stalled = await draftAnswer(request({ settings: { ...request().settings, llmTimeoutSec: 1 } }));
    expect(stalled).toMatchObject({ kind: 'error', error: { kind: 'timeout' } });
  });

  it('Cancel stops the request at once', async () => {
    await serve({ stall: true });
    const controller = new AbortController();
    const pending = draftAnswer(request({ signal: controller.signal, settings: { ...request().settings, llmTimeoutSec: 30 } }));
    setTimeout(() => controller.abort(), 100);
    const t0 = performance.now();
    expect(await pending).toMatchObject({ kind: 'error', error: { kind: 'cancelled' } });
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a server that is not there is a network error naming it', async () => {
    await serve({ body: '{}' });
    const url = fake!.url;
    await fake!.close();
    const out = await draftAnswer(request({ settings: { ...request().settings, llmEndpoint: url } }));
    expect(out).toMatchObject({ kind: 'error', error: { kind: 'network', message: expect.stringMatching(/^Could not reach 127\.0\.0\.1:\d+/) } });
  });

  it('accepts a non-streamed JSON reply from a server that ignores "stream"', async () => {
    await serve({ body: JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'Within 5 days [refunds].' } }] }) });
    expect(await draftAnswer(request())).toMatchObject({ kind: 'answer', text: 'Within 5 days [refunds].' });
  });

  it('binds the key to the server origin', () => {
    expect(llmKeyId('https://llm.corp:8443/v1/chat/completions')).toBe('assist-llm:https://llm.corp:8443');
  });
});
