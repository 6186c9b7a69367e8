import { readFile } from 'node:fs/promises';
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
 * there and the CLI requires it from there (`at` is its path from the output file): one copy in the package.
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
  return [
    { entry: { [name]: `src/${name}/index.ts` }, format: ['cjs'], dts: { only: true }, clean: false, external: ['vn-learning-society'] },
    { entry: { [`${name}/index`]: `src/${name}/index.ts` }, format: ['esm'], dts: { only: true }, clean: false, external: ['vn-learning-society'] },
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
  // vn-learning-society/units, vn-learning-society/charts, vn-learning-society/sheets (fflate and
  // write-excel-file stay dependencies, not bundled) and vn-learning-society/cases (yaml stays a dependency).
  ...sideEntryPoint('units'),
  ...sideEntryPoint('charts'),
  ...sideEntryPoint('sheets'),
  ...sideEntryPoint('cases'),
  // vn-learning-society/schemas: the zod schemas and JSON Schemas, which the core's parsers do without.
  ...sideEntryPoint('schemas'),
  // vn-learning-society/documents: decisions, certificates and reports as .docx (read-vietnamese-number stays a
  // dependency; docx is bundled, once, by scripts/vendor-docx.mjs).
  ...sideEntryPoint('documents'),
  {
    // The command line: one CommonJS file; its argument and CSV parsers are bundled in, so the package's run-time
    // dependencies stay zod, date-fns and decimal.js.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    // The command line bundles the unit lists: no source map (it would repeat them).
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['commander', 'csv-parse'],
    esbuildPlugins: [withoutSchemaLines, docxFromVendor('./documents/vendor/docx.js')],
    // The units entry point imports the core by the package's name: bundled from the same source files, one copy.
    esbuildOptions(options) {
      options.alias = { 'vn-learning-society': './src/index.ts', 'vn-learning-society/units': './src/units/index.ts', 'vn-learning-society/charts': './src/charts/index.ts', 'vn-learning-society/sheets': './src/sheets/index.ts', 'vn-learning-society/cases': './src/cases/index.ts', 'vn-learning-society/schemas': './src/schemas/index.ts', 'vn-learning-society/documents': './src/documents/index.ts' };
    },
  },
]);
