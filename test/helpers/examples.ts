/**
 * Turns the lines of an example of the form `expression; // literal` into `__check(expression, literal)`, so that the
 * values an example says it produces are checked. Comments that are not JavaScript literals are prose, left alone.
 */
function literal(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.includes('…')) return { ok: false };
  try {
    return { ok: true, value: new Function(`return (${text});`)() };
  } catch {
    return { ok: false };
  }
}

export function withChecks(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const m = /^(\s*)(?!import |const |let |export |type |console\.)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (!m) return line;
    const lit = literal(m[3]!);
    if (!lit.ok) return line;
    checks += 1;
    return `${m[1]}__check(${m[2]}, ${m[3]});`;
  });
  return { code: lines.join('\n'), checks };
}

