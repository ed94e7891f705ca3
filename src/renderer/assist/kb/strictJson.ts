// A strict JSON parser (RFC 8259, exactly what JSON.parse accepts) that remembers where things are:
// a syntax error names its line and column (a trailing comma, a comment, a single quote each get
// their own message), and every array item and object key keeps its line for the importer's errors.
// JSON.parse alone cannot do either; the YAML parser used before accepted trailing commas.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where an array's items and an object's keys start (1-based lines). */
export interface JsonPositions {
  line: number;
  /** For arrays: the line of each item. */
  items?: number[];
  /** For objects: the line of each key. */
  keys?: Map<string, number>;
}

export type JsonParse =
  | { ok: true; value: JsonValue; positions: WeakMap<object, JsonPositions> }
  | { ok: false; line: number; column: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

export function parseStrictJson(source: string): JsonParse {
  const text = source.replace(/^\uFEFF/, '');
  const positions = new WeakMap<object, JsonPositions>();
  let i = 0;
  // Line breaks can only appear between tokens (never inside a JSON string), so the line is counted
  // while skipping whitespace; the column is found from the last line start.
  let line = 1;
  let lineStart = 0;

  const skip = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0d) i++;
      else if (c === 0x0a) {
        i++;
        line++;
        lineStart = i;
      } else break;
    }
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const unexpected = (expected: string): never => {
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail('comments are not allowed in JSON');
    if (c === "'") fail('strings must use double quotes (") in JSON, not single quotes');
    return fail(`expected ${expected}, found ${describe(i)}`);
  };

  const parseString = (): string => {
    const start = i; // at the opening quote
    i++;
    let escaped = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length) fail('a string is never closed (missing ")', start);
      if (c === 0x22) break;
      if (c < 0x20) fail(c === 0x0a || c === 0x0d ? 'a line break inside a string: write it as \\n' : 'a control character inside a string: escape it');
      if (c === 0x5c) {
        escaped = true;
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by four hexadecimal digits');
          i += 6;
        } else if (ESCAPES.has(e)) i += 2;
        else fail(`"\\${e}" is not a JSON escape (use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)`);
      } else i++;
    }
    i++; // the closing quote
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };

  const parseValue = (): JsonValue => {
    const c = text[i];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const start = i;
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      const next = m ? text[i + m[0].length] : undefined;
      if (!m || (next !== undefined && /[0-9.eE+\-a-zA-Z_]/.test(next))) fail('not a valid number (JSON numbers have no leading zeros, "+", hex or a trailing ".")', start);
      i += m![0].length;
      return Number(m![0]);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return unexpected('a value (an object, array, string, number, true, false or null)');
  };

  /** Past the opening bracket: true (and past it) when the closing one follows at once. */
  const opens = (close: string): boolean => {
    i++;
    skip();
    if (text[i] !== close) return false;
    i++;
    return true;
  };
  /** After an item: true (and past it) at the closing bracket; otherwise past the comma, which must not be the last. */
  const closes = (close: string, expected: string): boolean => {
    skip();
    if (text[i] === close) {
      i++;
      return true;
    }
    if (text[i] !== ',') unexpected(expected);
    const comma = i;
    const commaLine = line;
    i++;
    skip();
    if (text[i] === close) {
      line = commaLine; // the comma's line, which may be above the closing bracket
      lineStart = text.lastIndexOf('\n', comma - 1) + 1;
      fail('a comma after the last item (JSON allows no trailing comma)', comma);
    }
    return false;
  };

  const parseArray = (): JsonValue[] => {
    const array: JsonValue[] = [];
    const items: number[] = [];
    positions.set(array, { line, items });
    if (opens(']')) return array;
    do {
      skip();
      items.push(line);
      array.push(parseValue());
    } while (!closes(']', '"," or "]" after an item'));
    return array;
  };

  const parseObject = (): { [key: string]: JsonValue } => {
    const object: { [key: string]: JsonValue } = {};
    const keys = new Map<string, number>();
    positions.set(object, { line, keys });
    if (opens('}')) return object;
    do {
      skip();
      if (text[i] !== '"') unexpected('a key in double quotes');
      const keyAt = i;
      const key = parseString();
      if (keys.has(key)) fail(`the key "${key}" appears twice in the same object`, keyAt);
      keys.set(key, line);
      skip();
      if (text[i] !== ':') unexpected(`":" after the key "${key}"`);
      i++;
      skip();
      // defineProperty: a key named "__proto__" is data, as with JSON.parse.
      Object.defineProperty(object, key, { value: parseValue(), enumerable: true, writable: true, configurable: true });
    } while (!closes('}', '"," or "}" after a value'));
    return object;
  };

  try {
    skip();
    if (i >= text.length) fail('the file is empty: expected a JSON value');
    const value = parseValue();
    skip();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, positions };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    // Errors inside a string (no line breaks there) and at the current token share the current line.
    return { ok: false, line, column: e.offset - lineStart + 1, message: e.message };
  }
}

/** "line 3, column 14: …" for messages outside the importer (which keeps the line in its own field). */
export function describeJsonError(e: { line: number; column: number; message: string }): string {
  return `line ${e.line}, column ${e.column}: ${e.message}`;
}
