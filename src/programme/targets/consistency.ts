import { makeIssue, type Issue, type IssueCode, type IssueFieldsArg } from '../../core/errors/index.js';
import { periodProblem } from '../../document/dated-entry/period.js';

/**
 * What the consistency checks read of a target table (already of the right shape): declared here rather than taken
 * from schema.ts, which runs these checks, so that the two files do not import each other. @internal
 */
export interface TargetTableFacts {
  readonly validFrom: string;
  readonly validTo?: string | undefined;
  readonly sources: readonly { readonly id?: string | undefined }[];
  readonly targets: readonly {
    readonly id: string;
    readonly indicator: string;
    readonly year: number;
    readonly subPopulation?: { readonly en: string } | undefined;
    readonly source?: { readonly ref: string } | undefined;
    readonly value: { readonly kind: string; readonly numerator?: number; readonly denominator?: number };
    readonly base?: string | undefined;
    readonly parent?: string | undefined;
  }[];
}

/**
 * The checks of a target table across its fields (unique ids, known sources and parents, no cycles, fractions at most
 * one, its period in order), shared by `targetTableSchema` and the zod-free check `parseTargetTable` runs.
 *
 * @internal
 */
export function targetTableConsistencyIssues(t: TargetTableFacts): Issue[] {
  const out: Issue[] = [];
  const report = <C extends IssueCode>(path: (string | number)[], code: C, en: string, vi: string, ...fields: IssueFieldsArg<C>): void => {
    out.push(makeIssue(path, code, { vi, en }, ...fields));
  };
  const sourceIds = new Set(t.sources.map((s) => s.id));
  const ids = new Map<string, number>();
  // One target per indicator, sub-population and year: two would leave which one applies to the order of the list.
  const milestones = new Map<string, { readonly id: string; readonly i: number }>();
  t.targets.forEach((target, i) => {
    const firstWithId = ids.get(target.id);
    if (firstWithId !== undefined) {
      report(['targets', i, 'id'], 'duplicate_id', `duplicate target id "${target.id}"`, `trùng mã chỉ tiêu "${target.id}"`, { id: target.id, first: ['targets', firstWithId, 'id'] });
    } else ids.set(target.id, i);
    const milestone = `${target.indicator}|${target.subPopulation?.en ?? ''}|${target.year}`;
    const first = milestones.get(milestone);
    if (first !== undefined) {
      const en = `target "${target.id}" sets ${target.indicator} for ${target.year} again (already set by "${first.id}")`;
      const vi = `chỉ tiêu "${target.id}" đặt lại ${target.indicator} cho năm ${target.year} (đã có ở "${first.id}")`;
      // What repeats is the milestone: the indicator (and sub-population) in that year.
      const id = `${target.indicator} ${target.year}${target.subPopulation ? ` (${target.subPopulation.en})` : ''}`;
      report(['targets', i, 'year'], 'duplicate_id', en, vi, { id, first: ['targets', first.i, 'year'] });
    } else milestones.set(milestone, { id: target.id, i });
    if (target.source && !sourceIds.has(target.source.ref)) {
      report(['targets', i, 'source', 'ref'], 'unknown_source', `no source with id "${target.source.ref}"`, `không có nguồn với mã "${target.source.ref}"`, { id: target.source.ref });
    }
    if (target.value.kind === 'fraction' && target.value.numerator! > target.value.denominator!) {
      report(['targets', i, 'value', 'numerator'], 'fraction_above_one', 'a target fraction cannot exceed 1', 'chỉ tiêu dạng phân số không được lớn hơn 1');
    }
    if (target.base === 'parent' && target.parent === undefined) {
      report(['targets', i, 'base'], 'parent_missing', 'a share of the parent needs a parent target', 'tỷ lệ tính trên chỉ tiêu mẹ cần có chỉ tiêu mẹ');
    }
  });
  t.targets.forEach((target, i) => {
    if (target.parent === undefined) return;
    if (!ids.has(target.parent)) {
      report(['targets', i, 'parent'], 'unknown_parent', `no target with id "${target.parent}"`, `không có chỉ tiêu với mã "${target.parent}"`);
      return;
    }
    const seen = new Set([target.id]);
    let p: string | undefined = target.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        report(['targets', i, 'parent'], 'parent_cycle', `target "${target.id}" is nested in itself`, `chỉ tiêu "${target.id}" lồng vào chính nó`);
        return;
      }
      seen.add(p);
      p = t.targets[ids.get(p) ?? -1]?.parent;
    }
  });
  const period = periodProblem(t);
  if (period) report(period.path, period.code, period.en, period.vi);
  return out;
}
