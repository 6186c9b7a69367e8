import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Type-checks code snippets as a user would write them against the package (`vn-learning-society` resolves to
 * `src/index.ts` through the project's tsconfig `paths`), each as its own module. Returns one line per error,
 * prefixed with the snippet's name; an empty list means every snippet type-checks under the project's strict options.
 */
export function typeCheckSnippets(snippets: readonly { name: string; code: string }[], dirName: string): string[] {
  const dir = fileURLToPath(new URL(`../${dirName}/`, import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json')!;
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const names = new Map<string, string>();
  snippets.forEach((s, i) => {
    const file = `${dir}snippet-${i}.ts`;
    writeFileSync(file, `${s.code}\nexport {};\n`);
    names.set(file, s.name);
  });
  try {
    // An example may declare a value only to show its type, so unused locals are allowed there.
    const program = ts.createProgram([...names.keys()], { ...config.options, noEmit: true, noUnusedLocals: false });
    const errors: string[] = [];
    for (const [file, name] of names) {
      const sf = program.getSourceFile(file)!;
      for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
        const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1;
        errors.push(`${name}, line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      }
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The names exported from `src/index.ts` that are functions or classes and have no `@example` in their TSDoc.
 * Returns `[exported, without example]`.
 */
export function exportsWithoutExample(): [string[], string[]] {
  const program = ts.createProgram([`${root}src/index.ts`], {
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(`${root}src/index.ts`)!;
  const all: string[] = [];
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(index)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = symbol.declarations ?? [];
    const callable = decls.some(
      (d) =>
        ts.isFunctionDeclaration(d) ||
        ts.isClassDeclaration(d) ||
        (ts.isVariableDeclaration(d) && d.initializer !== undefined && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))),
    );
    if (!callable) continue;
    all.push(exported.name);
    if (!decls.some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'))) missing.push(exported.name);
  }
  return [all, missing];
}
