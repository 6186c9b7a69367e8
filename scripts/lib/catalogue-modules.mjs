// The data tree is the catalogue (issue 25): the TypeScript modules that list and import the shipped documents are
// written from the files of data/, so that adding a rule set, target table, recognition rule, plan, yearbook plan or
// register entry is adding its JSON file (and, for a rule set, its case file: `npm run data:cases`) and running
// `npm run data:catalogue`. src/ does no I/O: these modules import the files (tsup inlines each into the module that
// imports it), one constant per document, so that a bundler keeps only the documents an application uses.
//
// `readDataTree(dir)` reads a tree; `catalogueModules(tree)` is a pure function of it and returns every generated file
// by its path from the repository's root. test/catalogue/catalogue-modules.test.ts fails when a committed file is stale, and
// proves on a copy of the tree that a rule set added as a file alone reaches every list.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of data/ the catalogue lists, each a kind of document. */
export const CATALOGUE_FOLDERS = ['legal-sources', 'rule-sets', 'targets', 'recognition', 'plans', 'yearbooks'];

/** The first lines of every generated file. */
export const GENERATED_HEADER = [
  '// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.',
  '// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.',
  '',
].join('\n');

/** The folders the generated modules live in (the script removes a file there that it no longer writes). */
export const GENERATED_DIRS = ['src/catalogue/generated', 'src/document/place/generated'];

/**
 * The order the catalogue listed each kind in before it was generated, kept so that `listRuleSets()`,
 * `BUILT_IN_RULE_SET_IDS`, `LEGAL_DOCUMENTS`, `listTargets()` (whose order decides between two national tables),
 * `SEED_PLANS` (the seeds' order) and the command line's lists do not change. A file not named here comes after these,
 * in the order of file names: a new file needs no edit here.
 */
const ORDER = {
  'legal-sources': [
    'qd-281-ttg', 'qd-448-khvn', 'cv-6782-bgddt', 'tt-44-2014', 'qd-645-bgddt', 'qd-1373-ttg', 'qd-387-ttg', 'qd-677-ttg',
    'qd-324-khvn', 'khvn-criteria-2021', 'tt-22-2020', 'vinh-long-dvht-2016', 'tt-24-2023', 'tt-25-2023',
    'kh-59-sgddt-hkh-2023', 'qd-89-ttg', 'kh-1844-ubnd-long-an', 'kh-34-bcd-long-an', 'kh-42-sgddt-hkh-2023',
    'kh-4344-ubnd-hcmc', 'kh-204-hai-phong-2024', 'kh-254-ubnd-hai-phong', 'nq-09-2023-hdnd-hai-phong',
    'cv-1181-ubnd-hai-phong', 'cv-1182-ubnd-hai-phong', 'ctph-2381-ben-tre', 'ctr-681-bgddt-hkhvn', 'kh-3799-ubnd-ben-tre',
    'kh-13-hkh-ben-tre', 'kh-dong-thap-2030', 'kh-sgddt-long-an-2020', 'nd-142-2025', 'nd-143-2025', 'tt-11-2025-bgddt',
    'tt-26-2025-bgddt', 'qd-1315-ttg', 'nq-71-tw-2025', 'nq-281-cp-2025',
  ],
  'rule-sets': [
    'learning-family-khvn-2015', 'learning-clan-khvn-2015', 'learning-community-hamlet-khvn-2015',
    'learning-unit-grassroots-khvn-2015', 'learning-community-commune-tt44-2014', 'learning-community-commune-tt25-2023',
    'learning-community-district-tt25-2023', 'learning-community-province-tt25-2023', 'learning-unit-district-tt22-2020',
    'learning-unit-province-tt22-2020', 'learning-unit-province-vinh-long-2016', 'learning-unit-district-tt24-2023',
    'learning-unit-province-tt24-2023', 'learning-unit-commune-tt24-2025', 'learning-citizen-khvn-2022',
    'learning-family-khvn-2021', 'learning-clan-khvn-2021', 'learning-community-hamlet-khvn-2021',
    'learning-unit-grassroots-khvn-2021',
  ],
  targets: ['targets-qd-281-2014', 'targets-qd-1373-2021', 'targets-qd-387-2022', 'targets-qd-677-2022', 'targets-dong-thap-2030', 'targets-hcmc-2023'],
  recognition: [
    'learning-family-recognition', 'learning-clan-recognition', 'learning-community-hamlet-recognition',
    'learning-unit-grassroots-recognition', 'learning-community-commune-tt44', 'learning-community-commune-tt25',
    'learning-community-commune-tt25-two-tier', 'learning-community-district-tt25', 'learning-community-province-tt25',
    'learning-unit-district-tt24', 'learning-unit-commune-tt24-two-tier', 'learning-unit-province-tt24',
    'learning-citizen-recognition',
  ],
  plans: ['plan-long-an-yearbook-2020', 'plan-dong-thap-2030', 'plan-hcmc-2023', 'plan-hai-phong-study-promotion-month-2024', 'programme-ben-tre-2017-2020'],
  yearbooks: ['yearbook-long-an-2020'],
};

/**
 * Reads the files the catalogue lists: `{ 'rule-sets/<id>.json': json, …, 'places/provinces.json': json }`.
 *
 * @param {string} dataDir the data/ folder
 * @returns {Record<string, unknown>}
 */
export function readDataTree(dataDir) {
  const tree = {};
  for (const folder of CATALOGUE_FOLDERS) {
    for (const name of readdirSync(join(dataDir, folder)).filter((n) => n.endsWith('.json')).sort()) {
      tree[`${folder}/${name}`] = JSON.parse(readFileSync(join(dataDir, folder, name), 'utf8'));
    }
  }
  tree['places/provinces.json'] = JSON.parse(readFileSync(join(dataDir, 'places', 'provinces.json'), 'utf8'));
  return tree;
}

/** An error of the data tree, in both languages, naming the file. */
class DataTreeError extends Error {
  constructor(file, vi, en) {
    super(`data/${file}: ${en} / ${vi}`);
    this.name = 'DataTreeError';
    this.file = file;
  }
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const words = (id) => id.split('-');
/** `learning-family-khvn-2015` → `learningFamilyKhvn2015` (a module-local name). */
const camel = (id) => words(id).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
/** `qd-448-khvn` → `QD_448_KHVN` (an exported constant). */
const snake = (id) => words(id).join('_').toUpperCase();
const quote = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The documents of one folder, each `{ file, id, json }`, in catalogue order; a file is named by its document's id. */
function documentsOf(tree, folder) {
  const docs = Object.keys(tree)
    .filter((path) => path.startsWith(`${folder}/`))
    .map((file) => {
      const json = tree[file];
      if (!isObj(json)) throw new DataTreeError(file, 'không phải một đối tượng JSON', 'not a JSON object');
      const id = isObj(json.meta) ? json.meta.id : json.id;
      if (typeof id !== 'string' || !ID.test(id)) throw new DataTreeError(file, `mã "${String(id)}" không hợp lệ (chữ thường, số và dấu gạch ngang)`, `invalid id "${String(id)}" (lower-case letters, digits and hyphens)`);
      if (file !== `${folder}/${id}.json`) throw new DataTreeError(file, `tệp phải mang tên theo mã của nó: ${folder}/${id}.json`, `a file is named by its id: ${folder}/${id}.json`);
      return { file, id, json };
    });
  const known = ORDER[folder] ?? [];
  const rank = (id) => (known.includes(id) ? known.indexOf(id) : known.length);
  return docs.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The one place the generator resolves a document's source references against the register: the ids of the entries
 * the file cites (`sources`, or `meta.sources` of a fork), each once, in the file's order. A reference to an id the
 * register (data/legal-sources/) does not hold is an error naming the file and the id. A source written whole (no
 * `ref`) cites no entry.
 */
export function citedEntries(file, doc, register) {
  const list = isObj(doc.meta) ? doc.meta.sources : doc.sources;
  const ids = [];
  for (const item of Array.isArray(list) ? list : []) {
    if (!isObj(item) || !('ref' in item)) continue;
    if (!register.has(item.ref)) {
      throw new DataTreeError(file, `trích dẫn "${String(item.ref)}", không có trong danh mục căn cứ (data/legal-sources/)`, `cites "${String(item.ref)}", which is not in the register of legal sources (data/legal-sources/)`);
    }
    if (!ids.includes(item.ref)) ids.push(item.ref);
  }
  return ids;
}

const jsonImport = (name, path) => `import ${name} from '${path}' with { type: 'json' };`;
const list = (items, indent = '  ') => items.map((i) => `${indent}${i},`).join('\n');

/** src/catalogue/generated/legal-sources.ts: one constant per register entry, and the register in catalogue order. */
function legalSourcesModule(entries) {
  return `${GENERATED_HEADER}import type { LegalSource } from '../../document/legal-source/index.js';
import { shipped } from '../shipped/index.js';
${entries.map((e) => jsonImport(`${camel(e.id)}File`, `../../../data/${e.file}`)).join('\n')}

// One constant per entry of the register (data/legal-sources/), for the catalogue's wiring: each shipped document
// is built with the entries it cites, so that a bundle carries only those.
${entries.map((e) => `/** \`data/${e.file}\`. @internal */\nexport const ${snake(e.id)}: LegalSource = /* @__PURE__ */ shipped<LegalSource>(${camel(e.id)}File);`).join('\n')}

/** Every entry of the register, in catalogue order. @internal */
export const REGISTER_ENTRIES: readonly LegalSource[] = /* @__PURE__ */ (() => [
${list(entries.map((e) => snake(e.id)))}
])();
`;
}

/** The import of the register constants a module uses, sorted. */
function registerImport(ids) {
  const names = [...new Set(ids)].map(snake).sort();
  return names.length === 0 ? '' : `import { ${names.join(', ')} } from './legal-sources.js';\n`;
}

/** `shipped<T>(file, [entries])`: a shipped document, its references resolved from the entries it cites. */
const shippedCall = (type, fileVar, cited) => `/* @__PURE__ */ shipped<${type}>(${fileVar}${cited.length > 0 ? `, [${cited.map(snake).join(', ')}]` : ''})`;

/** The rule sets in declaration order: a fork after its base (catalogue order otherwise); a missing base or a loop is an error. */
function declarationOrder(ruleSets) {
  const byId = new Map(ruleSets.map((r) => [r.id, r]));
  const out = [];
  const state = new Map();
  const visit = (r, chain) => {
    if (state.get(r.id) === 'done') return;
    if (state.get(r.id) === 'visiting') throw new DataTreeError(r.file, `vòng phái sinh: ${[...chain, r.id].join(' → ')}`, `forks in a loop: ${[...chain, r.id].join(' → ')}`);
    state.set(r.id, 'visiting');
    if (r.base !== undefined) {
      const base = byId.get(r.base);
      if (!base) throw new DataTreeError(r.file, `bản gốc "${String(r.base)}" không có trong data/rule-sets/`, `its base "${String(r.base)}" is not in data/rule-sets/`);
      visit(base, [...chain, r.id]);
    }
    state.set(r.id, 'done');
    out.push(r);
  };
  for (const r of ruleSets) visit(r, []);
  return out;
}

const PERIOD_FIELDS = ['model', 'level', 'validFrom', 'validTo'];

/**
 * What chooses a rule set without loading it (src/catalogue/rule-sets/periods.ts): its id, model, level, jurisdiction
 * and period, for a fork as the fork mechanism builds them (src/document/fork/assemble.ts): the base's, changed by the
 * patch (`null` removes), then the meta's jurisdiction and dates. test/catalogue/rule-sets-load.test.ts proves they agree with
 * the rule sets built.
 */
function periodOf(r, byId) {
  const own = {};
  if (r.base === undefined) {
    for (const k of PERIOD_FIELDS) if (r.json[k] !== undefined) own[k] = r.json[k];
    own.jurisdiction = r.json.jurisdiction?.code;
  } else {
    Object.assign(own, periodOf(byId.get(r.base), byId));
    const patch = isObj(r.json.patch) ? r.json.patch : {};
    for (const k of PERIOD_FIELDS) {
      if (!(k in patch)) continue;
      if (patch[k] === null) delete own[k];
      else own[k] = patch[k];
    }
    const meta = r.json.meta;
    own.jurisdiction = meta.jurisdiction?.code;
    if (meta.validFrom) own.validFrom = meta.validFrom;
    if (meta.validTo) own.validTo = meta.validTo;
  }
  return own;
}

function periodLine(r, byId) {
  const p = periodOf(r, byId);
  const parts = [`id: ${quote(r.id)}`, `model: ${quote(p.model)}`];
  if (p.level !== undefined) parts.push(`level: ${quote(p.level)}`);
  parts.push(`jurisdiction: { code: ${quote(p.jurisdiction)} }`, `validFrom: ${quote(p.validFrom)}`);
  if (p.validTo !== undefined) parts.push(`validTo: ${quote(p.validTo)}`);
  return `{ ${parts.join(', ')} }`;
}

/** src/catalogue/generated/rule-sets.ts: one constant per rule set (a fork built on its base), and the list. */
function ruleSetsModule(ruleSets) {
  const forks = ruleSets.some((r) => r.base !== undefined);
  const name = (id) => `RULE_SET_${snake(id)}`;
  const decl = declarationOrder(ruleSets).map((r) => {
    const what = r.base === undefined ? '' : `, a fork of \`${r.base}\``;
    const value = r.base === undefined
      ? shippedCall('RuleSet', `${camel(r.id)}File`, r.cited)
      : `/* @__PURE__ */ shippedFork(${camel(r.id)}File, ${name(r.base)}, RULE_SET_KEYED_FIELDS${r.cited.length > 0 ? `, [${r.cited.map(snake).join(', ')}]` : ''})`;
    return `/** \`data/${r.file}\`${what}. @internal */\nexport const ${name(r.id)}: RuleSet = ${value};`;
  });
  return `${GENERATED_HEADER}${forks ? "import { RULE_SET_KEYED_FIELDS } from '../../rules/rule-set/keyed.js';\n" : ''}import type { RuleSet } from '../../rules/rule-set/schema.js';
import { ${forks ? 'shipped, shippedFork' : 'shipped'} } from '../shipped/index.js';
${registerImport(ruleSets.flatMap((r) => r.cited))}${ruleSets.map((r) => jsonImport(`${camel(r.id)}File`, `../../../data/${r.file}`)).join('\n')}

// The shipped rule sets, read from data/rule-sets/ (one file each: a whole rule set, or a fork of another shipped one).
// Each is built once, frozen, and dropped by a bundler when the application does not use it.
${decl.join('\n')}

/** Every shipped rule set, in catalogue order. @internal */
export const RULE_SETS: readonly RuleSet[] = /* @__PURE__ */ (() => [
${list(ruleSets.map((r) => name(r.id)))}
])();
`;
}

/** src/catalogue/generated/rule-set-periods.ts: each rule set's period, without the rule set. */
function periodsModule(ruleSets) {
  const byId = new Map(ruleSets.map((r) => [r.id, r]));
  return `${GENERATED_HEADER}/** Every shipped rule set's id, model, level, jurisdiction and period, in catalogue order (see \`RULE_SET_PERIODS\`). @internal */
export const PERIODS = [
${list(ruleSets.map((r) => periodLine(r, byId)))}
] as const;
`;
}

/** src/catalogue/generated/chunks/<id>.ts: what `loadRuleSet` fetches for one rule set, data only. */
function chunkModule(r) {
  const sources = r.cited.map((id) => camel(id));
  const imports = [
    "import type { RuleSetChunk } from '../../rule-sets/chunk.js';",
    ...(r.base !== undefined ? [`import { chunk as base } from './${r.base}.js';`] : []),
    jsonImport('file', `../../../../data/${r.file}`),
    ...r.cited.map((id) => jsonImport(camel(id), `../../../../data/legal-sources/${id}.json`)),
  ];
  const doc = r.base !== undefined
    ? `/**\n * For \`loadRuleSet\`: the file of \`${r.id}\` and the register entries it cites,\n * with the chunk of the rule set it forks.\n */`
    : `/** For \`loadRuleSet\`: the file of \`${r.id}\` and the register entries it cites. */`;
  return `${GENERATED_HEADER}${imports.join('\n')}

${doc}
export const chunk: RuleSetChunk = { file, sources: [${sources.join(', ')}]${r.base !== undefined ? ', base' : ''} };
`;
}

/** src/catalogue/generated/rule-set-chunks.ts: each rule set's chunk, imported on demand (for `vn-learning-society/rule-sets`). */
function chunksModule(ruleSets) {
  return `${GENERATED_HEADER}import type { RuleSetChunk } from '../rule-sets/chunk.js';

/**
 * Each shipped rule set's chunk, imported on demand. Every \`import()\` names its module literally, so that a bundler
 * splits each into a file of its own and fetches only the one asked for; Node loads it from the package's \`dist/\`.
 * Only \`vn-learning-society/rule-sets\` imports this module (a bundle without code splitting would carry every chunk).
 *
 * @internal
 */
export const RULE_SET_CHUNKS: ReadonlyMap<string, () => Promise<{ readonly chunk: RuleSetChunk }>> = /* @__PURE__ */ new Map([
${list(ruleSets.map((r) => `[${quote(r.id)}, () => import('./chunks/${r.id}.js')]`))}
]);
`;
}

/** A module of one kind of document: one constant each (when `prefix` is given) and the list in catalogue order. */
function documentsModule(docs, { type, typeFrom, folderNote, prefix, listName }) {
  const value = (d) => shippedCall(type, `${camel(d.id)}File`, d.cited);
  const consts = prefix
    ? `\n${docs.map((d) => `/** \`data/${d.file}\`. @internal */\nexport const ${prefix}${snake(d.id)}: ${type} = ${value(d)};`).join('\n')}\n`
    : '';
  const items = prefix ? docs.map((d) => `${prefix}${snake(d.id)}`) : docs.map(value);
  return `${GENERATED_HEADER}import type { ${type} } from '${typeFrom}';
import { shipped } from '../shipped/index.js';
${registerImport(docs.flatMap((d) => d.cited))}${docs.map((d) => jsonImport(`${camel(d.id)}File`, `../../../data/${d.file}`)).join('\n')}
${consts}
/** Every shipped ${folderNote}, in catalogue order. @internal */
export const ${listName}: readonly ${type}[] = /* @__PURE__ */ (() => [
${list(items)}
])();
`;
}

/** src/document/place/generated/codes.ts: the statistics codes of the provinces of each list of data/places/provinces.json. */
function provinceCodesModule(places) {
  const file = 'places/provinces.json';
  if (!isObj(places) || !isObj(places.lists)) throw new DataTreeError(file, 'thiếu "lists"', 'no "lists"');
  const lines = Object.keys(places.lists).sort().map((list) => {
    const provinces = places.lists[list].provinces;
    if (!Array.isArray(provinces)) throw new DataTreeError(file, `danh sách ${list} không có "provinces"`, `the list ${list} has no "provinces"`);
    return `${quote(list)}: ${quote(provinces.map((p) => p[0]).join(' '))},`;
  });
  return `${GENERATED_HEADER}/** The statistics codes of the provinces of each list of \`data/places/provinces.json\`, in order, separated by spaces. @internal */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
${lines.map((l) => `  ${l}`).join('\n')}
};
`;
}

/**
 * Every generated module, by its path from the repository's root, written from a data tree (see
 * {@link readDataTree}). Deterministic: the same tree gives the same text.
 *
 * @param {Record<string, unknown>} tree
 * @returns {Map<string, string>}
 */
export function catalogueModules(tree) {
  const entries = documentsOf(tree, 'legal-sources');
  const register = new Set(entries.map((e) => e.id));
  const withCited = (folder) => documentsOf(tree, folder).map((d) => ({ ...d, cited: citedEntries(d.file, d.json, register) }));
  const ruleSets = withCited('rule-sets').map((r) => ({ ...r, ...(r.json.base !== undefined ? { base: r.json.base } : {}) }));
  for (const r of ruleSets) {
    if (r.base !== undefined && (typeof r.base !== 'string' || !isObj(r.json.meta))) throw new DataTreeError(r.file, 'tệp phái sinh cần "base" (chuỗi) và "meta"', 'a fork file needs "base" (a string) and "meta"');
  }
  declarationOrder(ruleSets); // a missing base or a loop is an error before any file is written

  const out = new Map();
  const g = 'src/catalogue/generated';
  out.set(`${g}/legal-sources.ts`, legalSourcesModule(entries));
  out.set(`${g}/rule-sets.ts`, ruleSetsModule(ruleSets));
  out.set(`${g}/rule-set-periods.ts`, periodsModule(ruleSets));
  out.set(`${g}/rule-set-chunks.ts`, chunksModule(ruleSets));
  for (const r of ruleSets) out.set(`${g}/chunks/${r.id}.ts`, chunkModule(r));
  out.set(`${g}/targets.ts`, documentsModule(withCited('targets'), { type: 'TargetTable', typeFrom: '../../programme/targets/schema.js', folderNote: 'target table (data/targets/)', prefix: 'TARGET_TABLE_', listName: 'TARGET_TABLES' }));
  out.set(`${g}/recognition.ts`, documentsModule(withCited('recognition'), { type: 'RecognitionRule', typeFrom: '../../programme/recognition/schema.js', folderNote: 'recognition rule (data/recognition/)', listName: 'RECOGNITION_RULES' }));
  out.set(`${g}/plans.ts`, documentsModule(withCited('plans'), { type: 'Plan', typeFrom: '../../programme/plan/schema.js', folderNote: 'plan (data/plans/)', listName: 'PLANS' }));
  out.set(`${g}/yearbooks.ts`, documentsModule(withCited('yearbooks'), { type: 'YearbookPlan', typeFrom: '../../programme/yearbook/schema.js', folderNote: 'yearbook plan (data/yearbooks/)', prefix: 'YEARBOOK_PLAN_', listName: 'YEARBOOK_PLANS' }));
  out.set('src/document/place/generated/codes.ts', provinceCodesModule(tree['places/provinces.json']));
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
