import type { RatioFact } from '../assessment/types.js';
import type { Evaluation, IndicatorResult } from '../evaluate/types.js';
import { LEVEL_LABELS, MODEL_LABELS } from '../../core/model/index.js';
import type { RolledUpFact } from '../rollup/index.js';
import { numberText as num, type Lang } from '../../core/label/index.js';
import { percentHalfUp } from '../../core/internal/exact.js';
import { badArgument, requireLang, requireObject } from '../../core/internal/args.js';

/** Options of {@link explainEvaluation}. */
export interface ExplainOptions {
  readonly lang: Lang;
  /** Show each indicator under its criterion (default true). */
  readonly indicators?: boolean;
}

const WORDS = {
  vi: {
    recognized: 'ĐẠT',
    notRecognized: 'CHƯA ĐẠT',
    points: 'điểm',
    class: 'Xếp loại',
    none: 'không xếp loại',
    why: 'Lý do chưa đạt',
    basis: 'Căn cứ',
    uncertain: 'giá trị chưa được xác nhận',
    provisional: (n: number) => `KẾT QUẢ TẠM THỜI: dựa trên ${n} giá trị chưa được xác nhận từ văn bản gốc`,
    question: 'Cần xác nhận',
    missing: 'Chưa có dữ liệu (tính 0 điểm)',
    rolledUp: 'Tổng hợp từ cấp dưới',
    recognizedOf: (r: number, e: number) => `${r} được công nhận / ${e} được đánh giá`,
    population: 'tổng số trên địa bàn',
    evaluated: 'số được đánh giá',
    notGiven: 'chưa nhập',
    yes: 'có',
    no: 'không',
  },
  en: {
    recognized: 'RECOGNISED',
    notRecognized: 'NOT RECOGNISED',
    points: 'points',
    class: 'Class',
    none: 'no class reached',
    why: 'Why not',
    basis: 'Basis',
    uncertain: 'value not confirmed',
    provisional: (n: number) => `PROVISIONAL: rests on ${n} value${n === 1 ? '' : 's'} not yet confirmed from the original text`,
    question: 'To confirm',
    missing: 'No data (counted as 0 points)',
    rolledUp: 'Rolled up from below',
    recognizedOf: (r: number, e: number) => `${r} recognised of ${e} evaluated`,
    population: 'all in the area',
    evaluated: 'those evaluated',
    notGiven: 'not given',
    yes: 'yes',
    no: 'no',
  },
} as const;

/**
 * A ratio as a percentage for reading, with the rounding named: half-up at one decimal
 * (the exact comparison with the bands was already done in integers).
 *
 * @example
 * ```ts
 * import { ratioPercentText } from 'vn-learning-society';
 * ratioPercentText({ part: 2, whole: 3 }, 'vi'); // '66,7%'
 * ratioPercentText({ part: 2, whole: 3 }, 'en'); // '66.7%'
 * ratioPercentText({ part: 0, whole: 0 }, 'en'); // '—'
 * ```
 */
export function ratioPercentText(fact: RatioFact, lang: Lang): string {
  requireObject(fact, 'fact');
  requireLang(lang);
  if (!Number.isFinite(fact.part) || !Number.isFinite(fact.whole)) badArgument('fact', { vi: 'phần/tổng là số', en: 'a part and whole that are numbers' }, fact);
  if (fact.whole === 0) return '—';
  const pct = percentHalfUp(fact.part, fact.whole, 1);
  return `${lang === 'vi' ? pct.replace('.', ',') : pct}%`;
}

function inputText(ind: IndicatorResult, lang: Lang): string {
  const w = WORDS[lang];
  if (ind.input === undefined) return w.notGiven;
  switch (ind.kind) {
    case 'boolean':
      return ind.input ? w.yes : w.no;
    case 'ratio': {
      const r = ind.input as RatioFact;
      return `${r.part}/${r.whole} = ${ratioPercentText(r, lang)}`;
    }
    default:
      return num(ind.input as number, lang);
  }
}

/**
 * Renders an evaluation as plain text in Vietnamese or English: the verdict, the class, each criterion's
 * and indicator's points, each shortfall with its legal basis, and what was missing.
 *
 * @example
 * ```ts
 * import { evaluate, explainEvaluation, getRuleSet } from 'vn-learning-society';
 * const result = evaluate(getRuleSet('learning-family-khvn-2015'), { points: { 'children.results': 10 } });
 * console.log(explainEvaluation(result, { lang: 'vi' }));
 * ```
 */
export function explainEvaluation(result: Evaluation, options: ExplainOptions): string {
  requireObject(result, 'result');
  const lang = requireLang(requireObject(options, 'options').lang);
  const w = WORDS[lang];
  const lines: string[] = [];
  const who = result.assessmentId ? `${result.assessmentId} — ` : '';
  lines.push(`${who}${result.title[lang]} [${result.ruleSetId}]`);
  const verdict = result.recognized ? w.recognized : w.notRecognized;
  const total = result.scale === 'points' ? `: ${num(result.total, lang)}/${num(result.maxTotal, lang)} ${w.points}` : '';
  const cls = result.classes.length > 0 ? ` · ${w.class}: ${result.classification?.label[lang] ?? w.none}` : '';
  lines.push(`${verdict}${total}${cls}`);
  result.criteria.forEach((c, i) => {
    lines.push(`  ${i + 1}. ${c.label[lang]}: ${num(c.points, lang)}/${num(c.maxPoints, lang)}`);
    if (options.indicators === false) return;
    for (const ind of c.indicators) {
      const given = ind.kind === 'judged' && ind.input !== undefined ? '' : ` (${inputText(ind, lang)})`;
      lines.push(`     - ${ind.label[lang]}: ${num(ind.points, lang)}/${num(ind.maxPoints, lang)}${given}`);
    }
  });
  if (result.shortfalls.length > 0) {
    lines.push(`  ${w.why}:`);
    for (const s of result.shortfalls) {
      lines.push(`   ✗ ${s.message[lang]}${s.uncertain ? ` (${w.uncertain})` : ''}`);
      lines.push(`     ${w.basis}: ${s.source.citation[lang]}`);
    }
  }
  const rolledUp = (result as Evaluation & { rolledUp?: readonly RolledUpFact[] }).rolledUp;
  if (rolledUp && rolledUp.length > 0) {
    lines.push(`  ${w.rolledUp}:`);
    for (const t of rolledUp) {
      const what = `${MODEL_LABELS[t.model][lang]}${t.level ? ` (${LEVEL_LABELS[t.level][lang]})` : ''}`;
      const base = t.whole === undefined ? '' : ` → ${t.recognized}/${t.whole} (${t.of === 'population' ? w.population : w.evaluated})`;
      lines.push(`   ↑ ${t.indicator}: ${what}: ${w.recognizedOf(t.recognized, t.evaluated)}${base}`);
    }
  }
  if (result.missing.length > 0) lines.push(`  ${w.missing}: ${result.missing.join(', ')}`);
  const open = Array.isArray(result.unconfirmed) ? result.unconfirmed : [];
  if (open.length > 0) {
    lines.push(`  ⚠ ${w.provisional(open.length)}:`);
    for (const u of open) lines.push(`   ? ${u.path} = ${typeof u.value === 'object' ? JSON.stringify(u.value) : String(u.value)} — ${w.question}: ${u.question[lang]}`);
  }
  return lines.join('\n');
}
