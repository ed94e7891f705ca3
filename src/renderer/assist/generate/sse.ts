// Server-sent events as OpenAI-compatible servers stream chat completions: "data: {json}" events
// separated by blank lines, ending with "data: [DONE]". Bytes arrive in arbitrary pieces, so the parser
// keeps the unfinished line between calls.

export class SseParser {
  private buffer = '';
  private data: string[] = [];

  /** Feeds decoded text; returns the data of every event completed by it. */
  push(text: string): string[] {
    this.buffer += text;
    const events: string[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) !== -1) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      // A lone "\r" at the end of the buffer may be the first half of "\r\n": wait for more.
      if (this.buffer[newline] === '\r' && newline === this.buffer.length - 1) break;
      this.buffer = this.buffer.slice(newline + width);
      if (line === '') {
        if (this.data.length) events.push(this.data.join('\n'));
        this.data = [];
      } else if (line.startsWith(':')) {
        // A comment: servers send these as keep-alives.
      } else {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') this.data.push(value);
      }
    }
    return events;
  }

  /** The stream ended: an event not yet closed by a blank line still counts (some servers omit it). */
  end(): string[] {
    const tail = this.buffer.trim() ? this.push('\n\n') : [];
    const rest = this.data.length ? [this.data.join('\n')] : [];
    this.data = [];
    this.buffer = '';
    return [...tail, ...rest];
  }
}

export const DONE = '[DONE]';

/** The text of one streamed chat-completion chunk, or an error naming what is wrong with it. */
export function chunkText(data: string): { text: string; finish?: string } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { error: `a streamed chunk is not valid JSON: ${JSON.stringify(data.slice(0, 80))}` };
  }
  if (typeof json !== 'object' || json === null) return { error: 'a streamed chunk is not a JSON object' };
  const chunk = json as { error?: { message?: unknown }; choices?: unknown };
  // Servers report failures half-way through the stream as an "error" object.
  if (chunk.error) return { error: `the server reported an error mid-stream: ${String(chunk.error.message ?? 'unknown')}` };
  if (!Array.isArray(chunk.choices)) return { error: 'a streamed chunk has no "choices" list' };
  const choice = chunk.choices[0] as { delta?: { content?: unknown }; finish_reason?: unknown } | undefined;
  if (!choice) return { text: '' }; // e.g. a final usage-only chunk
  const content = choice.delta?.content;
  if (content !== undefined && content !== null && typeof content !== 'string') return { error: 'a streamed chunk has non-text "delta.content"' };
  return { text: content ?? '', finish: typeof choice.finish_reason === 'string' ? choice.finish_reason : undefined };
}
