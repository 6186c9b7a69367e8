import { LearningSocietyError } from '../../core/errors/index.js';
import type { Label } from '../../core/label/index.js';
import { LEVEL_LABELS, MODEL_LABELS, type Level, type Model } from '../../core/model/index.js';
import { requireArray, requireObject } from '../../core/internal/args.js';

/** What nomination needs of an evaluation (an {@link Evaluation} fits). */
export interface NominationResult {
  readonly recognized: boolean;
  readonly total: number;
  readonly maxTotal: number;
  readonly classification?: { readonly id: string } | null;
  readonly classes?: readonly { readonly id: string }[];
}

/** A candidate for nomination (đề cử): who, from which nominating unit, for which model, with its evaluation. */
export interface Candidate {
  readonly id: string;
  /** The nominating unit's code (e.g. the district). */
  readonly unit: string;
  readonly model: Model;
  readonly level?: Level;
  readonly evaluation: NominationResult;
}

/** How many each unit nominates per model (and level). */
export interface NominationQuota {
  readonly model: Model;
  readonly level?: Level;
  readonly perUnit: number;
}

/** The nominees of one unit for one model. */
export interface Nomination {
  readonly unit: string;
  readonly model: Model;
  readonly level?: Level;
  /** Selected, best first. */
  readonly nominees: readonly Candidate[];
  /** How many the quota asks for. */
  readonly quota: number;
}

/** The tie-break, stated: the order in which candidates are ranked. */
export const NOMINATION_ORDER: Label = {
  vi: 'Chỉ xét ứng viên đã được công nhận; xếp theo: xếp loại cao hơn trước; tỷ lệ điểm trên điểm tối đa cao hơn trước; tổng điểm cao hơn trước; cuối cùng theo mã ứng viên tăng dần.',
  en: 'Only recognised candidates are eligible; ranked by: better class first; higher share of the maximum first; higher total first; finally by candidate id, ascending.',
};

function classRank(r: NominationResult): number {
  if (!r.classification || !r.classes) return Number.POSITIVE_INFINITY;
  const i = r.classes.findIndex((c) => c.id === r.classification!.id);
  return i < 0 ? Number.POSITIVE_INFINITY : i;
}

/**
 * Compares two candidates by {@link NOMINATION_ORDER}: negative when `a` ranks first. Exact: shares by cross-multiplying.
 *
 * @example
 * ```ts
 * import { compareCandidates } from 'vn-learning-society';
 * const ev = (total: number, maxTotal: number) => ({ recognized: true, total, maxTotal });
 * const a = { id: 'a', unit: 'D1', model: 'learning-family' as const, evaluation: ev(90, 100) };
 * const b = { id: 'b', unit: 'D1', model: 'learning-family' as const, evaluation: ev(46, 50) };
 * compareCandidates(a, b) > 0; // true
 * ```
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  requireObject(requireObject(a, 'a').evaluation, 'a.evaluation');
  requireObject(requireObject(b, 'b').evaluation, 'b.evaluation');
  const ca = classRank(a.evaluation);
  const cb = classRank(b.evaluation);
  if (ca !== cb) return ca < cb ? -1 : 1;
  const sa = a.evaluation.total * b.evaluation.maxTotal;
  const sb = b.evaluation.total * a.evaluation.maxTotal;
  if (sa !== sb) return sa > sb ? -1 : 1;
  if (a.evaluation.total !== b.evaluation.total) return a.evaluation.total > b.evaluation.total ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Selects the nominees of each nominating unit for each model under a quota (e.g. one exemplary family, clan,
 * unit and community per district, as in the Long An 2020 yearbook), by the stated, deterministic
 * {@link NOMINATION_ORDER}; and lists the units that nominate fewer than the quota, and why.
 *
 * @throws {@link LearningSocietyError} `invalid_input` for a negative or fractional quota, or duplicate candidate ids.
 *
 * @example
 * ```ts
 * import { selectNominees } from 'vn-learning-society';
 * const ev = (total: number) => ({ recognized: true, total, maxTotal: 100 });
 * const r = selectNominees(
 *   [
 *     { id: 'ho-a', unit: 'D1', model: 'learning-family', evaluation: ev(92) },
 *     { id: 'ho-b', unit: 'D1', model: 'learning-family', evaluation: ev(97) },
 *   ],
 *   { units: ['D1', 'D2'], quota: [{ model: 'learning-family', perUnit: 1 }] },
 * );
 * r.nominations[0]?.nominees.map((c) => c.id); // ['ho-b']
 * r.short.map((s) => s.unit); // ['D2']
 * ```
 */
export function selectNominees(
  candidates: readonly Candidate[],
  plan: { units: readonly string[]; quota: readonly NominationQuota[] },
): { nominations: Nomination[]; short: { unit: string; model: Model; level?: Level; quota: number; found: number; explanation: Label }[]; order: Label } {
  requireArray(candidates, 'candidates');
  requireArray(requireObject(plan, 'plan').quota, 'plan.quota');
  requireArray(plan.units, 'plan.units');
  plan.quota.forEach((q, i) => {
    if (!Number.isSafeInteger(q.perUnit) || q.perUnit < 0) {
      throw new LearningSocietyError('invalid_input', { vi: 'Chỉ tiêu đề cử không hợp lệ', en: 'Invalid nomination quota' }, [
        { path: ['quota', i, 'perUnit'], code: 'invalid_quota', message: { vi: 'số đề cử mỗi đơn vị phải là số nguyên không âm', en: 'nominees per unit must be a non-negative whole number' } },
      ]);
    }
  });
  const seen = new Map<string, number>();
  candidates.forEach((c, i) => {
    const first = seen.get(c.id);
    if (first !== undefined) {
      throw new LearningSocietyError('invalid_input', { vi: 'Trùng mã ứng viên', en: 'Duplicate candidate' }, [
        { path: ['candidates', i, 'id'], code: 'duplicate_id', message: { vi: `trùng mã "${c.id}"`, en: `duplicate id "${c.id}"` }, id: c.id, first: ['candidates', first, 'id'] },
      ]);
    }
    seen.set(c.id, i);
  });
  const nominations: Nomination[] = [];
  const short: { unit: string; model: Model; level?: Level; quota: number; found: number; explanation: Label }[] = [];
  for (const unit of plan.units) {
    for (const q of plan.quota) {
      const pool = candidates.filter((c) => c.unit === unit && c.model === q.model && (q.level === undefined || c.level === q.level));
      const eligible = pool.filter((c) => c.evaluation.recognized).sort(compareCandidates);
      const nominees = eligible.slice(0, q.perUnit);
      nominations.push({ unit, model: q.model, ...(q.level ? { level: q.level } : {}), nominees, quota: q.perUnit });
      if (nominees.length < q.perUnit) {
        const what = { vi: `${MODEL_LABELS[q.model].vi}${q.level ? ` ${LEVEL_LABELS[q.level].vi}` : ''}`, en: `${MODEL_LABELS[q.model].en}${q.level ? ` (${LEVEL_LABELS[q.level].en})` : ''}` };
        short.push({
          unit,
          model: q.model,
          ...(q.level ? { level: q.level } : {}),
          quota: q.perUnit,
          found: nominees.length,
          explanation: {
            vi: `${unit}: cần ${q.perUnit} đề cử “${what.vi}”, có ${nominees.length} (${pool.length} ứng viên, ${eligible.length} đã được công nhận)`,
            en: `${unit}: ${q.perUnit} “${what.en}” nominee(s) needed, ${nominees.length} found (${pool.length} candidates, ${eligible.length} recognised)`,
          },
        });
      }
    }
  }
  return { nominations, short, order: NOMINATION_ORDER };
}
