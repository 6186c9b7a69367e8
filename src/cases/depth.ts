/**
 * How deep a YAML (or JSON) text nests, found by one linear pass over its lines before the YAML reader — whose
 * parser and composer recurse once per level, so that a few thousand levels overflow the stack — ever sees it.
 *
 * Block style: each line's indentation and the `- ` and `key:` before its value open levels at their columns (a stack
 * of columns, popped by a line indented no deeper); a block scalar's text (`|`, `>`) is skipped. Flow style: `[` and
 * `{` outside quotes, across lines, each one level more. The count is an estimate that never falls short by more than
 * half (a sequence may sit at its parent key's column): a text the reader would read deeper than twice the limit is
 * always caught, and one whose real depth is under the limit is never refused.
 *
 * @internal
 */
export function yamlTooDeep(text: string, max: number): { line: number; depth: number } | undefined {
  const s: DepthScan = { columns: [], flow: 0, quote: 0, scalarIndent: -1 };
  let line = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    line += 1;
    const found = scanLine(s, text, pos, end, line, max);
    if (found !== undefined) return found;
    pos = end + 1;
  }
  return undefined;
}

/** What the scan keeps from line to line. */
interface DepthScan {
  /** The columns of the open block levels. */
  readonly columns: number[];
  /** The open flow brackets. */
  flow: number;
  /** Inside flow: the quote character of an open string, or 0. */
  quote: number;
  /** Inside a block scalar: lines indented deeper than this are its text (-1 outside one). */
  scalarIndent: number;
}

/** Scans the line from `pos` to `end` (its number `line`): the depth found there when it is over `max`. */
function scanLine(s: DepthScan, text: string, pos: number, end: number, line: number, max: number): { line: number; depth: number } | undefined {
  let i = pos;
  while (i < end && text.charCodeAt(i) === 32) i += 1;
  const indent = i - pos;
  const blank = i >= end || text.charCodeAt(i) === 35 || (text.charCodeAt(i) === 13 && i + 1 >= end);
  if (s.scalarIndent >= 0 && s.flow === 0) {
    if (blank || indent > s.scalarIndent) return undefined;
    s.scalarIndent = -1;
  }
  if (blank && s.flow === 0) return undefined;
  if (s.flow === 0) {
    i = openBlockLevels(s.columns, text, i, end, indent);
    if (s.columns.length > max) return { line, depth: s.columns.length };
    const value = blockValueStart(text, i, end);
    const v = text.charCodeAt(value);
    if (v === 124 || v === 62) {
      // A block scalar header (`|`, `>-`, `|2`, …): the lines after it, indented deeper, are text.
      if (isBlockScalarHeader(text, value, end)) s.scalarIndent = indent;
      return undefined;
    }
    if (v !== 91 && v !== 123) return undefined;
    i = value;
  }
  return scanFlow(s, text, i, end, line, max);
}

/**
 * Pops the block levels a line indented `indent` closes and opens its own; then `- ` and `? ` open a level each, at
 * their columns. Returns where the line's content starts after them.
 */
function openBlockLevels(columns: number[], text: string, from: number, end: number, indent: number): number {
  let i = from;
  while (columns.length > 0 && columns[columns.length - 1]! >= indent) columns.pop();
  columns.push(indent);
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 63) && (i + 1 >= end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 13)) {
      i += 1;
      while (i < end && text.charCodeAt(i) === 32) i += 1;
      if (i < end && columns[columns.length - 1]! < i) columns.push(i);
    } else break;
  }
  return i;
}

/** Where a block line's value starts: after `key: ` when the line has one (outside quotes), else the content itself. */
function blockValueStart(text: string, i: number, end: number): number {
  let value = i;
  const first = text.charCodeAt(i);
  if (first !== 91 && first !== 123 && first !== 34 && first !== 39) {
    for (let j = i; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 35 && j > i && text.charCodeAt(j - 1) === 32) break;
      if (c === 58 && (j + 1 >= end || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 13)) {
        value = j + 1;
        while (value < end && text.charCodeAt(value) === 32) value += 1;
        break;
      }
    }
  }
  return value;
}

/** Whether the `|` or `>` at `value` is a block scalar's header: only its indicators, spaces and a comment after it. */
function isBlockScalarHeader(text: string, value: number, end: number): boolean {
  let k = value + 1;
  while (k < end && /[-+0-9]/.test(text[k]!)) k += 1;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k += 1;
  return k >= end || text.charCodeAt(k) === 35;
}

/** Flow style: counts the brackets outside quotes from `i` to the end of the line; the depth when it goes over `max`. */
function scanFlow(s: DepthScan, text: string, i: number, end: number, line: number, max: number): { line: number; depth: number } | undefined {
  const depth = s.columns.length;
  let { quote, flow } = s;
  let found: { line: number; depth: number } | undefined;
  for (let j = i; j < end; j++) {
    const c = text.charCodeAt(j);
    if (quote !== 0) {
      if (quote === 34 && c === 92) j += 1;
      else if (c === quote) {
        if (quote === 39 && text.charCodeAt(j + 1) === 39) j += 1;
        else quote = 0;
      }
      continue;
    }
    if (c === 34 || c === 39) {
      const before = j > i ? text.charCodeAt(j - 1) : 32;
      if (before === 32 || before === 91 || before === 123 || before === 44 || before === 58 || before === 9) quote = c;
    } else if (c === 91 || c === 123) {
      flow += 1;
      if (depth + flow > max) {
        found = { line, depth: depth + flow };
        break;
      }
    } else if (c === 93 || c === 125) {
      if (flow > 0) flow -= 1;
      if (flow === 0) break;
    } else if (c === 35 && (j === i || text.charCodeAt(j - 1) === 32)) break;
  }
  s.quote = quote;
  s.flow = flow;
  return found;
}
