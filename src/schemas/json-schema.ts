import * as z from 'zod';
import { applyFieldHelp } from '../document/field-help/index.js';
import { RECOGNITION_RULE_FIELD_HELP } from '../programme/recognition/help.js';
import { recognitionRuleSchema } from '../programme/recognition/schema.js';
import { TARGET_TABLE_FIELD_HELP } from '../programme/targets/help.js';
import { targetTableSchema } from '../programme/targets/schema.js';
import { RULE_SET_FIELD_HELP } from '../rules/rule-set/help.js';
import { ruleSetSchema } from '../rules/rule-set/schema.js';

/**
 * The JSON Schema (draft 2020-12) of a rule set, for editors, other languages and form builders. Every field carries
 * help in Vietnamese and English (`description`, and `x-description` as `{ vi, en }`). Cross-reference checks
 * (unique ids, sums) are only in {@link ruleSetSchema} and `parseRuleSet`.
 *
 * @example
 * ```ts
 * import { ruleSetJsonSchema } from 'vn-learning-society/schemas';
 * const schema = ruleSetJsonSchema();
 * schema.type; // 'object'
 * (schema.properties as any).maxTotal['x-description'].en; // 'The maximum total the source prints; checked against the sum of the criteria.'
 * ```
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ruleSetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return applyFieldHelp(schema, RULE_SET_FIELD_HELP);
}

/**
 * The JSON Schema (draft 2020-12) of a target table, with help for every field in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { targetTableJsonSchema } from 'vn-learning-society/schemas';
 * targetTableJsonSchema().type; // 'object'
 * ```
 */
export function targetTableJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(targetTableSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return applyFieldHelp(schema, TARGET_TABLE_FIELD_HELP);
}

/**
 * The JSON Schema (draft 2020-12) of a recognition rule, with help for every field in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { recognitionRuleJsonSchema } from 'vn-learning-society/schemas';
 * recognitionRuleJsonSchema().type; // 'object'
 * ```
 */
export function recognitionRuleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(recognitionRuleSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return applyFieldHelp(schema, RECOGNITION_RULE_FIELD_HELP);
}
