/**
 * Small builders for the shipped rule sets' data: they only fill in the fields that repeat, and return plain
 * JSON objects of the rule-set format. Internal to the catalogue; the public format is documented in
 * `docs/rule-set-format.md`.
 */
import type { Label } from '../../core/label/index.js';
import type { SourceRef } from '../../document/legal-source/index.js';
import type { Indicator, OutcomeClass, OutcomeRule, Rollup } from '../../rules/rule-set/schema.js';

interface Extra {
  readonly uncertain?: boolean;
  readonly source?: SourceRef;
  readonly note?: Label;
}

/** A yes/no indicator of a level-based framework: met (1 point) or not (chỉ tiêu đạt / không đạt). */
/* @__NO_SIDE_EFFECTS__ */
export function met(id: string, label: Label, extra: Extra = {}): Indicator {
  return { kind: 'boolean', id, label, points: 1, ...extra };
}

/**
 * A ratio indicator of a level-based framework whose bands give the level reached (1, 2, …), optionally rolled up
 * from the results below.
 */
/* @__NO_SIDE_EFFECTS__ */
export function shareLevels(
  id: string,
  label: Label,
  part: Label,
  whole: Label,
  levelPercents: readonly number[],
  extra: Extra & { readonly rollup?: Rollup } = {},
): Indicator {
  return {
    kind: 'ratio',
    id,
    label,
    part,
    whole,
    bands: levelPercents.map((atLeastPercent, i) => ({ atLeastPercent, points: i + 1 })),
    ...extra,
  };
}

/** A judged indicator giving the level an evaluator found reached: 0 (not met) to `levels`. */
/* @__NO_SIDE_EFFECTS__ */
export function judgedLevel(id: string, label: Label, levels: number, extra: Extra = {}): Indicator {
  return { kind: 'judged', id, label, maxPoints: levels, ...extra };
}

/**
 * The usual two-level outcome (mức độ 1 Khá, mức độ 2 Tốt): level 1 needs every indicator at 1; level 2 needs
 * level 1 and the listed indicators at 2; recognition is reaching level 1.
 */
/* @__NO_SIDE_EFFECTS__ */
export function twoLevels(title: Label, levelTwoIndicators: readonly string[], extra: Extra = {}): {
  title: Label;
  rules: OutcomeRule[];
  classes: OutcomeClass[];
} {
  return {
    title,
    rules: [{ kind: 'class-reached', id: 'recognised-at-level-1', class: 'level-1', ...extra }],
    classes: [
      {
        id: 'level-2',
        label: { vi: 'Mức độ 2 (Tốt)', en: 'Level 2 (good)' },
        rules: [
          { kind: 'class-reached', id: 'level-2-includes-level-1', class: 'level-1' },
          { kind: 'min-each-indicator', id: 'level-2-indicators', points: 2, indicators: [...levelTwoIndicators], ...extra },
        ],
      },
      {
        id: 'level-1',
        label: { vi: 'Mức độ 1 (Khá)', en: 'Level 1 (fair)' },
        rules: [{ kind: 'min-each-indicator', id: 'level-1-indicators', points: 1, ...extra }],
      },
    ],
  };
}
