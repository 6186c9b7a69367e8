import { getRuleSet, indicatorsOf } from 'vn-learning-society';
import type { SheetCell } from 'vn-learning-society/sheets';

/**
 * The family criteria of 2021–2030 (Hội Khuyến học Việt Nam's criteria with QĐ 387/QĐ-TTg and QĐ 677/QĐ-TTg), as
 * shipped: data/rule-sets/learning-family-khvn-2021.json, in force 2022-01-01 to 2030-12-31. Ten indicators of 10
 * points each; a family is recognised from 80 points (the rule min-total, marked uncertain in the file).
 */
export const RULES = 'learning-family-khvn-2021';
export const ruleSet = getRuleSet(RULES);
export const indicators = indicatorsOf(ruleSet);

/** Three communes of Đồng Tháp on the list of 1 July 2025 (data/units/, Công văn 1027/CTK-CSCL). */
export const COMMUNES = [
  { code: '28261', name: 'Phường Mỹ Tho' },
  { code: '28426', name: 'Xã Thanh Hưng' },
  { code: '28429', name: 'Xã An Hữu' },
] as const;

/**
 * The cell a household of `p` points writes under a heading of the template (`label [hint]`): its points for a judged
 * item, "2/2" for a share, "có" for a yes/no.
 */
export function cellUnder(heading: string, p: number): SheetCell {
  const i = indicators.find((x) => heading.startsWith(`${x.label.vi} [`))!;
  return i.kind === 'judged' ? p : i.kind === 'ratio' ? '2/2' : 'có';
}
