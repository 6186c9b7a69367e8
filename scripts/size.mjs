// Size budget: bundles entry points of the built ESM package (dist/) the way an application's bundler would
// (esbuild, minified, tree-shaken, for the browser, dependencies included), gzips them, and fails when one is over
// its budget. Run by `npm test` (check:pkg) after the build; `node scripts/size.mjs --json` prints the figures only.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets in bytes of gzip (level 9). Raise one only with a reason in the changeset and docs/performance.md. An entry
 * with `load` is code-split (see `measure`); one with `readme` is a figure the README states, rounded to the KB
 * (test/project/size.test.ts checks that it does).
 */
export const BUDGETS = [
  {
    name: 'evaluate + one rule set',
    code: "import { evaluate, learningFamilyKhvn2015 } from './dist/index.js'; export const score = (a) => evaluate(learningFamilyKhvn2015, a);",
    // 57 KB until issue 14: scoring no longer loads zod (a rule set is checked by validate.ts) nor decimal.js (exact
    // integers, internal/exact.ts).
    gzip: 25 * 1024,
  },
  {
    name: 'compileRuleSet + one rule set + explainEvaluation',
    code: "import { compileRuleSet, explainEvaluation, learningFamilyKhvn2015 } from './dist/index.js'; const score = compileRuleSet(learningFamilyKhvn2015); export const explain = (a) => explainEvaluation(score(a));",
    // The issue-14 budget: 58 KB before (60 % of it zod).
    gzip: 25 * 1024,
  },
  {
    // The README's own promise (issue 23): scoring with the rule set in force today, imported by name, and explaining it.
    name: 'README: the rule set in force (learningFamilyKhvn2021) + compileRuleSet + explainEvaluation',
    code: "import { compileRuleSet, explainEvaluation, learningFamilyKhvn2021 } from './dist/index.js'; const score = compileRuleSet(learningFamilyKhvn2021); export const explain = (a) => explainEvaluation(score(a));",
    gzip: 25 * 1024,
    readme: true,
  },
  {
    // The README's ten lines: ruleSetFor finds the rule set in force by date among every shipped one, so all are bundled.
    name: "README's ten lines: ruleSetFor + compileRuleSet + explainEvaluation",
    code: "import { compileRuleSet, explainEvaluation, ruleSetFor } from './dist/index.js'; export const explain = (a, date) => explainEvaluation(compileRuleSet(ruleSetFor('learning-family', date))(a));",
    // 50 KB until the "did you mean" of an unknown indicator or criterion (issue 25) took it to 50.0 KB.
    gzip: 51 * 1024,
    readme: true,
  },
  {
    // The small path to the rule set in force (issue 23): the ten lines with `await loadRuleSetFor(…)` of
    // vn-learning-society/rule-sets, code-split as an application's bundler splits them: what the page loads first
    // (scoring, explaining, the rule sets' periods and the code that builds a rule set from its chunk) and the one
    // chunk it then fetches (the 2021–2030 family criteria, with their 2015 base).
    name: "README's ten lines on demand: loadRuleSetFor (vn-learning-society/rule-sets) + compileRuleSet + explainEvaluation",
    code: "import { compileRuleSet, explainEvaluation } from './dist/index.js'; import { loadRuleSetFor } from './dist/rule-sets/index.js'; export const explain = async (a, date) => explainEvaluation(compileRuleSet(await loadRuleSetFor('learning-family', date))(a));",
    load: 'dist/catalogue/generated/chunks/learning-family-khvn-2021.js',
    gzip: 32 * 1024,
    readme: true,
  },
  // The id of the rule set in force, from the rule sets' periods, without any rule set (issue 23): mostly the checks
  // of its arguments and their messages, with the register of places that a jurisdiction code is checked against.
  { name: 'ruleSetIdFor', code: "export { ruleSetIdFor } from './dist/index.js';", gzip: 10 * 1024 },
  // vn-learning-society/rule-sets bundled without code splitting: every import() is inlined, so every chunk comes along.
  { name: 'rule-sets: the whole entry point, not code-split', code: "export * from './dist/rule-sets/index.js';", gzip: 40 * 1024 },
  {
    // A portal's form: the JSON Schema of one rule set's assessments, written without zod (32 KB before issue 14).
    name: 'assessmentJsonSchema + one rule set',
    code: "import { assessmentJsonSchema, learningFamilyKhvn2015 } from './dist/index.js'; export const form = () => assessmentJsonSchema(learningFamilyKhvn2015);",
    gzip: 8 * 1024,
  },
  {
    name: 'getRuleSet (every shipped rule set) + evaluate',
    code: "import { evaluate, getRuleSet } from './dist/index.js'; export const score = (id, a) => evaluate(getRuleSet(id), a);",
    // 70 KB until issue 13: two more rule sets (TT 22/2020), the learning citizen's 100-point sheet, and the question
    // every uncertain value asks (+9 KB of data); 80 KB until issue 14 took zod and decimal.js out of scoring.
    gzip: 45 * 1024,
  },
  // 120 KB until issue 10 (argument checks, suggestions, ISO province codes, fork explanations: +4 KB); 126 KB until
  // issue 13 (the data above, confirmations in the schemas, provisional verdicts, fork impact: +12 KB); 138 KB until
  // issue 14 moved the zod schemas and JSON Schemas to vn-learning-society/schemas and gave every parser a zod-free
  // check (src/core/internal/check.ts; zod was 28 KB of it). 100 KB until issue 23 gave the core one identity for places
  // (the 63 + 34 provinces with their ISO codes and merges, target selection with notes: +4 KB); 105 KB until issue 26
  // (the 2025 reform texts in the register, the readings of two recognition rules, a rule set for learning units at
  // commune level: +6 KB of data, most of it the notes that say what is and is not known).
  // 114 (was 112): readings confirmed (readingStatus, confirmReading), the words of a sheet, scanJson and isDocumentId made
  // public for the command line and users alike (issues 25, 26).
  { name: 'the whole library', code: "export * from './dist/index.js';", gzip: 114 * 1024, readme: true },
  // A form or an upload that reads a rule set: the zod-free parser, with its messages in both languages.
  { name: 'parseRuleSet', code: "export { parseRuleSet } from './dist/index.js';", gzip: 10 * 1024 },
  // vn-learning-society/schemas: one zod schema (zod itself is most of it), and the whole entry point (every schema,
  // the JSON Schemas and their help in both languages).
  { name: 'schemas: ruleSetSchema', code: "export { ruleSetSchema } from './dist/schemas/index.js';", gzip: 36 * 1024 },
  { name: 'schemas: the whole entry point', code: "export * from './dist/schemas/index.js';", gzip: 50 * 1024 },
  // vn-learning-society/units/2025 (issue 23): the 2025 list alone, what a portal keying households by today's communes
  // pays: unitByCode, and the whole entry point (findUnit's search by spelling, listUnits, unitChecker).
  { name: 'units/2025: unitByCode', code: "export { unitByCode } from './dist/units/2025/index.js';", gzip: 40 * 1024, readme: true },
  { name: 'units/2025: the whole entry point', code: "export * from './dist/units/2025/index.js';", gzip: 40 * 1024 },
  // vn-learning-society/units: a public function carries every list it may be asked about (unitByCode: both lists),
  // and the whole entry point the merge tables and carry-over too.
  { name: 'units: unitByCode', code: "export { unitByCode } from './dist/units/index.js';", gzip: 150 * 1024, readme: true },
  { name: 'units: the whole entry point', code: "export * from './dist/units/index.js';", gzip: 250 * 1024 },
  // vn-learning-society/charts: SVG charts, with the exact percentages they print (decimal.js).
  { name: 'charts: progressChartSvg', code: "export { progressChartSvg } from './dist/charts/index.js';", gzip: 25 * 1024 },
  // vn-learning-society/sheets: reading a workbook in a browser (fflate and the library's own reader) and reading assessments from
  // it; and the whole entry point (writing with write-excel-file, the template, the report-table check).
  { name: 'sheets: readWorkbook + readAssessmentSheet', code: "export { readWorkbook, readAssessmentSheet } from './dist/sheets/index.js';", gzip: 45 * 1024 },
  { name: 'sheets: the whole entry point', code: "export * from './dist/sheets/index.js';", gzip: 90 * 1024 },
  // vn-learning-society/cases: test cases as data: the yaml reader (about 30 KB) and, since a case names its rule set by
  // id, every shipped rule set with the core's scoring (about 50 KB). 130 KB until issue 14 took zod out of the core.
  // 92: the core it carries grew by the readings' confirmation and the words and JSON scan made public (issue 25, 26).
  { name: 'cases: the whole entry point', code: "export * from './dist/cases/index.js';", gzip: 92 * 1024 },
  // vn-learning-society/documents: a decision as data (with the recognition rules it looks up and the numbers in words),
  // and the whole entry point, with the docx writer (about 90 KB of it) and fflate.
  // 30 KB until issue 23: the recognition rules are looked up by place (the register of provinces, +2.9 KB); 32 KB
  // until issue 26: every recognition rule comes with its sources written whole, and the two rules from 1 July 2025
  // cite four 2025 texts and carry two readings each (+4.3 KB).
  { name: 'documents: recognitionDecision + documentText', code: "export { recognitionDecision, documentText } from './dist/documents/index.js';", gzip: 36 * 1024 },
  { name: 'documents: the whole entry point', code: "export * from './dist/documents/index.js';", gzip: 125 * 1024 },
  // vn-learning-society/sql: SQL text generated from a rule set, with the core's validation and scoring it calls
  // (compileRuleSet checks the rule set and each row of assessmentRow). 19.1 KB when added (issue 28); 32 KB while it
  // imported ROUNDINGS from the core, which brought decimal.js.
  { name: 'sql: the whole entry point', code: "export * from './dist/sql/index.js';", gzip: 24 * 1024 },
];

const ESBUILD_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
  // The entry points beside the core import it by the package's name.
  alias: { 'vn-learning-society': './dist/index.js' },
};

const sizesOf = (bytes) => ({ minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });

/**
 * Bundles `code` as an application would and returns its sizes in bytes, and the bundle's text.
 *
 * With `load` (a module of dist/ that the code imports with `import()`, e.g. a rule set `loadRuleSet` loads), the
 * bundle is code-split as an application's bundler splits it (esbuild `splitting`, ESM): the sizes are those of what
 * the page loads first (the entry and the chunks it imports) plus what that one `import()` fetches (its chunk and the
 * chunks it imports that were not loaded already), each file gzipped on its own as a server sends it; `initial` and
 * `loaded` give the two parts, `chunks` the number of files the split made.
 */
export async function measure(code, { load } = {}) {
  const stdin = { contents: code, resolveDir: root, loader: 'js' };
  if (load === undefined) {
    const result = await build({ ...ESBUILD_OPTIONS, stdin });
    const bytes = result.outputFiles[0].contents;
    return { ...sizesOf(bytes), text: result.outputFiles[0].text };
  }
  const result = await build({ ...ESBUILD_OPTIONS, stdin, splitting: true, outdir: join(root, '.size-out'), metafile: true });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((f) => [relative(root, f.path).split(sep).join('/'), f]));
  // The files `from` loads before it runs: itself and every file it imports statically, transitively.
  const closure = (from, seen = new Set()) => {
    if (seen.has(from)) return seen;
    seen.add(from);
    for (const i of outputs[from].imports) if (i.kind === 'import-statement') closure(i.path, seen);
    return seen;
  };
  const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint === '<stdin>');
  const chunk = Object.keys(outputs).find((o) => outputs[o].entryPoint === load);
  if (!entry || !chunk) throw new Error(`size: no chunk for ${load}; the code must import() it (outputs: ${Object.keys(outputs).join(', ')})`);
  const initial = [...closure(entry)];
  const loaded = [...closure(chunk)].filter((f) => !initial.includes(f));
  const total = (list) => list.map((f) => sizesOf(files.get(f).contents)).reduce((a, b) => ({ minified: a.minified + b.minified, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { minified: 0, gzip: 0, brotli: 0 });
  const first = total(initial);
  const then = total(loaded);
  return {
    minified: first.minified + then.minified,
    gzip: first.gzip + then.gzip,
    brotli: first.brotli + then.brotli,
    initial: first,
    loaded: then,
    chunks: Object.keys(outputs).filter((o) => o.endsWith('.js')).length,
    text: [...initial, ...loaded].map((f) => files.get(f).text).join('\n'),
    texts: { initial: initial.map((f) => files.get(f).text).join('\n'), loaded: loaded.map((f) => files.get(f).text).join('\n') },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const rows = [];
  for (const b of BUDGETS) {
    const { text: _text, texts: _texts, ...sizes } = await measure(b.code, b);
    rows.push({ name: b.name, budget: b.gzip, ...sizes });
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    for (const r of rows) {
      const ok = r.gzip <= r.budget;
      const parts = r.initial ? ` = ${kb(r.initial.gzip)} first + ${kb(r.loaded.gzip)} loaded on demand (${r.chunks} chunks in all)` : '';
      console.log(`${ok ? 'ok  ' : 'OVER'} ${r.name}: ${kb(r.gzip)} gzip${parts} (budget ${kb(r.budget)}), ${kb(r.brotli)} brotli, ${kb(r.minified)} minified`);
    }
  }
  if (rows.some((r) => r.gzip > r.budget)) process.exitCode = 1;
}
