// A streamed chat completion from any OpenAI-compatible server (vLLM, Ollama, Azure OpenAI, OpenAI).
// Every failure becomes an LlmError whose kind the UI can explain; only text is ever sent (no audio).
import type { ChatMessage } from './prompt';
import { chunkText, DONE, SseParser } from './sse';

export type LlmErrorKind = 'unauthorized' | 'rate-limited' | 'server' | 'not-found' | 'bad-request' | 'timeout' | 'cancelled' | 'network' | 'malformed';

export class LlmError extends Error {
  constructor(
    readonly kind: LlmErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface LlmRequest {
  url: string;
  model: string;
  /** null = no key (e.g. a local Ollama). Never logged, never stored in state. */
  apiKey: string | null;
  keyHeader: 'authorization' | 'api-key';
  messages: ChatMessage[];
  /** Longest wait for the response to start, and between two pieces of it. */
  timeoutMs: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export interface LlmResult {
  text: string;
  /** From sending the request to the first text token. */
  firstTokenMs: number | null;
  totalMs: number;
  finish?: string;
}

export async function streamChatCompletion(req: LlmRequest, onText: (soFar: string) => void): Promise<LlmResult> {
  const t0 = performance.now();
  const host = safeHost(req.url);
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, req.timeoutMs);
  };
  const onCancel = () => controller.abort();
  if (req.signal?.aborted) throw new LlmError('cancelled', 'Cancelled.');
  req.signal?.addEventListener('abort', onCancel);
  const fail = (e: unknown): never => {
    if (e instanceof LlmError) throw e;
    if (timedOut) throw new LlmError('timeout', `${host} did not answer within ${Math.round(req.timeoutMs / 1000)} s.`);
    if (req.signal?.aborted) throw new LlmError('cancelled', 'Cancelled.');
    throw new LlmError('network', `Could not reach ${host}: ${e instanceof Error ? e.message : String(e)}`);
  };

  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
  if (req.apiKey) {
    if (req.keyHeader === 'api-key') headers['api-key'] = req.apiKey;
    else headers.Authorization = `Bearer ${req.apiKey}`;
  }
  arm();
  try {
    let res: Response;
    try {
      res = await (req.fetch ?? fetch)(req.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: req.model, messages: req.messages, stream: true, temperature: 0 }),
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      return fail(e);
    }
    if (!res.ok) throw await httpError(res, host);
    const type = res.headers.get('content-type') ?? '';
    let text = '';
    let firstTokenMs: number | null = null;
    let finish: string | undefined;
    const add = (piece: string) => {
      if (!piece) return;
      if (firstTokenMs === null) firstTokenMs = performance.now() - t0;
      text += piece;
      onText(text);
    };
    if (type.includes('application/json')) {
      // A server that ignores "stream": the whole completion at once.
      const json = (await res.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null;
      const content = json?.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new LlmError('malformed', `${host} sent a reply without choices[0].message.content.`);
      add(content);
      return { text, firstTokenMs, totalMs: performance.now() - t0 };
    }
    if (!res.body) throw new LlmError('malformed', `${host} sent an empty reply.`);
    const parser = new SseParser();
    const decoder = new TextDecoder();
    const reader = res.body.getReader();
    let done = false;
    const handle = (events: string[]) => {
      for (const data of events) {
        if (data.trim() === DONE) {
          done = true;
          return;
        }
        const chunk = chunkText(data);
        if ('error' in chunk) throw new LlmError('malformed', `${host} sent a broken stream: ${chunk.error}.`);
        add(chunk.text);
        finish = chunk.finish ?? finish;
      }
    };
    arm();
    while (!done) {
      let piece: ReadableStreamReadResult<Uint8Array>;
      try {
        piece = await reader.read();
      } catch (e) {
        return fail(e);
      }
      if (piece.done) {
        handle(parser.end());
        break;
      }
      arm();
      handle(parser.push(decoder.decode(piece.value, { stream: true })));
    }
    if (done) void reader.cancel().catch(() => undefined);
    // A stream cut off before [DONE] or a finish reason may have lost the end of the answer.
    else if (!finish) throw new LlmError('malformed', `${host} ended the stream before it was complete.`);
    if (finish === 'length') throw new LlmError('malformed', `${host} stopped the answer at its length limit.`);
    if (finish === 'content_filter') throw new LlmError('malformed', `${host} withheld the answer (content filter).`);
    return { text, firstTokenMs, totalMs: performance.now() - t0, finish };
  } catch (e) {
    return fail(e);
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', onCancel);
  }
}

async function httpError(res: Response, host: string): Promise<LlmError> {
  // The server's own message helps (e.g. "model not found"), but only a short, single-line piece of it.
  const detail = await res
    .text()
    .then((t) => {
      try {
        const m = (JSON.parse(t) as { error?: { message?: unknown } | string }).error;
        return typeof m === 'string' ? m : typeof m?.message === 'string' ? m.message : '';
      } catch {
        return '';
      }
    })
    .catch(() => '');
  const said = detail ? ` (${detail.replace(/\s+/g, ' ').slice(0, 160)})` : '';
  const s = res.status;
  if (s === 401 || s === 403) return new LlmError('unauthorized', `${host} refused the API key (${s}): check the key in Settings → Agent assist.`, s);
  if (s === 429) {
    const retry = res.headers.get('retry-after');
    return new LlmError('rate-limited', `${host} is rate-limiting requests (429)${retry ? `: try again in ${retry} s` : ': try again shortly'}.`, s);
  }
  if (s === 404) return new LlmError('not-found', `${host} has no chat-completions endpoint at this URL (404)${said}.`, s);
  if (s >= 500) return new LlmError('server', `${host} failed with a server error (${s})${said}.`, s);
  return new LlmError('bad-request', `${host} rejected the request (${s})${said}.`, s);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the LLM server';
  }
}
