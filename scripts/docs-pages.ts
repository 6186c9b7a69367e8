// Writes the pages of docs/ generated from data/ (the sources page and one page per rule set, in English and
// Vietnamese): `npm run docs:pages`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsPages } from './lib/docs-pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = docsPages();
for (const [path, text] of pages) {
  mkdirSync(dirname(`${root}${path}`), { recursive: true });
  writeFileSync(`${root}${path}`, text);
}
console.log(`docs: ${pages.size} pages written from data/`);
