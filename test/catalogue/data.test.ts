import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULE_SET_IDS, eventsOfYear, getRuleSet, LEGAL_DOCUMENTS, listRecognitionRules, listTargets, LONG_AN_YEARBOOK_2020, parsePlanFile, parseRecognitionRuleFile, parseRuleSetFile, parseTargetTableFile, parseYearbookPlanFile, RECURRING_EVENTS, SEED_PLANS, type LegalSource, type RuleSet } from 'vn-learning-society';
import { legalSourceSchema, ruleSetJsonSchema, recurringEventSchema } from 'vn-learning-society/schemas';
import { formatJson } from '../../scripts/lib/json-format.mjs';
import { dataSchemas } from '../../scripts/lib/data-schemas.js';
import { fieldsWithoutHelp } from '../../src/document/field-help/index.js';

// Every file of data/, the one tree of shipped documents: read as a tool in another language would read it.
const dataDir = new URL('../../data/', import.meta.url);
type Json = Record<string, unknown>;
const read = (path: string): { text: string; json: Json } => {
  const text = readFileSync(new URL(path, dataDir), 'utf8');
  return { text, json: JSON.parse(text) as Json };
};
const filesOf = (dir: string): string[] => readdirSync(new URL(`${dir}/`, dataDir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);

const KINDS = {
  'legal-sources': 'legal-source.schema.json',
  'rule-sets': ['rule-set.schema.json', 'rule-set-fork.schema.json'],
  targets: 'target-table.schema.json',
  recognition: 'recognition-rule.schema.json',
  yearbooks: 'yearbook-plan.schema.json',
  plans: 'plan.schema.json',
  events: 'recurring-events.schema.json',
} as const;
const allFiles = Object.keys(KINDS).flatMap(filesOf);

const register = new Map<string, LegalSource>(filesOf('legal-sources').map((f) => {
  const { $schema: _s, ...entry } = read(f).json;
  return [entry.id as string, entry as unknown as LegalSource];
}));

describe('data/: the shipped documents as files', () => {
  it('has every kind of document, each file laid out alike and named by its id', () => {
    expect(filesOf('rule-sets')).toHaveLength(BUILT_IN_RULE_SET_IDS.length);
    expect(allFiles.length).toBeGreaterThan(60);
    for (const f of allFiles) {
      const { text, json } = read(f);
      expect(text, `${f} is laid out as scripts/lib/json-format.mjs writes it`).toBe(formatJson(json));
      if (!f.startsWith('events/')) {
        const id = (json.meta as Json | undefined)?.id ?? json.id;
        expect(`${id}.json`, f).toBe(basename(f));
      }
    }
  });

  it('names its schema in a $schema line, and is valid against it (as an editor checks it)', () => {
    const schemas = dataSchemas();
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validators = new Map(Object.entries(schemas).map(([name, s]) => [name, ajv.compile(s)]));
    for (const f of allFiles) {
      const { json } = read(f);
      const kind = KINDS[f.split('/')[0] as keyof typeof KINDS];
      const name = String(json.$schema).replace('../schemas/', '').replace('./schemas/', '');
      expect([kind].flat(), f).toContain(name);
      const validate = validators.get(name)!;
      expect(validate(json) ? [] : validate.errors, f).toEqual([]);
    }
  });

  it('cites only documents of the register, each by its id', () => {
    let refs = 0;
    for (const f of allFiles.filter((x) => !x.startsWith('legal-sources/'))) {
      const { json } = read(f);
      for (const list of [json.sources, (json.meta as Json | undefined)?.sources]) {
        if (list === undefined) continue;
        for (const r of list as { ref: string }[]) {
          refs += 1;
          expect(register.has(r.ref), `${f} cites ${r.ref}`).toBe(true);
        }
      }
    }
    expect(refs).toBeGreaterThan(40);
    // The register is the catalogue of legal documents, in its order.
    expect(LEGAL_DOCUMENTS.map((d) => d.id).sort()).toEqual([...register.keys()].sort());
    for (const d of LEGAL_DOCUMENTS) expect(legalSourceSchema.parse(d)).toEqual(register.get(d.id));
  });

  it('every rule set file is read by the public loader as it is, to the rule set the catalogue ships', () => {
    // parseRuleSetFile is what the command line reads a file with; its references resolve in the one place the
    // catalogue resolves them (resolveSources), and a fork file is applied to the shipped base it names.
    for (const f of filesOf('rule-sets')) {
      const { text, json } = read(f);
      const rs = parseRuleSetFile(text);
      expect(rs.id, f).toBe(((json.meta as Json | undefined)?.id ?? json.id) as string);
      expect(getRuleSet(rs.id), f).toEqual(rs);
      if (json.base !== undefined) expect(rs.derivedFrom?.id, f).toBe(json.base);
    }
  });

  it('the forks of TT 24 and TT 25 are the sheets of their circular, and keep its order', () => {
    // TT 25/2023: the district sheet is the commune sheet's changes; its first criterion keeps the circular's order.
    const district = getRuleSet('learning-community-district-tt25-2023');
    expect(district.derivedFrom?.id).toBe('learning-community-commune-tt25-2023');
    expect(district.criteria[0]!.indicators.map((i) => i.id)).toEqual(['leadership.awareness', 'leadership.documents', 'leadership.lifelong-learning-week']);
    // TT 24/2023: the provincial sheet is the district one with two more targets in criterion 3.
    const unitProvince = getRuleSet('learning-unit-province-tt24-2023');
    const unitDistrict = getRuleSet('learning-unit-district-tt24-2023');
    expect(unitProvince.derivedFrom?.id).toBe(unitDistrict.id);
    expect(unitProvince.validTo).toBeUndefined();
    expect(unitProvince.criteria.at(-1)!.indicators.length).toBe(unitDistrict.criteria.at(-1)!.indicators.length + 2);
  });

  it('every target table, recognition rule, yearbook plan, plan and event is valid and read as it is', () => {
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
    const targets = byId(listTargets());
    for (const f of filesOf('targets')) {
      const t = parseTargetTableFile(read(f).text);
      expect(targets.get(t.id), f).toEqual(t);
    }
    const rules = byId(listRecognitionRules());
    for (const f of filesOf('recognition')) {
      const r = parseRecognitionRuleFile(read(f).text);
      expect(rules.get(r.id), f).toEqual(r);
    }
    expect(filesOf('yearbooks').map((f) => parseYearbookPlanFile(read(f).text))).toEqual([LONG_AN_YEARBOOK_2020]);
    const plans = filesOf('plans').map((f) => parsePlanFile(read(f).text));
    expect(plans.map((p) => p.id).sort()).toEqual(SEED_PLANS.map((p) => p.id).sort());
    for (const p of plans) expect(SEED_PLANS.find((s) => s.id === p.id)).toEqual(p);
    const events = (read('events/recurring-events.json').json.events as unknown[]).map((e) => recurringEventSchema.parse(e));
    expect(RECURRING_EVENTS).toEqual(events);
    expect(eventsOfYear(2026)).toHaveLength(events.length);
  });

  it('the schemas in data/schemas/ are those the zod schemas generate (npm run data:schemas), with help for every field', () => {
    const schemas = dataSchemas();
    expect(readdirSync(new URL('schemas/', dataDir)).sort()).toEqual(Object.keys(schemas).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(new URL(`schemas/${name}`, dataDir), 'utf8'), name).toBe(formatJson(schema));
      expect(fieldsWithoutHelp(schema), name).toEqual([]);
    }
    const fields = (s: Record<string, unknown>): number => JSON.stringify(s).split('"x-description"').length - 1;
    expect(fields(ruleSetJsonSchema())).toBeGreaterThan(100);
  });
});

describe('the shipped data is frozen', () => {
  it('a shipped rule set, target table or plan cannot be changed in place', () => {
    const family: RuleSet = getRuleSet('learning-family-khvn-2015');
    expect(Object.isFrozen(family)).toBe(false); // getRuleSet returns a copy
    expect(Object.isFrozen(LONG_AN_YEARBOOK_2020.distribution[0])).toBe(true);
    expect(Object.isFrozen(SEED_PLANS[0]!.tasks)).toBe(true);
    expect(Object.isFrozen(LEGAL_DOCUMENTS[0]!.document)).toBe(true);
  });
});
