// A knowledge-base JSON file that must hold an array, parsed with the YAML parser (JSON is YAML 1.2)
// so every error can name its line. Problems go to `errors`; null when there is nothing to read.
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import type { ImportError } from './types';

export interface JsonArray {
  items: { node: Node; index: number; line: number | undefined }[];
  /** The line of a source offset (for the fields inside an item). */
  lineAt(offset: number | undefined): number | undefined;
}

export function parseJsonArray(file: string, text: string, errors: ImportError[], notAnArray: string): JsonArray | null {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, prettyErrors: false, strict: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  if (doc.errors.length) {
    // The first syntax error; later ones usually follow from it.
    const e = doc.errors[0]!;
    errors.push({ file, line: lineAt(e.pos[0]), message: `not valid JSON: ${e.message.split('\n')[0]}` });
    return null;
  }
  if (!isSeq(doc.contents)) {
    errors.push({ file, line: 1, message: notAnArray });
    return null;
  }
  return { lineAt, items: doc.contents.items.map((item, index) => ({ node: item as Node, index, line: lineAt((item as Node).range?.[0]) })) };
}
