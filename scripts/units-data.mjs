// Writes data/units/ from scripts/units-source/ (see scripts/lib/units-data.mjs). Run: npm run data:units
import { writeFileSync } from 'node:fs';
import { formatJson } from './lib/json-format.mjs';
import { unitsData } from './lib/units-data.mjs';

const out = new URL('../data/units/', import.meta.url);
for (const [name, data] of Object.entries(unitsData(new URL('./units-source/', import.meta.url)))) writeFileSync(new URL(name, out), formatJson(data));
