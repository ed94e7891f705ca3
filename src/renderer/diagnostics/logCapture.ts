// The renderer's warnings and errors for the diagnostics bundle: console.warn/error (still printed as
// before) and uncaught errors and rejections, secrets removed, the newest kept. The desktop's log
// files can join them in the bundle later.
import { redactText } from './redact';
import { RingBuffer } from './ringBuffer';

export interface LogEntry {
  at: number;
  level: 'warn' | 'error';
  text: string;
}

const MAX_ENTRY_CHARS = 4000;

export function formatLogArgs(args: readonly unknown[]): string {
  const text = args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error) return a.stack && a.stack.includes(a.message) ? a.stack : `${a.name}: ${a.message}${a.stack ? `\n${a.stack}` : ''}`;
      try {
        return JSON.stringify(a) ?? String(a);
      } catch {
        return String(a); // circular or otherwise unserialisable
      }
    })
    .join(' ');
  return text.length > MAX_ENTRY_CHARS ? `${text.slice(0, MAX_ENTRY_CHARS)}… (${text.length - MAX_ENTRY_CHARS} more characters)` : text;
}

/** Starts capturing into `buffer`; returns a function that puts console and listeners back. */
export function captureLogs(buffer: RingBuffer<LogEntry>, target: { console: Console; window?: Pick<Window, 'addEventListener' | 'removeEventListener'> } = { console, window }): () => void {
  const add = (level: LogEntry['level'], args: readonly unknown[]) => {
    try {
      buffer.push({ at: Date.now(), level, text: redactText(formatLogArgs(args)) });
    } catch {
      /* never let diagnostics break logging */
    }
  };
  const { warn, error } = target.console;
  target.console.warn = (...args: unknown[]) => {
    add('warn', args);
    warn.apply(target.console, args);
  };
  target.console.error = (...args: unknown[]) => {
    add('error', args);
    error.apply(target.console, args);
  };
  const onError = (e: ErrorEvent) => add('error', [`uncaught: ${e.message}`, ...(e.error instanceof Error ? [e.error] : []), e.filename ? `at ${e.filename}:${e.lineno}:${e.colno}` : '']);
  const onRejection = (e: PromiseRejectionEvent) => add('error', ['unhandled rejection:', e.reason]);
  target.window?.addEventListener('error', onError);
  target.window?.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.console.warn = warn;
    target.console.error = error;
    target.window?.removeEventListener('error', onError);
    target.window?.removeEventListener('unhandledrejection', onRejection);
  };
}
