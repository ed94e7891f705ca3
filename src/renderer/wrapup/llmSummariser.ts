// The wrap-up summary by the configured OpenAI-compatible server (agent assist settings), behind the
// CallSummariser seam. Only the transcript's text goes, redacted first; audio never. The on-device
// draft's structured fields (reason, actions, outcome) stay; the server's text replaces the draft.
import { redact } from '../../shared/privacy/redact';
import type { AssistSettings } from '../../shared/settings/schema';
import { streamChatCompletion } from '../assist/generate/llmClient';
import type { ChatMessage } from '../assist/generate/prompt';
import { onDeviceSummariser } from './onDeviceSummary';
import type { CallDigest, CallSummariser } from './types';

/** Transcripts longer than this are cut from the front: the end of a call says how it ended. */
const MAX_TRANSCRIPT_CHARS = 12_000;

const INSTRUCTIONS: Record<'en' | 'zh-CN', string> = {
  en:
    'You write the wrap-up note a contact-centre agent files after a call. Use only the transcript. ' +
    'Answer in English with exactly three lines: "Reason for call: ...", "Actions: ...", "Outcome: ...". ' +
    'Keep placeholders such as [CARD] or [EMAIL] as they are; never invent personal data.',
  'zh-CN':
    '你为客服坐席撰写通话结束后的小结。只根据通话记录。用中文，恰好三行：“来电原因：……”、“处理措施：……”、“结果：……”。' +
    '保留 [CARD]、[EMAIL] 等占位符，不要编造个人信息。',
};

export function summaryMessages(call: CallDigest, language: 'en' | 'zh-CN'): ChatMessage[] {
  const speaker = (s: 'agent' | 'customer') => (s === 'agent' ? 'Agent' : 'Customer');
  let transcript = call.utterances.map((u) => `${speaker(u.speaker)}: ${redact(u.text).text}`).join('\n');
  if (transcript.length > MAX_TRANSCRIPT_CHARS) transcript = `…${transcript.slice(-MAX_TRANSCRIPT_CHARS)}`;
  const articles = call.articles.length ? `\n\nKnowledge-base articles suggested during the call: ${call.articles.map((a) => a.title).join('; ')}` : '';
  return [
    { role: 'system', content: INSTRUCTIONS[language] },
    { role: 'user', content: `Transcript:\n${transcript}${articles}` },
  ];
}

export interface LlmSummariserOptions {
  settings: Pick<AssistSettings, 'llmEndpoint' | 'llmModel' | 'llmKeyHeader' | 'llmTimeoutSec'>;
  apiKey(): Promise<string | null>;
  language(): 'en' | 'zh-CN';
  fetch?: typeof fetch;
}

export function createLlmSummariser(o: LlmSummariserOptions): CallSummariser {
  return {
    id: `llm:${new URL(o.settings.llmEndpoint).host}`,
    async summarise(call) {
      const local = await onDeviceSummariser.summarise(call);
      // Nothing was said: there is nothing to send, and the on-device draft says so.
      if (!call.utterances.length) return local;
      const result = await streamChatCompletion(
        {
          url: o.settings.llmEndpoint,
          model: o.settings.llmModel,
          apiKey: await o.apiKey(),
          keyHeader: o.settings.llmKeyHeader,
          messages: summaryMessages(call, o.language()),
          timeoutMs: o.settings.llmTimeoutSec * 1000,
          fetch: o.fetch,
        },
        () => undefined,
      );
      if (!result.text.trim()) throw new Error('the server returned an empty summary');
      return { ...local, text: result.text.trim() };
    },
  };
}
