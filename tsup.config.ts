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
 * An entry point beside the core (`vn-learning-society/<name>`): CommonJS and the type declarations of both formats
 * (its ESM modules come with the core's). The core is required by the package's name, so that
 * `instanceof LearningSocietyError` holds across the entry points.
 */
function sideEntryPoint(name: string, options: { sourcemap: boolean }): Options[] {
  return [
    {
      entry: { [name]: `src/${name}/index.ts` },
      format: ['cjs'],
      dts: true,
      sourcemap: options.sourcemap,
      clean: false,
      target: 'node20',
      external: ['vn-learning-society'],
      esbuildPlugins: [withoutSchemaLines],
    },
    { entry: { [`${name}/index`]: `src/${name}/index.ts` }, format: ['esm'], dts: { only: true }, clean: false, external: ['vn-learning-society'] },
  ];
}

// `npm run build` empties dist/ first; the configs below run side by side and must not clean it themselves.
export default defineConfig([
  {
    // ESM, one file per source module (as date-fns and zod ship): with `"sideEffects": false`, a bundler keeps only
    // the modules an application imports, e.g. `evaluate` and one rule set without the other rule sets, targets
    // or yearbooks. Checked by scripts/size.mjs.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/units/data.ts'],
    format: ['esm'],
    bundle: true,
    // The entry points beside the core (units) import the core by the package's own name: one copy of it at run time.
    external: ['vn-learning-society'],
    esbuildPlugins: [oneFilePerModule, withoutSchemaLines],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'es2022',
  },
  {
    // The unit lists are data: a source map of them would only repeat them (1.5 MB), so this module has none.
    entry: ['src/units/data.ts'],
    outDir: 'dist/units',
    format: ['esm'],
    bundle: true,
    external: ['vn-learning-society'],
    esbuildPlugins: [oneFilePerModule, withoutSchemaLines],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'es2022',
  },
  {
    // CommonJS for require(): one file, and the type declarations for both formats (index.d.cts here).
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
    esbuildPlugins: [withoutSchemaLines],
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  // vn-learning-society/units (one file holding the unit lists: no source map, it would repeat them) and
  // vn-learning-society/charts.
  ...sideEntryPoint('units', { sourcemap: false }),
  ...sideEntryPoint('charts', { sourcemap: true }),
  // vn-learning-society/sheets: .xlsx in and out (read-excel-file and write-excel-file stay dependencies, not bundled).
  ...sideEntryPoint('sheets', { sourcemap: true }),
  // vn-learning-society/cases: test cases as data (yaml stays a dependency, not bundled).
  ...sideEntryPoint('cases', { sourcemap: true }),
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
    esbuildPlugins: [withoutSchemaLines],
    // The units entry point imports the core by the package's name: bundled from the same source files, one copy.
    esbuildOptions(options) {
      options.alias = { 'vn-learning-society': './src/index.ts', 'vn-learning-society/units': './src/units/index.ts', 'vn-learning-society/charts': './src/charts/index.ts', 'vn-learning-society/sheets': './src/sheets/index.ts', 'vn-learning-society/cases': './src/cases/index.ts' };
    },
  },
]);
