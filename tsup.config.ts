import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    // The command line: one ESM file; its argument and CSV parsers are bundled in, so the package's run-time
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
