import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * Keeps each source module a module of its own in the ESM build (its imports of other modules stay imports), while
 * the JSON files of data/ that a catalogue module imports are inlined into it: the package then runs in Node and in
 * browsers without JSON modules, and a bundler still drops the shipped documents an application does not use.
 */
const oneFilePerModule: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'one-file-per-module',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

/**
 * `docx` is not a run-time dependency (its own dependencies, nanoid 6 and @types/node, would not install on Node 20
 * under `--engine-strict`: issue 23, docs/dependencies.md). scripts/vendor-docx.mjs writes the part of it the library
 * uses to dist/documents/vendor/docx.js, one self-contained minified module, after tsup; the ESM build imports it from
 * there (`at` is its path from the output file), and the CLI reaches it through the ESM build: one copy in the package.
 */
const docxFromVendor = (at: string): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'docx-from-vendor',
  setup(build) {
    build.onResolve({ filter: /^docx(?:\/.*)?$/ }, (args) => {
      if (args.path !== 'docx') throw new Error(`${args.importer}: import from 'docx' itself; scripts/vendor-docx.mjs bundles only that`);
      return { path: at, external: true };
    });
  },
});

/** The package's entry points by the names the CLI imports them with, as files of dist/ beside dist/cli.cjs. */
const ENTRY_POINTS: Readonly<Record<string, string>> = {
  'vn-learning-society': './index.js',
  'vn-learning-society/units': './units/index.js',
  'vn-learning-society/charts': './charts/index.js',
  'vn-learning-society/sheets': './sheets/index.js',
  'vn-learning-society/cases': './cases/index.js',
  'vn-learning-society/schemas': './schemas/index.js',
  'vn-learning-society/documents': './documents/index.js',
  'vn-learning-society/sql': './sql/index.js',
};

/**
 * The command line bundles only itself (src/cli/) and its argument and CSV parsers: the library it calls is the
 * package's own ESM build beside it (issue 23). An import of the package by name becomes a `require` (or, written
 * `await import(…)`, an `import()`) of that entry point's module in dist/; a relative import of a module of src/
 * outside src/cli/ is refused, since the command line uses only the public entry points (issue 25). So the library is in the package once, not twice (the CLI
 * was a 1.9 MB bundle of all of it, unit lists included); a file is loaded only when a command reaches it (the heavy
 * entry points by `await import(…)` in the commands that need them); and the CLI and the library are one module graph
 * (an error thrown by the library is an `instanceof LearningSocietyError` in the CLI). A CommonJS file requiring ESM
 * is require(esm), as the package's CommonJS files do (Node 20.19 and later).
 */
const libraryFromDist: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-from-dist',
  setup(build) {
    const src = resolve('src');
    const cli = resolve(src, 'cli');
    build.onResolve({ filter: /^vn-learning-society(?:\/.*)?$/ }, (args) => {
      const path = ENTRY_POINTS[args.path];
      if (path === undefined) throw new Error(`${args.importer}: '${args.path}' is not an entry point of the package`);
      return { path, external: true };
    });
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(src + sep) || target.startsWith(cli + sep)) return undefined;
      // The command line uses the library as users do (issue 25): test/project/layers.test.ts says so too, before a build.
      throw new Error(`${args.importer}: '${args.path}' is a module of the library; the command line imports the library by the package's name only (vn-learning-society, vn-learning-society/sheets, …)`);
    });
  },
};

/** The command line prints the package's version (`--version`): of package.json, it carries that field alone. */
const versionOnly: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'version-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]package\.json$/ }, async (args) => {
      const { version } = JSON.parse(await readFile(args.path, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};

/** The `$schema` line of a file of data/ is for editors; the built package leaves it out. */
const withoutSchemaLines: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'without-schema-lines',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/].*\.json$/ }, async (args) => {
      const { $schema: _schema, ...doc } = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
      return { contents: JSON.stringify(doc), loader: 'json' };
    });
  },
};

/**
 * An entry point beside the core (`vn-learning-society/<name>`): the type declarations of both formats. Its ESM
 * modules come with the core's, and its CommonJS file is a one-line `require` of them, written by
 * scripts/cjs-wrappers.mjs: one module graph whichever way it is loaded.
 */
function sideEntryPoint(name: string): Options[] {
  // The core, and another entry point whose types this one shares (units/2025 those of units), stay imports.
  const external = ['vn-learning-society', /^vn-learning-society\//];
  return [
    { entry: { [name]: `src/${name}/index.ts` }, format: ['cjs'], dts: { only: true }, clean: false, external },
    { entry: { [`${name}/index`]: `src/${name}/index.ts` }, format: ['esm'], dts: { only: true }, clean: false, external },
  ];
}

// `npm run build` empties dist/ first; the configs below run side by side and must not clean it themselves.
export default defineConfig([
  {
    // ESM, one file per source module (as date-fns and zod ship): with `"sideEffects": false`, a bundler keeps only
    // the modules an application imports, e.g. `evaluate` and one rule set without the other rule sets, targets
    // or yearbooks. Checked by scripts/size.mjs.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: true,
    // The entry points beside the core (units) import the core by the package's own name: one copy of it at run time.
    external: ['vn-learning-society'],
    // src/documents/docx.ts becomes dist/documents/docx.js, beside vendor/.
    esbuildPlugins: [oneFilePerModule, withoutSchemaLines, docxFromVendor('./vendor/docx.js')],
    // A data file imported by two modules is inlined into each, never shared through a chunk: a rule set's chunk for
    // loadRuleSet (src/catalogue/generated/chunks/) must import nothing the core imports, or esbuild, code-splitting an
    // application, would load every chunk at start (src/catalogue/rule-sets/chunk.ts).
    splitting: false,
    // Vietnamese letters as they are (UTF-8, which every ES module is read as), not as \uXXXX escapes: the data of the
    // unit lists and rule sets takes 10 to 40 % less room (issue 23: 228 KB of the installed package).
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
    dts: false,
    // No source maps: the modules are one per source file and not minified, so they read as the source does; the maps
    // were most of the installed size (2.6 MB).
    sourcemap: false,
    clean: false,
    target: 'es2022',
  },
  {
    // The type declarations of require() (index.d.cts). The CommonJS file itself is one line that requires the ESM
    // build (require(esm), Node 20.19 and later; scripts/cjs-wrappers.mjs writes it): a program that both imports and
    // requires the package gets one copy of it, and `instanceof LearningSocietyError` holds across the two.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { only: true },
    clean: false,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  // vn-learning-society/rule-sets: the shipped rule sets on demand, one chunk each (the core does not import it).
  ...sideEntryPoint('rule-sets'),
  // vn-learning-society/units, vn-learning-society/charts, vn-learning-society/sheets (fflate and
  // write-excel-file stay dependencies, not bundled) and vn-learning-society/cases (yaml stays a dependency).
  ...sideEntryPoint('units'),
  // vn-learning-society/units/2025: the 2025 list alone, without the list before the reform and the merge table.
  ...sideEntryPoint('units/2025'),
  ...sideEntryPoint('charts'),
  ...sideEntryPoint('sheets'),
  ...sideEntryPoint('cases'),
  // vn-learning-society/schemas: the zod schemas and JSON Schemas, which the core's parsers do without.
  ...sideEntryPoint('schemas'),
  // vn-learning-society/documents: decisions, certificates and reports as .docx (read-vietnamese-number stays a
  // dependency; docx is bundled, once, by scripts/vendor-docx.mjs).
  ...sideEntryPoint('documents'),
  // vn-learning-society/sql: a rule set compiled to SQL (DuckDB, PostgreSQL); no dependency of its own.
  ...sideEntryPoint('sql'),
  {
    // The command line: one CommonJS file of its own code, with its argument and CSV parsers bundled in (the package's
    // run-time dependencies stay those of the library); the library is loaded from dist/ (libraryFromDist).
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['commander', 'csv-parse'],
    esbuildPlugins: [libraryFromDist, versionOnly],
  },
]);
