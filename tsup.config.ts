import { defineConfig } from 'tsup';

// `npm run build` empties dist/ first; the configs below run side by side and must not clean it themselves.
export default defineConfig([
  {
    // ESM, one file per source module (as date-fns and zod ship): with `"sideEffects": false`, a bundler keeps only
    // the modules an application imports, e.g. `evaluate` and one rule set without the other rule sets, targets
    // or yearbooks. Checked by scripts/size.mjs.
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
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
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
    clean: false,
  },
  {
    // The command line: one CommonJS file; its argument and CSV parsers are bundled in, so the package's run-time
    // dependencies stay zod, date-fns and decimal.js.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['commander', 'csv-parse'],
  },
]);
