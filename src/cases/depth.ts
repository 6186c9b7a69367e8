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
  const columns: number[] = [];
  let flow = 0;
  let quote = 0; // inside flow: the quote character of an open string, or 0
  let scalarIndent = -1; // inside a block scalar: lines indented deeper than this are its text
  let line = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    line += 1;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) i += 1;
    const indent = i - pos;
    const blank = i >= end || text.charCodeAt(i) === 35 || (text.charCodeAt(i) === 13 && i + 1 >= end);
    if (scalarIndent >= 0 && flow === 0) {
      if (blank || indent > scalarIndent) {
        pos = end + 1;
        continue;
      }
      scalarIndent = -1;
    }
    if (blank && flow === 0) {
      pos = end + 1;
      continue;
    }
    if (flow === 0) {
      while (columns.length > 0 && columns[columns.length - 1]! >= indent) columns.pop();
      columns.push(indent);
      // `- ` and `? ` open a level each, at their columns; then a `key:` opens one at its column.
      for (;;) {
        const c = text.charCodeAt(i);
        if ((c === 45 || c === 63) && (i + 1 >= end || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 13)) {
          i += 1;
          while (i < end && text.charCodeAt(i) === 32) i += 1;
          if (i < end && columns[columns.length - 1]! < i) columns.push(i);
        } else break;
      }
      if (columns.length > max) return { line, depth: columns.length };
      // The value: after `key: ` when the line has one (outside quotes), else the content itself.
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
      const v = text.charCodeAt(value);
      if (v === 124 || v === 62) {
        // A block scalar header (`|`, `>-`, `|2`, …): the lines after it, indented deeper, are text.
        let k = value + 1;
        while (k < end && /[-+0-9]/.test(text[k]!)) k += 1;
        while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13)) k += 1;
        if (k >= end || text.charCodeAt(k) === 35) scalarIndent = indent;
        pos = end + 1;
        continue;
      }
      if (v !== 91 && v !== 123) {
        pos = end + 1;
        continue;
      }
      i = value;
    }
    // Flow style: brackets outside quotes, from `i` to the end of the line.
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
        if (columns.length + flow > max) return { line, depth: columns.length + flow };
      } else if (c === 93 || c === 125) {
        if (flow > 0) flow -= 1;
        if (flow === 0) break;
      } else if (c === 35 && (j === i || text.charCodeAt(j - 1) === 32)) break;
    }
    pos = end + 1;
  }
  return undefined;
}
