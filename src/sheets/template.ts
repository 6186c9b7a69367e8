import { formatViNumber, indicatorsOf, LearningSocietyError, type IndicatorInfo, type Lang, type RuleSet } from 'vn-learning-society';
import { badArgument, requireLangOption, requireOptions, requireStrings } from './args.js';
import { columnLetter } from './cells.js';
import type { WorkbookColumn, WorkbookSheet } from './xlsx.js';

/** How to lay out a template. */
export interface AssessmentTemplateOptions {
  /** The language of the headings and instructions; default `vi`. */
  readonly lang?: Lang;
  /** Columns before the indicators for the hamlet's own use (`Thôn`, `Họ tên chủ hộ`); read back with `keep`. */
  readonly keep?: readonly string[];
  /** Blank rows to fill in, formatted (ratio columns as text); default 100, at most 10,000. */
  readonly rows?: number;
}

/**
 * The step of each judged indicator of a rule set, as scoring takes it: its own `step`, else one unit of the rule set's
 * points (1, or ½ where `pointDenominator` is 2).
 */
function judgedSteps(ruleSet: RuleSet): Map<string, number> {
  const steps = new Map<string, number>();
  const unit = 1 / (ruleSet.pointDenominator ?? 1);
  for (const c of ruleSet.criteria) for (const i of c.indicators) if (i.kind === 'judged') steps.set(i.id, i.step ?? unit);
  return steps;
}

/** The instruction on points: what the rule set takes — whole points, one step for all, or each indicator's own. */
function pointsLine(steps: ReadonlyMap<string, number>, vi: boolean): string | undefined {
  const distinct = [...new Set(steps.values())];
  if (distinct.length === 0) return undefined;
  if (distinct.length === 1 && distinct[0] === 1) {
    return vi ? 'Điểm: ghi số nguyên từ 0 đến điểm tối đa (bộ tiêu chí này chấm theo điểm nguyên: 7,5 không được nhận).' : 'Points: a whole number from 0 to the maximum (this rule set awards whole points: 7.5 is refused).';
  }
  if (distinct.length === 1) {
    const s = distinct[0]!;
    return vi
      ? `Điểm: ghi số từ 0 đến điểm tối đa, theo bước ${formatViNumber(s)} điểm (vd. ${formatViNumber(s * 3)}); số thập phân dùng dấu phẩy.`
      : `Points: a number from 0 to the maximum in steps of ${s} (e.g. ${s * 3}).`;
  }
  return vi
    ? 'Điểm: ghi số từ 0 đến điểm tối đa, theo bước chấm của từng chỉ báo (cột "Giá trị được ghi"); số thập phân dùng dấu phẩy.'
    : 'Points: a number from 0 to the maximum, in the steps of each indicator (column "Values allowed").';
}

/** The heading of the id column of a template. */
export const TEMPLATE_ID_HEADING = { vi: 'Mã phiếu', en: 'Id' } as const;

/**
 * What may be written in an indicator's column, as the template's heading hint and instructions say it; with the
 * `step` of a judged indicator (from its rule set; default 1), a step other than whole points is named
 * (`0–10 điểm, bước 0,5`).
 */
export function allowedValues(indicator: IndicatorInfo, lang: Lang, step?: number): string {
  if (typeof indicator !== 'object' || indicator === null || !['judged', 'boolean', 'count', 'ratio'].includes(indicator.kind)) badArgument('indicator', { vi: 'một chỉ báo (indicatorsOf)', en: 'an indicator (indicatorsOf)' }, indicator);
  requireLangOption(lang, 'lang');
  switch (indicator.kind) {
    case 'judged': {
      const every = step !== undefined && step !== 1 && Number.isFinite(step) && step > 0 ? (lang === 'vi' ? `, bước ${formatViNumber(step)}` : `, in steps of ${step}`) : '';
      return lang === 'vi' ? `0–${formatViNumber(indicator.maxPoints)} điểm${every}` : `0–${indicator.maxPoints} points${every}`;
    }
    case 'boolean':
      return lang === 'vi' ? 'có/không' : 'yes/no';
    case 'count':
      return lang === 'vi' ? 'số' : 'number';
    case 'ratio':
      return lang === 'vi' ? 'phần/tổng' : 'part/whole';
  }
}

/**
 * An assessment sheet to hand to hamlets (phiếu đánh giá): a first sheet of instructions — how to write points,
 * yes/no and part/whole, what each column is, the rule set and its legal sources — and a sheet to fill in, one column
 * per indicator headed by its label and the values allowed (`Có tủ sách gia đình [có/không]`). What is typed in it is
 * read back as it is by {@link readAssessmentSheet} and the CLI's `evaluate`; ratio columns are text, so Excel keeps
 * `2/3` rather than making it a date. Write it with {@link workbookBytes}.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentTemplate, workbookBytes } from 'vn-learning-society/sheets';
 * const sheets = assessmentTemplate(getRuleSet('learning-family-khvn-2015'), { keep: ['Thôn', 'Họ tên chủ hộ'] });
 * sheets.map((s) => s.name); // ['Hướng dẫn', 'Phiếu']
 * const bytes = await workbookBytes(sheets); // save as phieu.xlsx (fs.writeFile in Node, a download in a browser)
 * ```
 */
export function assessmentTemplate(ruleSet: RuleSet, options: AssessmentTemplateOptions = {}): WorkbookSheet[] {
  requireOptions(options);
  requireLangOption(options.lang, 'options.lang');
  requireStrings(options.keep, 'options.keep');
  const lang = options.lang ?? 'vi';
  const keep = options.keep ?? [];
  const blank = options.rows ?? 100;
  if (!Number.isInteger(blank) || blank < 0 || blank > 10_000) {
    throw new LearningSocietyError('invalid_input', { vi: 'Số dòng trống không hợp lệ', en: 'Invalid number of blank rows' }, [
      { path: ['rows'], code: 'invalid_count', message: { vi: 'cần một số nguyên từ 0 đến 10.000', en: 'expected a whole number from 0 to 10,000' } },
    ]);
  }
  const indicators = indicatorsOf(ruleSet);
  const steps = judgedSteps(ruleSet);
  const criteria = new Map(ruleSet.criteria.map((c) => [c.id, c.label[lang]]));
  const first = 1 + keep.length;
  const vi = lang === 'vi';
  const sources = ruleSet.sources.map((s) => [s.document.number, s.document.title?.[lang], s.article].filter(Boolean).join(', '));
  const uncertain = indicators.some((i) => i.uncertain);
  const instructions: WorkbookSheet = {
    name: vi ? 'Hướng dẫn' : 'Instructions',
    title: `${vi ? 'HƯỚNG DẪN ĐIỀN PHIẾU' : 'HOW TO FILL IN THE SHEET'}: ${ruleSet.title[lang]}`,
    intro: [
      `${vi ? 'Bộ tiêu chí' : 'Rule set'}: ${ruleSet.id}`,
      `${vi ? 'Căn cứ' : 'Sources'}: ${sources.join('; ')}`,
      vi
        ? `Điền ở trang "Phiếu": mỗi hộ (hoặc đơn vị) một dòng; cột "${TEMPLATE_ID_HEADING.vi}" mỗi dòng một mã riêng. Không đổi tên các cột.`
        : `Fill in the sheet "Sheet": one row per household (or unit); the "${TEMPLATE_ID_HEADING.en}" column holds an id of its own on each row. Do not rename the columns.`,
      ...(pointsLine(steps, vi) !== undefined ? [pointsLine(steps, vi)!] : []),
      vi ? 'Có/không: ghi "có" hoặc "không" (hoặc x, 1, 0).' : 'Yes/no: write "yes" or "no" (or x, 1, 0).',
      vi ? 'Phần/tổng: ghi dạng 2/3 (2 trên tổng số 3). Cột đã định dạng Văn bản để Excel không đổi thành ngày.' : 'Part/whole: write 2/3 (2 of 3). The column is formatted as Text so that Excel does not make it a date.',
      vi ? 'Ô bỏ trống được tính 0 điểm (hoặc báo lỗi nếu chấm với --missing error).' : 'A blank cell scores 0 (or is reported, when scored with --missing error).',
      `${vi ? 'Chấm điểm' : 'Scoring'}: vn-learning-society evaluate -r ${ruleSet.id} -i ${vi ? 'phieu' : 'sheet'}.xlsx${keep.length > 0 ? ` --keep "${keep.join(',')}"` : ''} -o ${vi ? 'ket-qua' : 'results'}.xlsx`,
      ...(uncertain
        ? [vi ? 'Lưu ý: một số giá trị của bộ tiêu chí chưa được đối chiếu với văn bản gốc (cột "Chưa chắc chắn").' : 'Note: some values of the rule set are not yet confirmed against the source text (column "Uncertain").']
        : []),
      '',
    ],
    columns: [
      { heading: vi ? 'Cột' : 'Column', width: 7 },
      { heading: vi ? 'Mã chỉ báo' : 'Indicator id', width: 28 },
      { heading: vi ? 'Tiêu chí' : 'Criterion', width: 30 },
      { heading: vi ? 'Nội dung' : 'Indicator', width: 60 },
      { heading: vi ? 'Giá trị được ghi' : 'Values allowed', width: 16 },
      { heading: vi ? 'Điểm tối đa' : 'Max points', width: 12 },
      { heading: vi ? 'Chưa chắc chắn' : 'Uncertain', width: 14 },
    ],
    rows: indicators.map((ind, i) => [
      columnLetter(first + i),
      ind.id,
      criteria.get(ind.criterion) ?? ind.criterion,
      ind.label[lang],
      allowedValues(ind, lang, steps.get(ind.id)),
      ind.maxPoints,
      ind.uncertain ? (vi ? 'có' : 'yes') : '',
    ]),
  };
  const columns: WorkbookColumn[] = [
    { heading: TEMPLATE_ID_HEADING[lang], width: 12, text: true },
    ...keep.map((k) => ({ heading: k, width: 20 })),
    ...indicators.map((ind) => ({ heading: `${ind.label[lang]} [${allowedValues(ind, lang, steps.get(ind.id))}]`, width: 22, ...(ind.kind === 'ratio' ? { text: true } : {}) })),
  ];
  const form: WorkbookSheet = {
    name: vi ? 'Phiếu' : 'Sheet',
    title: `${vi ? 'PHIẾU ĐÁNH GIÁ' : 'ASSESSMENT SHEET'}: ${ruleSet.title[lang]} (${ruleSet.id})`,
    columns,
    rows: [],
    blankRows: blank,
  };
  return [instructions, form];
}
