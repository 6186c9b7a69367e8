/**
 * An auditor checks the arithmetic of Long An's 2020 yearbook plan (seed 000) — `npx tsx examples/verify-long-an.ts`.
 *
 * The plan is shipped as data (`LONG_AN_YEARBOOK_2020`: 15 districts × 5 models × 6 pages, and six kinds of
 * recipient). The figures the document prints are in examples/data/long-an-2020-stated.json, as written there
 * ("02" copies). The example recomputes each, then shows what a typo would look like, and what the photocopying
 * costs at illustrative prices (exact to the đồng, with decimal.js).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  formatViNumber,
  LONG_AN_YEARBOOK_2020,
  planYearbook,
  verifyYearbookPlan,
  type StatedFigure,
  type YearbookCheck,
  type YearbookFigures,
} from 'vn-learning-society';

interface StatedFile {
  document: string;
  quotes: string[];
  stated: { pages: StatedFigure; copies: StatedFigure; copiesByRecipient: Record<string, StatedFigure> };
}

/** Illustrative photocopy prices in đồng (not from the plan, which only names the budget line). */
export const ILLUSTRATIVE_PRICES = { perSheet: 120, perPrintedSide: 150, perCopy: '8500' } as const;

export interface VerifyLongAnResult {
  readonly consistent: boolean;
  readonly checks: readonly YearbookCheck[];
  /** The same plan checked against a mistyped total (260 copies). */
  readonly typo: { consistent: boolean; failed: readonly YearbookCheck[] };
  readonly figures: YearbookFigures;
  readonly report: string;
}

export function runVerifyLongAn(): VerifyLongAnResult {
  const file = JSON.parse(readFileSync(fileURLToPath(new URL('./data/long-an-2020-stated.json', import.meta.url)), 'utf8')) as StatedFile;
  const verdict = verifyYearbookPlan(LONG_AN_YEARBOOK_2020, file.stated);
  const typo = verifyYearbookPlan(LONG_AN_YEARBOOK_2020, { ...file.stated, copies: '260' });
  const figures = planYearbook(LONG_AN_YEARBOOK_2020, { printing: { sides: 'duplex' }, prices: ILLUSTRATIVE_PRICES });

  const out = [file.document, ...file.quotes.map((q) => `  « ${q} »`), ''];
  for (const c of verdict.checks) out.push(`  ${c.consistent ? '✓' : '✗'} ${c.explanation.vi}`);
  const failed = typo.checks.filter((x) => !x.consistent);
  out.push('', `Nếu văn bản ghi 260 quyển / Had it said 260 copies:`);
  for (const f of failed) out.push(`  ✗ ${f.explanation.vi}`, `  ✗ ${f.explanation.en}`);
  out.push('');
  const p = figures.printing!;
  const c = figures.cost!;
  out.push(
    `In hai mặt / duplex: ${p.sheetsPerCopy} tờ/quyển × ${figures.copies} quyển = ${formatViNumber(p.sheets)} tờ (${formatViNumber(p.reams)} ram)`,
    `Chi phí minh họa / illustrative cost: ${formatViNumber(c.total)} đồng = ${formatViNumber(c.sheets)} (giấy) + ${formatViNumber(c.printedSides)} (in) + ${formatViNumber(c.copies)} (đóng quyển)`,
  );
  return { consistent: verdict.consistent, checks: verdict.checks, typo: { consistent: typo.consistent, failed }, figures, report: out.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runVerifyLongAn().report);
}
