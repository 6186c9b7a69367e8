// Writes data/schemas/*.schema.json from the library's zod schemas: `npm run data:schemas`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatJson } from './lib/json-format.mjs';
import { dataSchemas } from './lib/data-schemas.js';

const dir = new URL('../data/schemas/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(dataSchemas())) writeFileSync(new URL(name, dir), formatJson(schema));
console.log(`data/schemas: ${Object.keys(dataSchemas()).length} schemas written`);
