import { Command, CommanderError, Option } from 'commander';
import type { Assessment } from '../rules/assessment/types.js';
import { assessmentJsonSchema } from '../rules/assessment/schema.js';
import { findLegalDocument } from '../catalogue/legal-sources/index.js';
import { findLegalCitations } from '../programme/citation/index.js';
import { diffRuleSets } from '../rules/rule-set/diff.js';
import { LearningSocietyError, type Issue } from '../core/errors/index.js';
import { compileRuleSet } from '../rules/evaluate/compile.js';
import { forkRuleSet } from '../rules/rule-set/fork.js';
import type { Lang } from '../core/label/index.js';
import { LEVELS, MODELS, type Level, type Model } from '../core/model/index.js';
import { getRuleSet, listRuleSets } from '../catalogue/rule-sets/lookup.js';
import { parseRuleSet, ruleSetJsonSchema } from '../rules/rule-set/parse.js';
import { indicatorsOf } from '../rules/rule-set/indicators.js';
import type { RuleSet } from '../rules/rule-set/schema.js';
import { BUILT_IN_RULE_SET_IDS } from '../catalogue/rule-sets/index.js';
import { Tally, TALLY_LEVELS, type TallyLevel } from '../programme/tally/index.js';
import { listTargets, targetsFor } from '../catalogue/targets/index.js';
import { parseTargetTable, progress, type ProgressCount, type TargetTable } from '../programme/targets/index.js';
import { verifyStatedPercentage, verifyStatedSum, type SumPart } from '../programme/verify/index.js';
import { formatViNumber, parseViDecimal } from '../core/vi-number/index.js';
import { LONG_AN_YEARBOOK_2020 } from '../catalogue/yearbooks/index.js';
import { parseYearbookPlan, planYearbook, verifyYearbookPlan, type YearbookPlan } from '../programme/yearbook/index.js';
import { csvLine, formatOf, readRecords, writeRows, type CliIo, type InputFormat, type OutputFormat } from './io.js';

/** Exit codes: 0 ok, 1 a verification found mismatches, 2 bad input, 3 an internal error. */
export const EXIT = { ok: 0, mismatch: 1, badInput: 2, internal: 3 } as const;

interface Globals {
  format: OutputFormat | 'ndjson';
  lang: Lang;
}

/** A bad record: where, which field, what is wrong. */
interface BadRecord {
  line: number;
  field: string;
  message: string;
}

class CliFailure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const T = {
  vi: {
    badRecords: (records: number, problems: number) =>
      `${records} bản ghi không hợp lệ, ${problems} lỗi (không bản ghi nào bị bỏ qua âm thầm; sửa rồi chạy lại):`,
    line: (n: number) => `dòng ${n}`,
    progress: (n: number) => `… đã xử lý ${formatViNumber(n)} bản ghi`,
    done: (n: number, ok: number) => `Xong: ${formatViNumber(n)} bản ghi, ${formatViNumber(ok)} hợp lệ.`,
    notFound: (ref: string) => `không tìm thấy bộ tiêu chí hoặc tệp "${ref}"`,
    noCitation: 'không tìm thấy trích dẫn văn bản nào',
  },
  en: {
    badRecords: (records: number, problems: number) =>
      `${records} bad record(s), ${problems} problem(s) (none dropped silently; fix them and run again):`,
    line: (n: number) => `line ${n}`,
    progress: (n: number) => `… ${n} records processed`,
    done: (n: number, ok: number) => `Done: ${n} records, ${ok} valid.`,
    notFound: (ref: string) => `no rule set or file "${ref}"`,
    noCitation: 'no legal citation found',
  },
} as const;

/** A rule set by id, or from a file: a rule set, or a fork spec `{ base, patch, meta }` (a province's fork). */
async function loadRuleSet(io: CliIo, ref: string, lang: Lang): Promise<RuleSet> {
  if (BUILT_IN_RULE_SET_IDS.includes(ref)) return getRuleSet(ref);
  let text: string;
  try {
    text = await io.readText(ref);
  } catch {
    throw new CliFailure(T[lang].notFound(ref), EXIT.badInput);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CliFailure(`${ref}: ${e instanceof Error ? e.message : String(e)}`, EXIT.badInput);
  }
  if (typeof data === 'object' && data !== null && 'base' in data && 'patch' in data && 'meta' in data) {
    const spec = data as { base: string; patch: Record<string, unknown>; meta: Parameters<typeof forkRuleSet>[2] };
    return forkRuleSet(await loadRuleSet(io, spec.base, lang), spec.patch, spec.meta);
  }
  return parseRuleSet(text);
}

async function loadTargets(io: CliIo, ref: string, lang: Lang): Promise<TargetTable> {
  const shipped = listTargets().find((t) => t.id === ref);
  if (shipped) return shipped;
  try {
    return parseTargetTable(await io.readText(ref));
  } catch (e) {
    if (e instanceof LearningSocietyError) throw e;
    throw new CliFailure(T[lang].notFound(ref), EXIT.badInput);
  }
}

/** Turns a CSV row (column → text) into an assessment, by the kind of each indicator; records what does not fit. */
function assessmentFromCsv(rs: RuleSet, row: Record<string, string>, bad: (field: string, message: string) => void): Assessment {
  const kinds = new Map(indicatorsOf(rs).map((i) => [i.id, i.kind]));
  const points: Record<string, number> = {};
  const facts: Record<string, boolean | number | { part: number; whole: number }> = {};
  let id: string | undefined;
  for (const [col, raw] of Object.entries(row)) {
    const text = raw.trim();
    if (col === 'id') {
      if (text !== '') id = text;
      continue;
    }
    const kind = kinds.get(col);
    if (kind === undefined) {
      bad(col, 'unknown indicator / không có chỉ báo này');
      continue;
    }
    if (text === '') continue;
    const num = (s: string) => (s.includes(',') ? parseViDecimal(s, { commaThree: 'decimal' }).toNumber() : Number(s));
    try {
      switch (kind) {
        case 'judged':
          points[col] = num(text);
          break;
        case 'boolean': {
          const v = text.toLowerCase();
          const truthy = ['true', '1', 'x', 'có', 'co', 'yes', 'đạt', 'dat'];
          const falsy = ['false', '0', 'không', 'khong', 'no', 'chưa đạt', 'chua dat'];
          if (truthy.includes(v)) facts[col] = true;
          else if (falsy.includes(v)) facts[col] = false;
          else bad(col, `"${text}" is not yes/no / không phải có/không`);
          break;
        }
        case 'count':
          facts[col] = num(text);
          break;
        case 'ratio': {
          const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
          if (!m) bad(col, `"${text}" is not part/whole / không có dạng phần/tổng`);
          else facts[col] = { part: Number(m[1]), whole: Number(m[2]) };
          break;
        }
      }
    } catch {
      bad(col, `"${text}" is not a number / không phải số`);
    }
  }
  return { ...(id !== undefined ? { id } : {}), points, facts };
}

function issueField(issue: Issue): string {
  return issue.path.map(String).join('.') || '(record)';
}

function reportBad(io: CliIo, lang: Lang, bad: BadRecord[]): void {
  if (bad.length === 0) return;
  io.stderr.write(`${T[lang].badRecords(new Set(bad.map((b) => b.line)).size, bad.length)}\n`);
  for (const b of bad) io.stderr.write(`  ${T[lang].line(b.line)}, ${b.field}: ${b.message}\n`);
}

/**
 * Runs the command line on `args` (without `node` and the script), writing to `io`. Resolves to the exit code:
 * 0 ok, 1 verification mismatches, 2 bad input (each bad record named by line and field), 3 internal error.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const program = new Command();
  let exitCode: number = EXIT.ok;
  const g = (): Globals => {
    const o = program.opts<{ format: string; lang: string }>();
    return { format: o.format as Globals['format'], lang: o.lang as Lang };
  };
  program
    .name('vn-learning-society')
    .description('Rules as code for Vietnam’s learning society / Bộ tiêu chí xã hội học tập dưới dạng mã')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'ndjson']).default('table'))
    .addOption(new Option('-l, --lang <lang>', 'language of messages').choices(['vi', 'en']).default('vi'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  const rulesets = program.command('rulesets').description('list, show, compare and describe rule sets');
  rulesets
    .command('list')
    .description('the shipped rule sets')
    .addOption(new Option('--model <model>').choices([...MODELS]))
    .addOption(new Option('--level <level>').choices([...LEVELS]))
    .option('--at <date>', 'in force on this day (YYYY-MM-DD)')
    .option('--jurisdiction <code>', 'VN or a province code')
    .action((o: { model?: Model; level?: Level; at?: string; jurisdiction?: string }) => {
      const { format, lang } = g();
      const rows = listRuleSets({ ...(o.model ? { model: o.model } : {}), ...(o.level ? { level: o.level } : {}), ...(o.at ? { at: o.at } : {}), ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}) }).map((r) => ({
        id: r.id,
        model: r.model,
        level: r.level ?? '',
        jurisdiction: r.jurisdiction.code,
        validFrom: r.validFrom,
        validTo: r.validTo ?? '',
        title: r.title[lang],
      }));
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
    });
  rulesets
    .command('show <ruleSet>')
    .description('a rule set (id or file): JSON, or its indicators as a table')
    .action(async (ref: string) => {
      const { format, lang } = g();
      const rs = await loadRuleSet(io, ref, lang);
      if (format === 'json' || format === 'ndjson') io.stdout.write(`${JSON.stringify(rs, null, 2)}\n`);
      else writeRows(io, format, indicatorsOf(rs).map((i) => ({ criterion: i.criterion, id: i.id, kind: i.kind, maxPoints: i.maxPoints, uncertain: i.uncertain ? 'x' : '', label: i.label[lang] })));
    });
  rulesets
    .command('diff <a> <b>')
    .description('every change from rule set a to rule set b, in plain words')
    .action(async (a: string, b: string) => {
      const { format, lang } = g();
      const changes = diffRuleSets(await loadRuleSet(io, a, lang), await loadRuleSet(io, b, lang));
      writeRows(io, format === 'ndjson' ? 'json' : format, changes.map((c) => ({ kind: c.kind, path: c.path, change: c.message[lang] })));
    });
  rulesets
    .command('schema [ruleSet]')
    .description('the JSON Schema of rule sets, or of the assessments a rule set accepts')
    .action(async (ref: string | undefined) => {
      const { lang } = g();
      const schema = ref ? assessmentJsonSchema(await loadRuleSet(io, ref, lang)) : ruleSetJsonSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });

  program
    .command('evaluate')
    .description('score assessments (JSON, NDJSON or CSV) against a rule set; large files are streamed')
    .requiredOption('-r, --rules <ruleSet>', 'rule set id, rule-set file or fork file')
    .requiredOption('-i, --input <file>', 'assessments; - for standard input')
    .addOption(new Option('--input-format <format>').choices(['json', 'ndjson', 'csv']))
    .option('--progress', 'print a progress line on stderr')
    .action(async (o: { rules: string; input: string; inputFormat?: InputFormat; progress?: boolean }) => {
      const { format, lang } = g();
      const rs = await loadRuleSet(io, o.rules, lang);
      const score = compileRuleSet(rs);
      const inputFormat = formatOf(o.input, o.inputFormat);
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      const columns = ['line', 'id', 'recognized', 'total', 'maxTotal', 'class', 'shortfalls'];
      let n = 0;
      let ok = 0;
      const streaming = format === 'csv' || format === 'ndjson';
      if (format === 'csv') io.stdout.write(`${columns.join(',')}\n`);
      for await (const rec of readRecords(io, o.input, inputFormat)) {
        n += 1;
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: '(record)', message: rec.error });
          continue;
        }
        const fieldErrors: BadRecord[] = [];
        const assessment = inputFormat === 'csv' ? assessmentFromCsv(rs, rec.value as Record<string, string>, (field, message) => fieldErrors.push({ line: rec.line, field, message })) : (rec.value as Assessment);
        if (fieldErrors.length > 0) {
          bad.push(...fieldErrors);
          continue;
        }
        const r = score.safe(assessment);
        if (!r.success) {
          for (const issue of r.error.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
          continue;
        }
        ok += 1;
        const e = r.data;
        const row = {
          line: rec.line,
          id: e.assessmentId ?? '',
          recognized: e.recognized,
          total: e.scale === 'points' ? e.total : '',
          maxTotal: e.scale === 'points' ? e.maxTotal : '',
          class: e.classification?.label[lang] ?? '',
          shortfalls: e.shortfalls.map((s) => s.message[lang]).join(' | '),
        };
        if (format === 'ndjson') io.stdout.write(`${JSON.stringify(row)}\n`);
        else if (format === 'csv') io.stdout.write(csvLine(columns, row));
        else rows.push(row);
        if (o.progress && n % 10_000 === 0) io.stderr.write(`${T[lang].progress(n)}\n`);
      }
      if (!streaming) writeRows(io, format as OutputFormat, rows, columns);
      if (o.progress) io.stderr.write(`${T[lang].done(n, ok)}\n`);
      reportBad(io, lang, bad);
      if (bad.length > 0) exitCode = EXIT.badInput;
    });

  program
    .command('rollup')
    .description('tally results (province, district, commune, hamlet, model, level, recognized) by administrative unit')
    .requiredOption('-i, --input <file>', 'results; - for standard input')
    .addOption(new Option('--input-format <format>').choices(['json', 'ndjson', 'csv']))
    .addOption(new Option('--level <level>').choices([...TALLY_LEVELS]).default('province'))
    .option('--date <date>', 'the day the results are for (no district level from 2025-07-01)')
    .action(async (o: { input: string; inputFormat?: InputFormat; level: TallyLevel; date?: string }) => {
      const { format, lang } = g();
      const tally = new Tally();
      const bad: BadRecord[] = [];
      for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat))) {
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: '(record)', message: rec.error });
          continue;
        }
        const v = rec.value as Record<string, unknown>;
        const recognized = typeof v.recognized === 'boolean' ? v.recognized : v.recognized === 'true' || v.recognized === '1' ? true : v.recognized === 'false' || v.recognized === '0' ? false : undefined;
        const opt = (k: string) => (typeof v[k] === 'string' && v[k] !== '' ? { [k]: v[k] as string } : {});
        try {
          tally.add({ province: String(v.province ?? ''), ...opt('district'), commune: String(v.commune ?? ''), ...opt('hamlet'), model: v.model as Model, ...(opt('level') as { level?: Level }), recognized: recognized as boolean });
        } catch (e) {
          if (!(e instanceof LearningSocietyError)) throw e;
          for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
        }
      }
      const rows = tally.by(o.level, o.date ? { date: o.date } : {}).flatMap((r) =>
        Object.entries(r.counts).map(([model, c]) => ({
          unit: r.code,
          ...(r.province && o.level !== 'province' ? { province: r.province } : {}),
          model,
          evaluated: c.evaluated,
          recognized: c.recognized,
          percent: c.evaluated > 0 ? (lang === 'vi' ? formatViNumber((c.recognized * 100) / c.evaluated, { decimals: 2 }) : ((c.recognized * 100) / c.evaluated).toFixed(2)) : '',
        })),
      );
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
      reportBad(io, lang, bad);
      if (bad.length > 0) exitCode = EXIT.badInput;
    });

  program
    .command('progress')
    .description('compare counts (a JSON object: indicator → { part, whole } or a number) with a target table')
    .requiredOption('-c, --counts <file>', 'counts; - for standard input')
    .requiredOption('-j, --jurisdiction <code>', 'VN or a province code')
    .requiredOption('-y, --year <year>', 'the year the counts are for')
    .option('-t, --targets <table>', 'a target table id or file, used before the shipped ones')
    .action(async (o: { counts: string; jurisdiction: string; year: string; targets?: string }) => {
      const { format, lang } = g();
      let counts: Record<string, ProgressCount>;
      try {
        counts = JSON.parse(await io.readText(o.counts)) as Record<string, ProgressCount>;
      } catch (e) {
        throw new CliFailure(`${o.counts}: ${e instanceof Error ? e.message : String(e)}`, EXIT.badInput);
      }
      const year = Number(o.year);
      const tables = o.targets ? [await loadTargets(io, o.targets, lang)] : [];
      const rows = progress(counts, targetsFor(o.jurisdiction, year, { tables })).map((r) => ({
        indicator: r.target.indicator,
        year: r.target.year,
        status: r.status,
        required: r.required ?? '',
        gap: r.gap ?? '',
        explanation: r.explanation[lang],
      }));
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
    });

  program
    .command('verify')
    .description('check stated percentages and sums from a CSV: kind (percentage|sum), part, whole, parts, stated')
    .requiredOption('-i, --input <file>', 'the CSV; - for standard input')
    .action(async (o: { input: string }) => {
      const { format, lang } = g();
      const bad: BadRecord[] = [];
      const rows: Record<string, unknown>[] = [];
      let mismatches = 0;
      for await (const rec of readRecords(io, o.input, 'csv')) {
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: '(record)', message: rec.error });
          continue;
        }
        const v = rec.value as Record<string, string>;
        try {
          const kind = (v.kind ?? '').toLowerCase();
          const verdict =
            kind === 'percentage'
              ? verifyStatedPercentage({ part: wholeNumber(v.part, 'part'), whole: wholeNumber(v.whole, 'whole'), stated: required(v.stated, 'stated') })
              : kind === 'sum'
                ? verifyStatedSum({ parts: sumParts(required(v.parts, 'parts')), stated: required(v.stated, 'stated') })
                : fieldError('kind', `"${v.kind ?? ''}" is not percentage or sum`);
          if (!verdict.consistent) mismatches += 1;
          rows.push({ line: rec.line, id: v.id ?? '', kind, stated: v.stated, consistent: verdict.consistent, conventions: verdict.conventions.join(' '), explanation: verdict.explanation[lang] });
        } catch (e) {
          if (e instanceof FieldError) bad.push({ line: rec.line, field: e.field, message: e.message });
          else if (e instanceof LearningSocietyError) for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
          else throw e;
        }
      }
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
      reportBad(io, lang, bad);
      exitCode = bad.length > 0 ? EXIT.badInput : mismatches > 0 ? EXIT.mismatch : EXIT.ok;
    });

  program
    .command('yearbook')
    .description('pages, copies and paper of a yearbook plan (default: Long An 2020); checks stated totals')
    .option('-p, --plan <file>', 'a yearbook plan file')
    .addOption(new Option('--sides <sides>').choices(['duplex', 'simplex']).default('duplex'))
    .option('--stated-pages <n>', 'the pages the document states')
    .option('--stated-copies <n>', 'the copies the document states')
    .action(async (o: { plan?: string; sides: 'duplex' | 'simplex'; statedPages?: string; statedCopies?: string }) => {
      const { format, lang } = g();
      const plan: YearbookPlan = o.plan ? parseYearbookPlan(await io.readText(o.plan)) : LONG_AN_YEARBOOK_2020;
      const f = planYearbook(plan, { printing: { sides: o.sides } });
      const rows: Record<string, unknown>[] = [
        { figure: 'reports', value: f.reports },
        { figure: 'pages', value: f.pages },
        { figure: 'copies', value: f.copies },
        ...f.copiesByRecipient.map((d) => ({ figure: `copies: ${d.recipient[lang]}`, value: d.copies })),
        { figure: 'sheets', value: f.printing!.sheets },
        { figure: 'reams', value: f.printing!.reams },
      ];
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
      if (o.statedPages !== undefined || o.statedCopies !== undefined) {
        const v = verifyYearbookPlan(plan, { ...(o.statedPages !== undefined ? { pages: o.statedPages } : {}), ...(o.statedCopies !== undefined ? { copies: o.statedCopies } : {}) });
        io.stderr.write(`${v.explanation[lang]}\n`);
        if (!v.consistent) exitCode = EXIT.mismatch;
      }
    });

  program
    .command('citation [text...]')
    .description('read legal citations from text or a file, and find them in the catalogue')
    .option('-i, --input <file>', 'a text file; - for standard input')
    .action(async (words: string[], o: { input?: string }) => {
      const { format, lang } = g();
      const text = o.input ? await io.readText(o.input) : words.join(' ');
      const found = findLegalCitations(text);
      if (found.length === 0) throw new CliFailure(T[lang].noCitation, EXIT.badInput);
      writeRows(
        io,
        format === 'ndjson' ? 'json' : format,
        found.map((c) => ({ kind: c.kind, reference: c.reference, year: c.year ?? '', date: c.date ?? '', issuer: c.issuer ?? '', catalogue: findLegalDocument(c)?.id ?? '' })),
      );
    });

  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (e) {
    const lang = (program.opts<{ lang?: Lang }>().lang ?? 'vi') as Lang;
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (e instanceof CliFailure) {
      io.stderr.write(`${e.message}\n`);
      return e.code;
    }
    if (e instanceof LearningSocietyError) {
      io.stderr.write(`${e.describe(lang)}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`internal error / lỗi nội bộ: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.internal;
  }
}

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function fieldError(field: string, message: string): never {
  throw new FieldError(field, message);
}

function required(v: string | undefined, field: string): string {
  if (v === undefined || v.trim() === '') fieldError(field, 'missing / thiếu');
  return v;
}

function wholeNumber(v: string | undefined, field: string): number {
  const text = required(v, field);
  try {
    const d = parseViDecimal(text);
    if (!d.isInteger() || d.isNegative()) fieldError(field, `"${text}" is not a whole number / không phải số nguyên`);
    return d.toNumber();
  } catch (e) {
    if (e instanceof FieldError) throw e;
    fieldError(field, `"${text}" is not a number / không phải số`);
  }
}

/** "37 + 2 + 1 + 15 × 1 + 188 x 1" → sum parts. */
function sumParts(text: string): SumPart[] {
  return text.split('+').map((term) => {
    const [a, b] = term.split(/[×x*]/i).map((s) => s.trim());
    if (a === undefined || a === '') fieldError('parts', `"${text}" is not a sum / không phải một tổng`);
    return b === undefined ? a : { count: Number(parseViDecimal(a).toNumber()), each: b };
  });
}

