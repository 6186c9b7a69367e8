import type { FactValue } from '../assessment/types.js';
import type { Label } from '../../core/label/index.js';
import type { Level, Model } from '../../core/model/index.js';
import type { IndicatorKind, OutcomeRule } from '../rule-set/schema.js';

/** The points one indicator earned, and from what. */
export interface IndicatorResult {
  readonly id: string;
  readonly kind: IndicatorKind;
  readonly label: Label;
  readonly points: number;
  readonly maxPoints: number;
  /** The points or fact given in the assessment; absent when the assessment gave nothing. */
  readonly input?: number | FactValue;
  /** For count and ratio indicators: index of the band reached, or -1 below the first band. */
  readonly band?: number;
}

/** The points one criterion earned: the sum of its indicators. */
export interface CriterionResult {
  readonly id: string;
  readonly label: Label;
  readonly points: number;
  readonly maxPoints: number;
  readonly indicators: readonly IndicatorResult[];
}

/** The legal source of a rule, resolved to a citation. */
export interface CitedSource {
  /** Id of the source in the rule set. */
  readonly id: string;
  /** The citation in both languages, e.g. "Quyết định số 448/QĐ-KHVN ngày 01/12/2015 …". */
  readonly citation: Label;
  readonly article?: string;
  readonly uncertain?: boolean;
}

/** A rule that did not hold: what it required, what the assessment reached, why, and on what legal basis. */
export interface Shortfall {
  /** Id of the failed rule. */
  readonly rule: string;
  readonly kind: OutcomeRule['kind'];
  /** The criterion or indicator the rule is about, if any. */
  readonly target?: string;
  readonly required: number;
  readonly actual: number;
  readonly message: Label;
  readonly source: CitedSource;
  /** True when the rule's value is marked uncertain in the rule set. */
  readonly uncertain?: boolean;
}

/** Whether a named class or level was reached, and which of its rules failed. */
export interface ClassResult {
  readonly id: string;
  readonly label: Label;
  readonly reached: boolean;
  readonly shortfalls: readonly Shortfall[];
}

/**
 * A value marked uncertain in the rule set that a verdict rests on: where it is in the rule set (a path like those of
 * `diffRuleSets`: `outcome.rules[min-total].points`), the value used, and the question a person must answer from the
 * text to confirm it.
 */
export interface UnconfirmedValue {
  readonly path: string;
  readonly value: unknown;
  readonly question: Label;
}

/**
 * The result of scoring one assessment against one rule set: totals, every criterion's and indicator's
 * points, the outcome (recognised or not, and the class where the source ranks), and every shortfall with
 * its legal source in Vietnamese and English.
 */
export interface Evaluation {
  readonly ruleSetId: string;
  /** The model evaluated, from the rule set (so that results can be rolled up without it). */
  readonly model: Model;
  /** The level, where the rule set has one. */
  readonly level?: Level;
  /** The assessment's `id`, when it had one. */
  readonly assessmentId?: string;
  /** The title being awarded, e.g. "Gia đình học tập". */
  readonly title: Label;
  /** True when every recognition rule holds (được công nhận). */
  readonly recognized: boolean;
  /** The best class reached, where the rule set has classes; `null` when none is reached or there are none. */
  readonly classification: { readonly id: string; readonly label: Label } | null;
  /** `points` for a scored sheet; `targets` for a framework of targets met (the total is then only a count). */
  readonly scale: 'points' | 'targets';
  readonly total: number;
  readonly maxTotal: number;
  readonly criteria: readonly CriterionResult[];
  /** Recognition rules that failed (empty when recognised). */
  readonly shortfalls: readonly Shortfall[];
  /** Each class of the rule set, best first, with what it lacked (empty when the rule set has no classes). */
  readonly classes: readonly ClassResult[];
  /** Indicators the assessment gave nothing for; they earned 0 points. */
  readonly missing: readonly string[];
  /**
   * True when the verdict rests on a value the rule set marks uncertain (kết quả tạm thời): a threshold that was
   * compared, a band that was used, the structure of a criterion. Such a verdict is not to be published as confirmed.
   */
  readonly provisional: boolean;
  /** The unconfirmed values this verdict rests on, each with its question (empty when `provisional` is false). */
  readonly unconfirmed: readonly UnconfirmedValue[];
}

/** Options of {@link compileRuleSet} and {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * What to do with an indicator the assessment gives nothing for: count it as 0 points and list it in
   * `missing` (`'zero'`, the default, for forms filled in steps), or refuse the assessment (`'error'`).
   */
  readonly missing?: 'zero' | 'error';
  /**
   * Refuse a rule set whose deciding values are not all confirmed (an `unconfirmed_values` error listing each with its
   * question), so that no verdict can be provisional. Default `false`: provisional verdicts say so.
   */
  readonly strict?: boolean;
}
