// Writes the modules of src/ that list and import the files of data/ (src/catalogue/generated/,
// src/document/place/generated/): `npm run data:catalogue`, after adding or changing a file of data/. Each file is
// written to a temporary file and renamed; a file of those folders that the tree no longer makes is removed.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueModules, GENERATED_DIRS, readDataTree } from './lib/catalogue-modules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const modules = catalogueModules(readDataTree(join(root, 'data')));

const filesUnder = (dir) => {
  try {
    return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
  } catch {
    return [];
  }
};

let written = 0;
for (const [path, text] of modules) {
  const file = join(root, path);
  let old;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old === text) continue;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  written += 1;
}
let removed = 0;
for (const dir of GENERATED_DIRS) {
  for (const file of filesUnder(join(root, dir))) {
    const path = relative(root, file).split(sep).join('/');
    if (!modules.has(path)) {
      rmSync(file);
      removed += 1;
    }
  }
}
console.log(`src/: ${modules.size} catalogue modules from data/ (${written} written, ${removed} removed)`);
