// Type-checks a strict consumer of the built package under each module resolution a TypeScript user may have:
// NodeNext as ES module and as CommonJS, bundler, and node10. The consumer links to this package as
// node_modules/vn-learning-society, checks with skipLibCheck off, and asserts that Decimal is a real type, not `any`.
// node10 has esModuleInterop on (as `tsc --init` sets it): without it zod's own locale types fail to check.
// Usage: node scripts/consumer-types.mjs  (after `npm run build`); exits 1 with tsc's output when a mode fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const body = `
import { evaluate, getRuleSet, LearningSocietyError, parseViDecimal, roundDecimal, verifyStatedPercentage } from 'vn-learning-society';
import { loadRuleSetFor } from 'vn-learning-society/rule-sets';
import { findUnit, type AdminUnit } from 'vn-learning-society/units';
import { unitByCode } from 'vn-learning-society/units/2025';
import { progressChartSvg } from 'vn-learning-society/charts';
import { readAssessmentSheet, verifyReportTable, type SheetTable } from 'vn-learning-society/sheets';
import { parseCaseFile, runCases, type CaseReport } from 'vn-learning-society/cases';
import { ruleSetSchema } from 'vn-learning-society/schemas';
import { viNumberWords, type OfficialDocument } from 'vn-learning-society/documents';
type IsAny<T> = 0 extends 1 & T ? true : false;
const d = parseViDecimal('7,5');
const notAny: IsAny<typeof d> = false;
const fixed: string = roundDecimal(d, 1, 'half-up').toFixed(1);
const r = evaluate(getRuleSet('learning-family-khvn-2015'), { points: {} });
const recognized: boolean = r.recognized;
const v = verifyStatedPercentage({ part: 1, whole: 3, stated: '33,33' });
const consistent: boolean = v.consistent;
const loading: Promise<string> = loadRuleSetFor('learning-family', '2024-11-15').then((ruleSet) => ruleSet.id);
const unit: AdminUnit | undefined = findUnit('P. Ba Đình').unit;
const unitCode: string | undefined = unit?.code;
const unit2025: AdminUnit = unitByCode('00004');
const isError: boolean = new Error('x') instanceof LearningSocietyError;
const svg: string = progressChartSvg([{ label: 'A', part: 1, whole: 2 }], { target: 50 });
const sheet: SheetTable = { name: 'Phiếu', rows: [['Mã hộ', 'children.results'], ['H1', 8]] };
const read: number = readAssessmentSheet(getRuleSet('learning-family-khvn-2015'), sheet).assessments.length;
const wrongCells: string[] = verifyReportTable([['Xã', 'Số hộ', 'Đạt', 'Tỷ lệ (%)'], ['A', 3, 1, '33,33']]).wrong.map((w) => w.cell);
const report: CaseReport = runCases(parseCaseFile('ruleSet: learning-family-khvn-2015\\ncases:\\n  - name: a\\n    assessment: {}\\n    expect: { total: 0 }\\n'));
const casesPassed: number = report.passed;
const schemaSays: boolean = ruleSetSchema.safeParse(getRuleSet('learning-family-khvn-2015')).success;
const words: string = viNumberWords(258);
const kind: OfficialDocument['kind'] = 'recognition-decision';
export { notAny, fixed, loading, recognized, consistent, unitCode, unit2025, isError, svg, read, wrongCells, casesPassed, schemaSays, words, kind };
`;

const modes = [
  { name: 'NodeNext, ES module', type: 'module', file: 'index.mts', options: { module: 'NodeNext', moduleResolution: 'NodeNext' } },
  { name: 'NodeNext, CommonJS', type: 'commonjs', file: 'index.cts', options: { module: 'NodeNext', moduleResolution: 'NodeNext' } },
  { name: 'bundler', type: 'module', file: 'index.ts', options: { module: 'ESNext', moduleResolution: 'Bundler' } },
  { name: 'node10', type: 'commonjs', file: 'index.ts', options: { module: 'CommonJS', moduleResolution: 'Node10', esModuleInterop: true } },
];

const work = mkdtempSync(join(tmpdir(), 'vnls-consumer-'));
let failed = 0;
try {
  for (const [i, mode] of modes.entries()) {
    const dir = join(work, String(i));
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules/vn-learning-society'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${i}`, private: true, type: mode.type }));
    writeFileSync(join(dir, mode.file), body);
    // preserveSymlinks: resolve from node_modules/vn-learning-society as an installed package would, not from its real path.
    const compilerOptions = { ...mode.options, target: 'ES2022', strict: true, skipLibCheck: false, noEmit: true, types: [], lib: ['ES2022', 'DOM'], preserveSymlinks: true };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: [mode.file] }));
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { stdio: 'pipe', encoding: 'utf8' });
      console.log(`types ok: ${mode.name}`);
    } catch (e) {
      failed += 1;
      console.error(`types FAIL: ${mode.name}\n${`${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').slice(0, 30).join('\n')}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
