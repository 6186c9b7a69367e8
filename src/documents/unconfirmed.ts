import type { Label, OutcomeRule, RuleSet } from 'vn-learning-society';

/**
 * A value of a rule set that is not confirmed, in the words a document prints for whoever signs it: the criterion's,
 * indicator's, condition's or class's label from the rule set, never its id or path (`criteria[children]`,
 * `outcome.rules[min-total].points`). A path the rule set does not explain is "a value of the rule set".
 *
 * @internal
 */
export function unconfirmedValueWords(rs: RuleSet, path: string): Label {
  const step = /^(criteria|indicators|rules|classes|bands)\[([^\]]*)\]\.?/;
  let rest = path;
  let criterion: RuleSet['criteria'][number] | undefined;
  let indicator: RuleSet['criteria'][number]['indicators'][number] | undefined;
  let rule: OutcomeRule | undefined;
  let cls: NonNullable<RuleSet['outcome']['classes']>[number] | undefined;
  let band: number | undefined;
  let outcome = false;
  if (rest.startsWith('outcome.')) {
    outcome = true;
    rest = rest.slice('outcome.'.length);
  }
  for (let m = step.exec(rest); m !== null; m = step.exec(rest)) {
    const [all, kind, id] = m as unknown as [string, string, string];
    rest = rest.slice(all.length);
    if (kind === 'criteria') criterion = rs.criteria.find((c) => c.id === id);
    else if (kind === 'indicators') indicator = criterion?.indicators.find((i) => i.id === id);
    else if (kind === 'classes') cls = rs.outcome.classes?.find((c) => c.id === id);
    else if (kind === 'rules') rule = (cls ? cls.rules : rs.outcome.rules).find((r) => r.id === id);
    else if (kind === 'bands') band = Number(id);
  }
  const field = rest;
  const q = (l: Label): Label => ({ vi: `“${l.vi}”`, en: `“${l.en}”` });
  if (indicator && criterion) {
    const what = FIELD_WORDS[field] ?? (band !== undefined ? { vi: `mức ${band + 1}`, en: `band ${band + 1}` } : { vi: 'giá trị', en: 'value' });
    return { vi: `${what.vi} của nội dung ${q(indicator.label).vi} (tiêu chí ${q(criterion.label).vi})`, en: `the ${what.en} of the item ${q(indicator.label).en} (criterion ${q(criterion.label).en})` };
  }
  if (criterion) return { vi: `nội dung và điểm tối đa của tiêu chí ${q(criterion.label).vi}`, en: `the items and maximum of the criterion ${q(criterion.label).en}` };
  if (outcome && rule) {
    const r = ruleWords(rs, rule);
    return cls ? { vi: `${r.vi} để xếp loại ${q(cls.label).vi}`, en: `${r.en} for the class ${q(cls.label).en}` } : r;
  }
  if (outcome && cls) return { vi: `điều kiện xếp loại ${q(cls.label).vi}`, en: `the conditions of the class ${q(cls.label).en}` };
  return { vi: 'một giá trị của bộ tiêu chí', en: 'a value of the rule set' };
}

const FIELD_WORDS: Readonly<Record<string, Label>> = {
  maxPoints: { vi: 'điểm tối đa', en: 'maximum' },
  points: { vi: 'điểm khi đạt', en: 'points when met' },
  bands: { vi: 'các mức điểm', en: 'bands' },
  whenWholeIsZero: { vi: 'điểm khi không có ai thuộc diện', en: 'points when none is in scope' },
};

/** A condition of recognition or of a class, by its label in the rule set or, without one, by what it requires. */
function ruleWords(rs: RuleSet, r: OutcomeRule): Label {
  if (r.label) return { vi: `điều kiện “${r.label.vi}”`, en: `the condition “${r.label.en}”` };
  const criterion = (id: string) => rs.criteria.find((c) => c.id === id)?.label ?? { vi: '', en: '' };
  const indicator = (id: string) => rs.criteria.flatMap((c) => c.indicators).find((i) => i.id === id)?.label ?? { vi: '', en: '' };
  switch (r.kind) {
    case 'min-total':
      return { vi: 'tổng điểm tối thiểu', en: 'the minimum total' };
    case 'min-criterion':
      return { vi: `điểm tối thiểu của tiêu chí “${criterion(r.criterion).vi}”`, en: `the minimum of the criterion “${criterion(r.criterion).en}”` };
    case 'min-each-criterion':
      return { vi: 'mức tối thiểu của mỗi tiêu chí', en: 'the minimum of each criterion' };
    case 'mandatory-indicator':
      return { vi: `điểm bắt buộc của nội dung “${indicator(r.indicator).vi}”`, en: `the required points of the item “${indicator(r.indicator).en}”` };
    case 'min-each-indicator':
      return { vi: 'mức tối thiểu của mỗi nội dung', en: 'the minimum of each item' };
    case 'class-reached':
      return { vi: 'mức phải đạt trước', en: 'the level to reach first' };
  }
}
