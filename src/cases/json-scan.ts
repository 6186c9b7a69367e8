/**
 * One linear pass over JSON text that `JSON.parse` accepted: whether any object repeats a key (which `JSON.parse`
 * silently resolves to the last), and the line each element of the top-level `cases` list starts on. This is the fast
 * path for JSON case files; YAML, and any JSON with a problem, goes through the YAML reader, which names lines for
 * every problem.
 *
 * @internal
 */
export function scanJson(text: string): { duplicateKey: boolean; caseLines: number[] } {
  const caseLines: number[] = [];
  // For each open container: its kind, and for an object the keys seen so far.
  const stack: { object: boolean; keys?: Set<string>; cases?: boolean }[] = [];
  let line = 1;
  let expectKey = false;
  let lastKey: string | undefined;
  let i = 0;
  const n = text.length;
  const startValue = (): void => {
    const top = stack[stack.length - 1];
    if (top?.cases) caseLines.push(line);
  };
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line += 1;
      i += 1;
    } else if (ch === 34) {
      // A string: find its end (escapes skip one character; JSON strings hold no raw newline).
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 92) {
          escaped = true;
          j += 2;
        } else if (c === 34) break;
        else j += 1;
      }
      const top = stack[stack.length - 1];
      if (top?.object && expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.keys!.has(key)) return { duplicateKey: true, caseLines };
        top.keys!.add(key);
        lastKey = key;
        expectKey = false;
      } else startValue();
      i = j + 1;
    } else if (ch === 123 || ch === 91) {
      startValue();
      const parent = stack[stack.length - 1];
      const isCases = ch === 91 && stack.length === 1 && parent?.object === true && lastKey === 'cases';
      stack.push(ch === 123 ? { object: true, keys: new Set() } : { object: false, cases: isCases });
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
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9) break;
        i += 1;
      }
    }
  }
  return { duplicateKey: false, caseLines };
}
