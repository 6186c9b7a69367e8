/**
 * The demo behind `npm run demo`: scores the bundled sample assessments of all four grass-roots models with the
 * rule set in force on their date, then forks the national learning-family criteria for a province, shows the
 * difference and scores two households under the fork. Prints a report in Vietnamese and English.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compileRuleSet,
  diffRuleSets,
  evaluateWithRollup,
  explainEvaluation,
  forkRuleSet,
  getRuleSet,
  recognitionCalendar,
  recognitionRule,
  progress,
  recognitionValidity,
  ruleSetFor,
  targetsFor,
  verifyStatedPercentage,
  verifyStatedSum,
  type Assessment,
  type ForkMeta,
  type Lang,
  type Level,
  type Model,
  type RollupInput,
  type DocumentPatch,
} from 'vn-learning-society';

interface SampleFile {
  date: string;
  assessments: { model: Model; level?: Level; assessment: Assessment }[];
}

interface CommuneFile extends RollupInput {
  date: string;
  evaluationYear: number;
  decidedOn: string;
}

interface ForkFile {
  base: string;
  meta: ForkMeta;
  patch: DocumentPatch;
}

const dataFile = (name: string): string => fileURLToPath(new URL(`./data/${name}`, import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(dataFile(name), 'utf8')) as T;

const HEADINGS = {
  vi: {
    national: (date: string) => `KẾT QUẢ ĐÁNH GIÁ THEO BỘ TIÊU CHÍ CÓ HIỆU LỰC NGÀY ${date}`,
    fork: 'BẢN PHÁI SINH CỦA TỈNH: NHỮNG ĐIỂM KHÁC BỘ TIÊU CHÍ QUỐC GIA',
    forkResults: 'KẾT QUẢ THEO BẢN PHÁI SINH CỦA TỈNH',
    summary: (ok: number, all: number) => `Tổng hợp: ${ok}/${all} phiếu đạt danh hiệu.`,
    commune: 'CỘNG ĐỒNG HỌC TẬP CẤP XÃ, TỔNG HỢP TỪ KẾT QUẢ CÁC MÔ HÌNH Ở CƠ SỞ',
    who: 'Thẩm quyền và thời hạn',
    registers: 'Đề nghị',
    evaluates: 'Đánh giá',
    recognises: 'Quyết định công nhận',
    dossier: 'Hạn nộp hồ sơ',
    decision: 'Hạn công nhận',
    progress: 'TIẾN ĐỘ CỦA XÃ SO VỚI CHỈ TIÊU CỦA TỈNH ĐỒNG THÁP ĐẾN NĂM 2025 (KẾ HOẠCH THEO QĐ 387/QĐ-TTG)',
    checks: 'KIỂM TRA SỐ LIỆU CỦA VĂN BẢN',
  },
  en: {
    national: (date: string) => `RESULTS UNDER THE RULE SETS IN FORCE ON ${date}`,
    fork: "THE PROVINCE'S FORK: HOW IT DIFFERS FROM THE NATIONAL RULE SET",
    forkResults: "RESULTS UNDER THE PROVINCE'S FORK",
    summary: (ok: number, all: number) => `Summary: ${ok}/${all} assessments recognised.`,
    commune: 'COMMUNE LEARNING COMMUNITY, ROLLED UP FROM THE GRASS-ROOTS RESULTS',
    who: 'Who decides, and when',
    registers: 'Applies',
    evaluates: 'Evaluates',
    recognises: 'Recognises',
    dossier: 'Dossier due',
    decision: 'Decision due',
    progress: "THE COMMUNE AGAINST ĐỒNG THÁP'S 2025 TARGETS (PLAN UNDER QĐ 387/QĐ-TTG)",
    checks: 'CHECKING FIGURES PRINTED IN DOCUMENTS',
  },
} as const;

/** Builds the whole demo report (both languages). Exported so that the tests can run it. */
export function renderDemo(): string {
  const sample = readJson<SampleFile>('assessments.json');
  const forkFile = readJson<ForkFile>('dong-thap-family-fork.json');
  const forkAssessments = readJson<Assessment[]>('dong-thap-assessments.json');

  const national = sample.assessments.map(({ model, level, assessment }) => {
    const ruleSet = ruleSetFor(level ? { model, level } : model, sample.date);
    return compileRuleSet(ruleSet)(assessment);
  });
  const base = getRuleSet(forkFile.base);
  const fork = forkRuleSet(base, forkFile.patch, forkFile.meta);
  const changes = diffRuleSets(base, fork);
  const scoreFork = compileRuleSet(fork);
  const forkResults = forkAssessments.map((a) => scoreFork(a));

  const communeFile = readJson<CommuneFile>('commune.json');
  const communeRules = ruleSetFor({ model: 'learning-community', level: 'commune' }, communeFile.date);
  const commune = evaluateWithRollup(communeRules, communeFile);
  const recognition = recognitionRule('learning-community', 'commune', communeFile.date);
  const calendar = recognitionCalendar(recognition, communeFile.evaluationYear);
  const validity = recognitionValidity(communeFile.decidedOn, recognition);

  // The commune's grass-roots counts against the province's targets (seed 001: Đồng Tháp, VN-45).
  const share = (model: string, level?: string) => {
    const below = communeFile.below.find((b) => b.model === model && b.level === level) as { recognized: number };
    const population = communeFile.populations!.find((p) => p.model === model && p.level === level)!;
    return { part: below.recognized, whole: population.count };
  };
  const counts = {
    'learning-families': share('learning-family'),
    'learning-clans': share('learning-clan'),
    'learning-communities': share('learning-community', 'hamlet'),
    'learning-units': share('learning-unit', 'grassroots'),
  };
  const rows = progress(counts, targetsFor('VN-45', communeFile.evaluationYear)).filter((r) => r.status !== 'no-data');

  // Seed 000 (Long An, 2020 yearbook): 258 copies; and a percentage as a report would print it.
  const copies = verifyStatedSum({ parts: [37, 2, 1, { count: 15, each: 1 }, { count: 15, each: 1 }, { count: 188, each: 1 }], stated: 258 });
  const printed = verifyStatedPercentage({ part: 812, whole: 1043, stated: '77,9%' });

  const out: string[] = [];
  const rule = '='.repeat(78);
  for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
    const h = HEADINGS[lang];
    out.push(rule, h.national(sample.date), rule);
    for (const r of national) out.push(explainEvaluation(r, { lang }), '');
    out.push(h.summary(national.filter((r) => r.recognized).length, national.length), '');
    out.push(rule, h.fork, `${base.id} → ${fork.id} (${fork.jurisdiction.name[lang]})`, rule);
    for (const c of changes) out.push(`  • ${c.message[lang]}`);
    out.push('', rule, h.forkResults, rule);
    for (const r of forkResults) out.push(explainEvaluation(r, { lang }), '');
    out.push(rule, h.commune, rule, explainEvaluation(commune, { lang, indicators: false }), '');
    out.push(`${h.who} (${recognition.id}):`);
    out.push(`  ${h.registers}: ${recognition.registeringParty[lang]}`);
    out.push(`  ${h.evaluates}: ${recognition.evaluatingBody[lang]}`);
    out.push(`  ${h.recognises}: ${recognition.recognizingAuthority[lang]}`);
    out.push(`  ${h.dossier}: ${calendar.dossierDue} · ${h.decision}: ${calendar.decisionDue}`);
    out.push(`  ${validity.explanation[lang]}`, '');
    out.push(rule, h.progress, rule);
    for (const r of rows) out.push(`  ${r.status === 'met' ? '✓' : '✗'} ${r.explanation[lang]}`);
    out.push('', rule, h.checks, rule);
    out.push(`  ${copies.consistent ? '✓' : '✗'} ${copies.explanation[lang]}`);
    out.push(`  ${printed.consistent ? '✓' : '✗'} ${printed.explanation[lang]}`, '');
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(renderDemo());
}
