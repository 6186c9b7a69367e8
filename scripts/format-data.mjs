// Lays out every JSON file of data/ (except the generated schemas) as scripts/lib/json-format.mjs writes it, after a
// hand edit: `npm run data:format`. The test of data/ fails on a file laid out otherwise.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatJson } from './lib/json-format.mjs';

const data = fileURLToPath(new URL('../data/', import.meta.url));
let changed = 0;
for (const dir of readdirSync(data, { withFileTypes: true })) {
  if (!dir.isDirectory() || dir.name === 'schemas' || dir.name === 'units') continue;
  for (const name of readdirSync(join(data, dir.name))) {
    if (!name.endsWith('.json')) continue;
    const file = join(data, dir.name, name);
    const text = readFileSync(file, 'utf8');
    const out = formatJson(JSON.parse(text));
    if (out !== text) {
      writeFileSync(file, out);
      changed += 1;
    }
  }
}
console.log(`data/: ${changed} file(s) laid out`);
