import type { RuleSet } from 'vn-learning-society';
import { sqlPlan } from './plan.js';

/** JSON with every object's keys in order, so that the same rule set has the same text whatever its key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 64 bits, over the UTF-8 bytes of a text, as 16 hexadecimal digits. @internal */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** The fingerprint of a validated rule set. @internal */
export function fingerprintOf(rs: RuleSet): string {
  return fnv1a64(canonical(rs));
}

/**
 * A short fingerprint of a rule set's content (FNV-1a, 64 bits, of its JSON with keys in order): the generated SQL
 * carries it in its first comment, so that an application can tell whether the SQL it runs was generated from the
 * rule set it has (a fork or a corrected value changes it; the key order of the file does not).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { ruleSetFingerprint } from 'vn-learning-society/sql';
 * ruleSetFingerprint(getRuleSet('learning-family-khvn-2015')).length; // 16
 * ```
 */
export function ruleSetFingerprint(ruleSet: RuleSet): string {
  return fingerprintOf(sqlPlan(ruleSet).ruleSet);
}
