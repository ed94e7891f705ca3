// The wrap-up summary from a FAKE OpenAI-compatible server (node:http on 127.0.0.1): what is sent
// (redacted transcript only), what comes back, and failures.
import { afterEach, describe, expect, it } from 'vitest';
import { sseChunks, startFakeLlmServer, type FakeLlmServer, type FakeReply } from '../../../e2e/support/fakeLlmServer';
import { createLlmSummariser } from './llmSummariser';
import type { CallDigest } from './types';

let fake: FakeLlmServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const call: CallDigest = {
  callId: 'c1',
  peer: '1002',
  direction: 'incoming',
  utterances: [
    { speaker: 'customer', text: 'My card 4111 1111 1111 1111 was charged twice, mail me at ann@example.com', atMs: 1000 },
    { speaker: 'agent', text: "I'll refund the duplicate payment today.", atMs: 3000 },
  ],
  articles: [{ id: 'refunds', title: 'How long do refunds take?', tags: ['billing', 'refunds'], confidence: 0.8 }],
};

async function summariser(reply: FakeReply) {
  fake = await startFakeLlmServer(() => reply);
  return createLlmSummariser({
    settings: { llmEndpoint: fake.url, llmModel: 'fake-model', llmKeyHeader: 'authorization', llmTimeoutSec: 2 },
    apiKey: async () => 'sk-test-123',
    language: () => 'en',
  });
}

describe('wrap-up summary from a fake LLM server', () => {
  it('sends the redacted transcript and the suggested titles, and returns the server\'s text over the on-device fields', async () => {
    const s = await summariser({ chunks: sseChunks(['Reason for call: double charge.\n', 'Actions: refund today.\n', 'Outcome: resolved.']) });
    const draft = await s.summarise(call);
    expect(s.id).toBe(`llm:${new URL(fake!.url).host}`);
    expect(draft.text).toBe('Reason for call: double charge.\nActions: refund today.\nOutcome: resolved.');
    expect(draft.actions).toEqual(["I'll refund the duplicate payment today"]);
    const sent = fake!.requests[0]!.body;
    expect(sent).not.toContain('4111');
    expect(sent).not.toContain('ann@example.com');
    expect(sent).toContain('[CARD]');
    expect(sent).toContain('How long do refunds take?');
    expect(fake!.requests[0]!.headers.authorization).toBe('Bearer sk-test-123');
  });

  it('sends nothing for a call with no words, and fails with the server\'s reason otherwise', async () => {
    const s = await summariser({ status: 500, body: '{"error":"boom"}' });
    const silent = await s.summarise({ ...call, utterances: [] });
    expect(silent.text).toBeUndefined();
    expect(fake!.requests).toHaveLength(0);
    await expect(s.summarise(call)).rejects.toThrow(/500/);
  });
});
