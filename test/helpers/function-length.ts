import ts from 'typescript';

/**
 * The length of every function of src/ (test/project/function-length.test.ts), read with the TypeScript compiler's parser:
 * declarations, methods, accessors, constructors, function expressions and arrow functions with a body, each counted
 * from the line of its first token (after its comments) to the line of its last, both included.
 */

/** One function: its file, the line it starts on (1-based), how many lines it spans, and a name to find it by. */
export interface FunctionSpan {
  readonly file: string;
  readonly line: number;
  readonly lines: number;
  readonly name: string;
}

/** The name a function is known by: its own, the variable or property it is assigned to, else where it sits. */
function nameOf(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name !== undefined) return node.name.getText(source);
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name !== undefined) {
    return parent.name.getText(source);
  }
  for (let up: ts.Node | undefined = parent; up !== undefined; up = up.parent) {
    if (ts.isFunctionLike(up)) return `(anonymous, in ${nameOf(up, source)})`;
  }
  return '(anonymous)';
}

const parsed = new Map<string, FunctionSpan[]>();

/** Every function with a body in one file's text, in the order they start (each file and text parsed once). */
export function functionSpans(file: string, text: string): FunctionSpan[] {
  const key = `${file}\n${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FunctionSpan[] = [];
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const line = lineOf(node.getStart(source));
      out.push({ file, line, lines: lineOf(node.getEnd()) - line + 1, name: nameOf(node, source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(key, out);
  return out;
}

/** The functions longer than `max` lines in a set of files (path → text), as `file:line name (n lines)`. */
export function longFunctions(files: ReadonlyMap<string, string>, max: number): FunctionSpan[] {
  return [...files].flatMap(([file, text]) => functionSpans(file, text).filter((f) => f.lines > max));
}
