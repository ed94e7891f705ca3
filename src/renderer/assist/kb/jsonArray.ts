// A knowledge-base JSON file that must hold an array, parsed strictly (strictJson.ts) so every error
// can name its line: a syntax error by line and column, an item by its line, a field by its key's line.
// Problems go to `errors`; null when there is nothing to read.
import { parseStrictJson, type JsonValue } from './strictJson';
import type { ImportError } from './types';

export interface JsonArray {
  items: { value: JsonValue; index: number; line: number }[];
  /** The line of a key in an object item (the item's own line when it has no such key). */
  keyLine(item: JsonValue, key: string, fallback: number): number;
}

export function parseJsonArray(file: string, text: string, errors: ImportError[], notAnArray: string): JsonArray | null {
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    errors.push({ file, line: parsed.line, message: `not valid JSON: column ${parsed.column}: ${parsed.message}` });
    return null;
  }
  const { value, positions } = parsed;
  if (!Array.isArray(value)) {
    errors.push({ file, line: 1, message: notAnArray });
    return null;
  }
  const lines = positions.get(value)?.items ?? [];
  return {
    items: value.map((item, index) => ({ value: item, index, line: lines[index] ?? 1 })),
    keyLine: (item, key, fallback) => (item !== null && typeof item === 'object' ? positions.get(item)?.keys?.get(key) : undefined) ?? fallback,
  };
}

/** A plain JSON object (not an array or null). */
export function isJsonObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
