/**
 * A portal's assessment form, built from the rule set alone (`npx tsx examples/portal-form.ts`).
 *
 * 1. The browser renders the form from `assessmentJsonSchema(ruleSet)`: one field per indicator, with its label in
 *    Vietnamese (`title`) and English (`description`), its kind, its criterion and its maximum.
 * 2. The browser validates what was typed with any JSON Schema validator (Ajv here), before sending it.
 * 3. The server scores it with a rule set compiled once, and refuses bad input with each field's path and a message
 *    in both languages — it never trusts that step 2 ran.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { fileURLToPath } from 'node:url';
import {
  assessmentJsonSchema,
  compileRuleSet,
  explainEvaluation,
  getRuleSet,
  type Assessment,
  type Lang,
} from 'vn-learning-society';

/** One field of the form, as a portal would render it. */
export interface FormField {
  readonly section: 'points' | 'facts';
  readonly id: string;
  readonly criterion: string;
  readonly kind: 'judged' | 'boolean' | 'count' | 'ratio';
  readonly label: { vi: string; en: string };
  /** For a judged field: the most points; the input is a number from 0 to this, in steps of `step`. */
  readonly max?: number;
  readonly step?: number;
}

interface JsonSchemaField {
  readonly 'x-label': { vi: string; en: string };
  readonly 'x-kind': FormField['kind'];
  readonly 'x-criterion': string;
  readonly maximum?: number;
  readonly multipleOf?: number;
}

/** Reads the form's fields out of the JSON Schema, in the rule set's order. */
export function formFields(schema: Record<string, unknown>): FormField[] {
  const sections = schema.properties as Record<'points' | 'facts', { properties: Record<string, JsonSchemaField> }>;
  return (['points', 'facts'] as const).flatMap((section) =>
    Object.entries(sections[section].properties).map(([id, f]): FormField => ({
      section,
      id,
      criterion: f['x-criterion'],
      kind: f['x-kind'],
      label: f['x-label'],
      ...(f.maximum === undefined ? {} : { max: f.maximum }),
      ...(f.multipleOf === undefined ? {} : { step: f.multipleOf }),
    })),
  );
}

/** Two submissions: one household's complete form, and one with mistakes that a browser might let through. */
export const SUBMISSIONS: readonly unknown[] = [
  {
    id: 'Hộ ông Phạm Văn Cường (ấp 3)',
    points: {
      'children.results': 10, 'children.manners': 10, 'adults.application': 9, 'adults.reading': 8,
      'conditions.support': 9, 'effects.livelihood': 8, 'effects.community': 10,
    },
    facts: { 'children.attendance': { part: 3, whole: 3 }, 'adults.learning-citizens': { part: 2, whole: 2 }, 'conditions.bookshelf': true },
  },
  {
    id: 'Hộ bà Lê Thị Dung (ấp 5)',
    points: { 'children.results': 12, 'adults.reading': 7.5, 'effects.pride': 5 },
    facts: { 'children.attendance': { part: 3, whole: 2 } },
  },
];

export interface PortalFormResult {
  readonly fields: readonly FormField[];
  /** Per submission: whether the browser-side check passed, and the server's answer. */
  readonly submissions: readonly {
    readonly browserValid: boolean;
    readonly browserErrors: readonly string[];
    readonly server: { ok: true; recognized: boolean; total: number; maxTotal: number } | { ok: false; errors: Record<Lang, string> };
  }[];
  readonly report: string;
}

/** Runs the three steps for the national learning-family criteria of 2021–2030 and returns what each saw. */
export function runPortalForm(ruleSetId = 'learning-family-khvn-2021'): PortalFormResult {
  const ruleSet = getRuleSet(ruleSetId);
  const schema = assessmentJsonSchema(ruleSet);
  const fields = formFields(schema);
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
  const score = compileRuleSet(ruleSet);

  const out: string[] = [`FORM / BIỂU MẪU: ${ruleSet.title.vi} — ${ruleSet.title.en} [${ruleSet.id}]`];
  for (const c of ruleSet.criteria) {
    out.push(`  ${c.label.vi} / ${c.label.en}`);
    for (const f of fields.filter((x) => x.criterion === c.id)) {
      const input = f.kind === 'judged' ? `0–${f.max} (step ${f.step})` : f.kind === 'ratio' ? 'part / whole' : f.kind === 'boolean' ? 'yes / no' : 'count';
      out.push(`    [${input}] ${f.id}: ${f.label.vi}`);
    }
  }

  const submissions = SUBMISSIONS.map((data) => {
    const browserValid = validate(data);
    const browserErrors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
    const result = score.safe(data as Assessment);
    const server = result.success
      ? { ok: true as const, recognized: result.data.recognized, total: result.data.total, maxTotal: result.data.maxTotal }
      : { ok: false as const, errors: { vi: result.error.describe('vi'), en: result.error.describe('en') } };
    out.push('', `SUBMISSION / PHIẾU: ${(data as { id: string }).id}`);
    out.push(`  browser (Ajv): ${browserValid ? 'valid' : `${browserErrors.length} error(s): ${browserErrors.join('; ')}`}`);
    if (result.success) out.push(explainEvaluation(result.data, { lang: 'vi', indicators: false }));
    else out.push(server.ok ? '' : server.errors.vi, '', server.ok ? '' : server.errors.en);
    return { browserValid, browserErrors, server };
  });
  return { fields, submissions, report: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runPortalForm().report);
}
