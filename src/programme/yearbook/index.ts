import type { Decimal } from 'decimal.js';
import { LearningSocietyError } from '../../core/errors/index.js';
import { prefixIssue } from '../../core/errors/prefix.js';
import { forkDocument, type ForkMeta, type DocumentPatch } from '../../document/fork/index.js';
import { type Label } from '../../core/label/index.js';
import { checkUntrustedJson } from '../../core/untrusted/index.js';
import { parseChecked, problemsOf } from '../../core/internal/check.js';
import type { YearbookPlan } from './schema.js';
import { printingOptions, yearbookInput, yearbookPlanIssues } from './check.js';
import { verifyStatedSum, type StatedFigure } from '../verify/index.js';
import { ExactDecimal, formatViNumber } from '../../core/vi-number/index.js';
import { requireObject } from '../../core/internal/args.js';

export type { YearbookPlan } from './schema.js';

/** The least a yearbook plan needs for its arithmetic; a full {@link YearbookPlan} fits too. */
export interface YearbookInput {
  /** How many units nominate, their codes, or `{ count }`. */
  readonly units: number | readonly string[] | { readonly count: number };
  /** Reports per unit, when every model counts alike; else give `quota`. */
  readonly modelsPerUnit?: number;
  readonly quota?: readonly { readonly perUnit: number; readonly id?: string; readonly label?: Label }[];
  readonly pagesPerReport: number;
  readonly extraPages?: number;
  readonly distribution: readonly { readonly recipient: string | Label; readonly count: number; readonly copiesEach: number; readonly id?: string }[];
}

/** How the yearbook is printed: both sides or one, and how many pages on each side of a sheet. */
export interface PrintingOptions {
  readonly sides: 'duplex' | 'simplex';
  /** Pages per side of a sheet (2 for two A5 pages on an A4 side). Default 1. */
  readonly pagesPerSide?: number;
  /** Sheet size, for the record. Default `A4`. */
  readonly sheetSize?: string;
  /** Sheets in a ream, for buying paper. Default 500. */
  readonly sheetsPerReam?: number;
}

/** Unit prices in đồng (VND), as numbers or text ("1.200"). */
export interface UnitPrices {
  readonly perSheet?: number | string;
  readonly perPrintedSide?: number | string;
  /** Per copy: binding, cover. */
  readonly perCopy?: number | string;
}

/** The arithmetic of a yearbook plan. Every count is a whole number; money is exact (decimal.js). */
export interface YearbookFigures {
  readonly units: number;
  readonly reportsPerUnit: number;
  readonly reports: number;
  readonly pages: number;
  readonly copies: number;
  readonly copiesByRecipient: readonly { readonly id?: string; readonly recipient: Label; readonly count: number; readonly copiesEach: number; readonly copies: number }[];
  readonly printing?: {
    readonly sides: 'duplex' | 'simplex';
    readonly pagesPerSide: number;
    readonly sheetSize: string;
    readonly sheetsPerCopy: number;
    readonly printedSidesPerCopy: number;
    readonly sheets: number;
    readonly printedSides: number;
    /** Reams to buy: the ceiling of sheets / sheets per ream. */
    readonly reams: number;
  };
  readonly cost?: { readonly total: Decimal; readonly sheets: Decimal; readonly printedSides: Decimal; readonly copies: Decimal; readonly currency: 'VND' };
  readonly explanation: Label;
}

function money(v: number | string | undefined, path: string): Decimal {
  if (v === undefined) return new ExactDecimal(0);
  const d = typeof v === 'number' ? new ExactDecimal(String(v)) : new ExactDecimal(String(v).replace(/\./g, '').replace(',', '.'));
  if (!d.isFinite() || d.isNegative()) {
    throw new LearningSocietyError('invalid_input', { vi: 'Đơn giá không hợp lệ', en: 'Invalid unit price' }, [
      { path: ['prices', path], code: 'invalid_price', message: { vi: 'đơn giá phải là số không âm', en: 'a price must be a non-negative number' } },
    ]);
  }
  return d;
}

/**
 * Works out a yearbook's reports, pages and copies (integers), copies by recipient, and — given how it is printed —
 * sheets, printed sides and reams, and — given unit prices — an exact cost in đồng.
 *
 * @throws {@link LearningSocietyError} `invalid_input` for a negative or fractional count, or neither quota nor
 * models per unit.
 *
 * @example
 * ```ts
 * import { planYearbook } from 'vn-learning-society';
 * const y = planYearbook({
 *   units: 15, modelsPerUnit: 5, pagesPerReport: 6,
 *   distribution: [{ recipient: 'Ban chỉ đạo và Tổ giúp việc', count: 37, copiesEach: 1 }, { recipient: 'Xã, phường, thị trấn', count: 188, copiesEach: 1 }],
 * }, { printing: { sides: 'duplex' } });
 * y.pages; // 450
 * y.copies; // 225
 * y.printing?.sheets; // 50625
 * ```
 */
export function planYearbook(input: YearbookInput | YearbookPlan, options: { printing?: PrintingOptions; prices?: UnitPrices } = {}): YearbookFigures {
  requireObject(options, 'options');
  const p = checkUntrustedJson(input) as YearbookInput;
  const problems = problemsOf(yearbookInput, p);
  if (problems.length > 0) throw new LearningSocietyError('invalid_input', { vi: 'Kế hoạch kỷ yếu không hợp lệ', en: 'Invalid yearbook plan' }, problems);
  if (p.modelsPerUnit === undefined && p.quota === undefined) {
    throw new LearningSocietyError('invalid_input', { vi: 'Kế hoạch kỷ yếu không hợp lệ', en: 'Invalid yearbook plan' }, [
      { path: ['quota'], code: 'no_quota', message: { vi: 'cần modelsPerUnit hoặc quota', en: 'modelsPerUnit or quota is needed' } },
    ]);
  }
  const units = typeof p.units === 'number' ? p.units : Array.isArray(p.units) ? p.units.length : (p.units as { count: number }).count;
  const reportsPerUnit = p.modelsPerUnit ?? p.quota!.reduce((s, q) => s + q.perUnit, 0);
  const reports = units * reportsPerUnit;
  const pages = reports * p.pagesPerReport + (p.extraPages ?? 0);
  const copiesByRecipient = (input.distribution as YearbookInput['distribution']).map((d) => ({
    ...(d.id !== undefined ? { id: d.id } : {}),
    recipient: typeof d.recipient === 'string' ? { vi: d.recipient, en: d.recipient } : d.recipient,
    count: d.count,
    copiesEach: d.copiesEach,
    copies: d.count * d.copiesEach,
  }));
  const copies = copiesByRecipient.reduce((s, d) => s + d.copies, 0);
  const out: { -readonly [K in keyof YearbookFigures]: YearbookFigures[K] } = {
    units,
    reportsPerUnit,
    reports,
    pages,
    copies,
    copiesByRecipient,
    explanation: {
      vi: `${reportsPerUnit} báo cáo/đơn vị × ${units} đơn vị × ${p.pagesPerReport} trang/báo cáo${p.extraPages ? ` + ${p.extraPages} trang` : ''} = ${formatViNumber(pages)} trang; ${copiesByRecipient.map((d) => `${d.count} × ${d.copiesEach}`).join(' + ')} = ${formatViNumber(copies)} quyển`,
      en: `${reportsPerUnit} reports/unit × ${units} units × ${p.pagesPerReport} pages/report${p.extraPages ? ` + ${p.extraPages} pages` : ''} = ${pages} pages; ${copiesByRecipient.map((d) => `${d.count} × ${d.copiesEach}`).join(' + ')} = ${copies} copies`,
    },
  };
  if (options.printing) {
    const printingProblems = problemsOf(printingOptions, options.printing);
    if (printingProblems.length > 0) throw new LearningSocietyError('invalid_input', { vi: 'Cách in không hợp lệ', en: 'Invalid printing options' }, printingProblems.map((i) => prefixIssue(i, ['printing'])));
    const pr = { data: options.printing };
    const perSide = pr.data.pagesPerSide ?? 1;
    const printedSidesPerCopy = Math.ceil(pages / perSide);
    const sheetsPerCopy = pr.data.sides === 'duplex' ? Math.ceil(printedSidesPerCopy / 2) : printedSidesPerCopy;
    const sheets = sheetsPerCopy * copies;
    out.printing = {
      sides: pr.data.sides,
      pagesPerSide: perSide,
      sheetSize: pr.data.sheetSize ?? 'A4',
      sheetsPerCopy,
      printedSidesPerCopy,
      sheets,
      printedSides: printedSidesPerCopy * copies,
      reams: Math.ceil(sheets / (pr.data.sheetsPerReam ?? 500)),
    };
  }
  if (options.prices) {
    if (!out.printing) {
      throw new LearningSocietyError('invalid_input', { vi: 'Thiếu cách in', en: 'Printing options missing' }, [
        { path: ['printing'], code: 'printing_needed', message: { vi: 'cần cách in để tính chi phí giấy và in', en: 'printing options are needed to cost paper and printing' } },
      ]);
    }
    const sheetsCost = money(options.prices.perSheet, 'perSheet').times(out.printing.sheets);
    const sidesCost = money(options.prices.perPrintedSide, 'perPrintedSide').times(out.printing.printedSides);
    const copiesCost = money(options.prices.perCopy, 'perCopy').times(copies);
    out.cost = { total: sheetsCost.plus(sidesCost).plus(copiesCost), sheets: sheetsCost, printedSides: sidesCost, copies: copiesCost, currency: 'VND' };
  }
  return out;
}

/** One figure a document states, checked. */
export interface YearbookCheck {
  readonly figure: 'reports' | 'pages' | 'copies' | `copies:${string}`;
  readonly stated: Decimal;
  readonly computed: number;
  readonly consistent: boolean;
  readonly explanation: Label;
}

/**
 * Checks the totals a yearbook plan states (reports, pages, copies, copies per recipient) against its own
 * arithmetic, and explains each mismatch.
 *
 * @example
 * ```ts
 * import { LONG_AN_YEARBOOK_2020, verifyYearbookPlan } from 'vn-learning-society';
 * verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { pages: 450, copies: 258 }).consistent; // true
 * verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { copies: 260 }).checks[0]?.explanation.en;
 * // 'copies: stated 260, computed 258 (37 × 1 + 2 × 1 + 1 × 1 + 15 × 1 + 15 × 1 + 188 × 1) — differs by 2'
 * ```
 */
export function verifyYearbookPlan(
  plan: YearbookInput | YearbookPlan,
  stated: { reports?: StatedFigure; pages?: StatedFigure; copies?: StatedFigure; copiesByRecipient?: Readonly<Record<string, StatedFigure>> },
): { consistent: boolean; checks: YearbookCheck[]; explanation: Label } {
  requireObject(stated, 'stated');
  const figures = planYearbook(plan);
  const checks: YearbookCheck[] = [];
  const check = (figure: YearbookCheck['figure'], value: StatedFigure | undefined, computed: number, how: string) => {
    if (value === undefined) return;
    const v = verifyStatedSum({ parts: [computed], stated: value });
    const ok = v.consistent;
    const diff = v.stated.minus(computed);
    checks.push({
      figure,
      stated: v.stated,
      computed,
      consistent: ok,
      explanation: ok
        ? { vi: `${figure}: ${formatViNumber(computed)} (${how}) — khớp`, en: `${figure}: ${computed} (${how}) — matches` }
        : { vi: `${figure}: văn bản ghi ${formatViNumber(v.stated)}, tính được ${formatViNumber(computed)} (${how}) — chênh ${formatViNumber(diff.abs())}`, en: `${figure}: stated ${v.stated.toString()}, computed ${computed} (${how}) — differs by ${diff.abs().toString()}` },
    });
  };
  check('reports', stated.reports, figures.reports, `${figures.reportsPerUnit} × ${figures.units}`);
  const pagesPer = (plan as YearbookInput).pagesPerReport;
  check('pages', stated.pages, figures.pages, `${figures.reports} × ${pagesPer}${(plan as YearbookInput).extraPages ? ` + ${(plan as YearbookInput).extraPages}` : ''}`);
  check('copies', stated.copies, figures.copies, figures.copiesByRecipient.map((d) => `${d.count} × ${d.copiesEach}`).join(' + '));
  for (const [id, value] of Object.entries(stated.copiesByRecipient ?? {})) {
    const d = figures.copiesByRecipient.find((x) => x.id === id);
    if (!d) {
      throw new LearningSocietyError('invalid_input', { vi: 'Không có nơi nhận này', en: 'Unknown recipient' }, [
        { path: ['copiesByRecipient', id], code: 'unknown_recipient', message: { vi: `không có nơi nhận mã "${id}"`, en: `no recipient with id "${id}"` } },
      ]);
    }
    check(`copies:${id}`, value, d.copies, `${d.count} × ${d.copiesEach}`);
  }
  const consistent = checks.every((c) => c.consistent);
  return {
    consistent,
    checks,
    explanation: {
      vi: checks.map((c) => c.explanation.vi).join('; '),
      en: checks.map((c) => c.explanation.en).join('; '),
    },
  };
}

/**
 * Validates a yearbook plan from any source (object or JSON text).
 *
 * @example
 * ```ts
 * import { LONG_AN_YEARBOOK_2020, parseYearbookPlan, planYearbook } from 'vn-learning-society';
 * const plan = parseYearbookPlan(JSON.stringify(LONG_AN_YEARBOOK_2020));
 * planYearbook(plan).copies; // 258
 * ```
 */
export function parseYearbookPlan(input: unknown): YearbookPlan {
  return parseChecked(input, yearbookPlanIssues, 'invalid_input', { vi: 'Kế hoạch kỷ yếu không hợp lệ', en: 'Invalid yearbook plan' });
}

/**
 * Derives a province's yearbook plan from another (other units, quotas, recipients), patching only what changes;
 * `quota` and `distribution` entries are addressed by id.
 *
 * @example
 * ```ts
 * import { forkYearbookPlan, LONG_AN_YEARBOOK_2020, planYearbook } from 'vn-learning-society';
 * const mine = forkYearbookPlan(LONG_AN_YEARBOOK_2020, { units: { count: 12 }, distribution: { communes: { count: 150 } } }, {
 *   id: 'yearbook-x-2025', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * });
 * planYearbook(mine).pages; // 360
 * ```
 */
export function forkYearbookPlan(base: YearbookPlan, patch: DocumentPatch | string, meta: ForkMeta): YearbookPlan {
  return forkDocument(base, patch, meta, { keyedFields: new Set(['quota', 'distribution', 'sources']), parse: parseYearbookPlan });
}

