// Writes dist/documents/vendor/docx.js: the part of the `docx` package (MIT) that vn-learning-society/documents uses,
// bundled, tree-shaken and minified into one ES module that imports nothing. `docx` is then a devDependency, not a
// run-time one: its own dependencies (nanoid 6, which declares Node ≥ 22, and @types/node) are never installed with the
// package, and `npm install --engine-strict` works on Node 20 (issue 23; docs/dependencies.md). docx's published build
// already carries the fflate and nanoid code it runs, so this file is self-contained.
//
// The names bundled are those that src/documents/ imports from 'docx'; the ESM build (dist/documents/docx.js) imports
// them from './vendor/docx.js' (tsup.config.ts), and the CLI (dist/cli.cjs) reaches it through that build: one copy in
// the package. Run by `npm run build` after tsup.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The value names (not the types) that the modules of src/documents/ import from 'docx'. */
export function docxNames() {
  const dir = join(root, 'src/documents');
  const names = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]docx['"]/g)) {
      if (m[1]) continue;
      for (const part of m[2].split(',').map((s) => s.trim()).filter(Boolean)) {
        if (part.startsWith('type ')) continue;
        names.add(part.split(/\s+as\s+/)[0].trim());
      }
    }
    if (/from\s*['"]docx\/|import\(\s*['"]docx|import\s*\*\s*as\s+\w+\s+from\s*['"]docx['"]/.test(text)) {
      throw new Error(`${file}: import named values from 'docx' (import { A, B } from 'docx'); scripts/vendor-docx.mjs bundles only those`);
    }
  }
  return [...names].sort();
}

const names = docxNames();
if (names.length === 0) throw new Error("src/documents/ imports nothing from 'docx'");
const { version, license } = JSON.parse(readFileSync(join(root, 'node_modules/docx/package.json'), 'utf8'));
const banner = [
  `/*! docx ${version} (https://github.com/dolanmiu/docx), ${license} licence, Copyright (c) 2016 Dolan; with the code of`,
  ' * fflate (MIT, Copyright (c) 2026 Arjun Barrett) and nanoid (MIT, Copyright 2017 Andrey Sitnik) that it carries.',
  ` * Bundled by vn-learning-society (scripts/vendor-docx.mjs): only ${names.join(', ')}. See NOTICE. */`,
].join('\n');

const result = await build({
  stdin: { contents: `export { ${names.join(', ')} } from 'docx';`, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['import'],
  target: 'es2022',
  legalComments: 'none',
  banner: { js: banner },
  write: false,
  logLevel: 'silent',
});
const text = result.outputFiles[0].text;
// Self-contained: no import, no require of anything.
if (/\bimport\s*\(|\bimport\s*[\w{*][^;]*?\bfrom\s*["']|\brequire\s*\(\s*["']/.test(text.slice(banner.length))) {
  throw new Error('the bundled docx imports or requires a module: it must be self-contained');
}
const out = join(root, 'dist/documents/vendor');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'docx.js'), text);
console.log(`dist: documents/vendor/docx.js written (docx ${version}, ${names.length} names, ${(text.length / 1024).toFixed(1)} KB)`);
