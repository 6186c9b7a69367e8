import { writeFileSync } from 'node:fs';
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


/**
 * Writes `code` (with its stated values turned into checks) to `file`, imports it with console.log captured, and
 * returns the checks it made and what it logged.
 */
export async function runSnippet(file: URL, code: string): Promise<{ results: { actual: unknown; expected: unknown }[]; logged: unknown[][] }> {
  const results: { actual: unknown; expected: unknown }[] = [];
  const logged: unknown[][] = [];
  const g = globalThis as Record<string, unknown>;
  g.__check = (actual: unknown, expected: unknown) => results.push({ actual, expected });
  writeFileSync(file, `declare function __check(actual: unknown, expected: unknown): void;\n${withChecks(code).code}\nexport {};\n`);
  const log = console.log;
  console.log = (...args: unknown[]) => void logged.push(args);
  try {
    await import(/* @vite-ignore */ file.href);
  } finally {
    console.log = log;
    delete g.__check;
  }
  return { results, logged };
}
