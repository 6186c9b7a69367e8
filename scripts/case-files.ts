// Writes the boundary cases of every shipped rule set to data/cases/ (`npm run data:cases`); see scripts/lib/case-files.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { caseFiles } from './lib/case-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}data/cases`, { recursive: true });
const files = caseFiles();
for (const [path, text] of files) writeFileSync(`${root}${path}`, text);
console.log(`data/cases: ${files.size} case files written`);
