// Writes the CommonJS files of the package (`require('vn-learning-society')` and each entry point beside it): one line
// each that requires the ESM build (require(esm), Node 20.19 and later). Loading the package both ways in one program
// then gives one copy of it: no dual-package hazard. Run by `npm run build` after tsup.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// Each target is relative to its CommonJS file (dist/units/2025.cjs requires dist/units/2025/index.js).
const entries = { index: './index.js', 'rule-sets': './rule-sets/index.js', units: './units/index.js', 'units/2025': './2025/index.js', charts: './charts/index.js', sheets: './sheets/index.js', cases: './cases/index.js', schemas: './schemas/index.js', documents: './documents/index.js', sql: './sql/index.js' };
for (const [name, target] of Object.entries(entries)) {
  writeFileSync(`${dist}${name}.cjs`, `'use strict';\n// The ESM build, required: one module graph whether the package is imported or required.\nmodule.exports = require('${target}');\n`);
}
console.log(`dist: ${Object.keys(entries).length} CommonJS files written`);
