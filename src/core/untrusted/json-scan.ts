import { badArgument, requireObject, requireString } from '../internal/args.js';

/** A key an object of JSON text repeats: the key, its line, and for a top-level array the element (0-based) it is in. */
export interface RepeatedKey {
  readonly key: string;
  readonly line: number;
  readonly element: number | undefined;
}

/** What {@link scanJson} found. */
export interface JsonScan {
  /** Whether any object repeats a key. */
  readonly duplicateKey: boolean;
  /** The repeated keys, in order (at most 100). */
  readonly duplicates: readonly RepeatedKey[];
  /** Set when the nesting goes deeper than `maxDepth`: the line where it does (the scan stops there). */
  readonly tooDeep?: { readonly line: number; readonly depth: number };
  /** The line each element of the top-level `cases` list starts on. */
  readonly caseLines: number[];
}

/**
 * One linear pass over JSON text: whether any object repeats a key (which `JSON.parse` silently resolves to the last),
 * and where; whether objects and arrays nest deeper than `maxDepth` (checked before anything recursive sees the
 * value); and the line each element of the top-level `cases` list starts on. Text `JSON.parse` refuses is scanned
 * without harm (the answer then means little). This is the fast path for JSON case files, and the CLI's check of
 * JSON and NDJSON assessment records; YAML, and any JSON case file with a problem, goes through the YAML reader, which
 * names lines for every problem. A portal that takes JSON from a form or a file uses it before `JSON.parse`, to refuse
 * a repeated key rather than keep its last value unseen.
 *
 * @throws {@link LearningSocietyError} `invalid_input` when `text` is not a string or `options.maxDepth` not a number.
 *
 * @example
 * ```ts
 * import { scanJson } from 'vn-learning-society';
 * const scan = scanJson('{"id": "h1",\n "id": "h2"}');
 * scan.duplicateKey; // true
 * scan.duplicates[0]; // { key: 'id', line: 2, element: undefined }
 * scanJson('[[[1]]]', { maxDepth: 2 }).tooDeep; // { line: 1, depth: 3 }
 * ```
 */
export function scanJson(text: string, options: { readonly maxDepth?: number } = {}): JsonScan {
  requireString(text, 'text');
  requireObject(options, 'options');
  if (options.maxDepth !== undefined && typeof options.maxDepth !== 'number') badArgument('options.maxDepth', { vi: 'một số', en: 'a number' }, options.maxDepth);
  const maxDepth = options.maxDepth ?? Infinity;
  const caseLines: number[] = [];
  const duplicates: RepeatedKey[] = [];
  // For each open container: its kind, and for an object the keys seen so far.
  const stack: { object: boolean; keys?: Set<string>; cases?: boolean }[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey: string | undefined;
  // The element of a top-level array being read (0-based), -1 before the first.
  let element = -1;
  let i = 0;
  const n = text.length;
  const startValue = (): void => {
    const top = stack[stack.length - 1];
    if (top?.cases) caseLines.push(line);
    if (stack.length === 1 && top?.object === false) element += 1;
  };
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line += 1;
      i += 1;
    } else if (ch === 34) {
      const { end: j, escaped } = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.object && expectKey) {
        const key = keyText(text, i, j, escaped);
        if (top.keys!.has(key)) {
          if (duplicates.length < 100) duplicates.push({ key, line, element: stack[0]?.object === false ? element : undefined });
        } else top.keys!.add(key);
        lastKey = key;
        expectKey = false;
      } else startValue();
      i = j < n && text.charCodeAt(j) === 10 ? j : j + 1;
    } else if (ch === 123 || ch === 91) {
      startValue();
      const parent = stack[stack.length - 1];
      const isCases = ch === 91 && stack.length === 1 && parent?.object === true && lastKey === 'cases';
      stack.push(ch === 123 ? { object: true, keys: new Set() } : { object: false, cases: isCases });
      if (stack.length > maxDepth) return { duplicateKey: duplicates.length > 0, duplicates, tooDeep: { line, depth: stack.length }, caseLines };
      expectKey = ch === 123;
      i += 1;
    } else if (ch === 125 || ch === 93) {
      stack.pop();
      expectKey = false;
      i += 1;
    } else if (ch === 44) {
      expectKey = stack[stack.length - 1]?.object === true;
      i += 1;
    } else if (ch === 32 || ch === 9 || ch === 13 || ch === 58) {
      i += 1;
    } else {
      // A number, true, false or null: one value, up to the next delimiter.
      startValue();
      i = scalarEnd(text, i + 1);
    }
  }
  return { duplicateKey: duplicates.length > 0, duplicates, caseLines };
}

/**
 * Where the JSON string whose opening quote is at `i` ends: the index of its closing quote, or of a newline or the
 * text's end when it has none (JSON strings hold no raw newline); and whether it holds an escape (which skips one
 * character).
 */
function stringEnd(text: string, i: number): { readonly end: number; readonly escaped: boolean } {
  const n = text.length;
  let j = i + 1;
  let escaped = false;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 92) {
      escaped = true;
      j += 2;
    } else if (c === 34 || c === 10) break;
    else j += 1;
  }
  return { end: j, escaped };
}

/** The key between the quotes at `i` and `j`: unescaped when it has escapes, as written when `JSON.parse` refuses it. */
function keyText(text: string, i: number, j: number, escaped: boolean): string {
  if (!escaped) return text.slice(i + 1, j);
  try {
    return JSON.parse(text.slice(i, j + 1)) as string;
  } catch {
    return text.slice(i + 1, j);
  }
}

/** The end of a number, `true`, `false` or `null` read from `i`: the next delimiter, or the text's end. */
function scalarEnd(text: string, i: number): number {
  const n = text.length;
  let k = i;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9 || c === 34 || c === 123 || c === 91) break;
    k += 1;
  }
  return k;
}
