import { Option, type Command } from 'commander';
import { assessmentJsonSchema, diffRuleSets, forkImpactCounter, indicatorsOf, LEVELS, listRuleSets, MODELS, type Lang, type Level, type Model } from 'vn-learning-society';
import { formatOf, readRecords, writeRows, isJsonFormat } from '../io.js';
import { CliFailure, csvOptions, EXIT, loadRuleSet, reportBad, type BadRecord, type CliContext } from '../shared.js';
import { assessmentOfRecord } from '../assessment-record.js';
import { keptColumns, reportHeaderProblems } from '../keep.js';
import { headings, levelName, modelName } from '../vocabulary.js';
import { commonOption } from '../options.js';
import { registerRulesetsSql } from './rulesets-sql.js';
import { recognitionLines } from '../recognition-lines.js';

const DESCRIPTIONS = {
  vi: {
    command: 'liệt kê, xem, so sánh và mô tả các bộ tiêu chí',
    list: 'các bộ tiêu chí có sẵn',
    model: 'mô hình',
    level: 'cấp',
    at: 'có hiệu lực vào ngày này (YYYY-MM-DD)',
    jurisdiction: 'VN hoặc mã tỉnh',
    show: 'một bộ tiêu chí (mã hoặc tệp): JSON, hoặc bảng các chỉ báo',
    diff: 'mọi thay đổi từ bộ tiêu chí a sang bộ tiêu chí b, bằng lời',
    schema: 'JSON Schema của bộ tiêu chí, hoặc của phiếu đánh giá theo một bộ tiêu chí',
    impact: 'tác động của bản phái sinh: chấm các phiếu (tệp -i) theo bộ gốc và bản phái sinh; đếm kết quả thay đổi, ai được thêm, ai bị mất công nhận, theo điều kiện',
    input: 'tệp phiếu đánh giá (Excel .xlsx, CSV, JSON, NDJSON); đọc dần',
    measures: { evaluated: 'số phiếu chấm được', refused: 'số phiếu bị từ chối', verdictsChanged: 'kết quả công nhận thay đổi', classesChanged: 'xếp loại thay đổi', totalsChanged: 'tổng điểm thay đổi', gainedCount: 'được thêm công nhận', lostCount: 'bị mất công nhận' },
    rule: (r: string, g: number, l: number) => `do điều kiện "${r}": thêm ${g}, mất ${l}`,
    gained: 'Được thêm công nhận', lost: 'Bị mất công nhận', refusedBy: 'Bị từ chối',
  },
  en: {
    command: 'list, show, compare and describe rule sets',
    list: 'the shipped rule sets',
    model: 'model',
    level: 'level',
    at: 'in force on this day (YYYY-MM-DD)',
    jurisdiction: 'VN or a province code',
    show: 'a rule set (id or file): JSON, or its indicators as a table',
    diff: 'every change from rule set a to rule set b, in plain words',
    schema: 'the JSON Schema of rule sets, or of the assessments a rule set accepts',
    impact: 'a fork’s impact: score the assessments (-i) under the base and the fork; count the changes, who gains and who loses recognition, by rule',
    input: 'the assessments (Excel .xlsx, CSV, JSON, NDJSON); streamed',
    measures: { evaluated: 'assessments scored', refused: 'assessments refused', verdictsChanged: 'verdicts changed', classesChanged: 'classes changed', totalsChanged: 'totals changed', gainedCount: 'gain recognition', lostCount: 'lose recognition' },
    rule: (r: string, g: number, l: number) => `by rule "${r}": ${g} gain, ${l} lose`,
    gained: 'Gain recognition', lost: 'Lose recognition', refusedBy: 'Refused',
  },
} as const;

/** The options of `rulesets impact`. */
interface ImpactOptions {
  input: string;
  keep?: string;
  delimiter?: string;
  sheet?: string;
}

/** `rulesets list|show|diff|impact|schema`: the shipped rule sets, one rule set (id or file), the changes between two, and the JSON Schemas. */
export function registerRulesets(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  const rulesets = program.command('rulesets').description(d.command);
  rulesets
    .command('list')
    .description(d.list)
    .addOption(new Option('--model <model>', d.model).choices([...MODELS]))
    .addOption(new Option('--level <level>', d.level).choices([...LEVELS]))
    .option('--at <date>', d.at)
    .option('--jurisdiction <code>', d.jurisdiction)
    .action((o: { model?: Model; level?: Level; at?: string; jurisdiction?: string }) => {
      const { format, lang } = cli.globals();
      const rows = listRuleSets({ ...(o.model ? { model: o.model } : {}), ...(o.level ? { level: o.level } : {}), ...(o.at ? { at: o.at } : {}), ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}) }).map((r) => ({
        id: r.id,
        model: isJsonFormat(format) ? r.model : modelName(r.model, lang),
        level: r.level ? (isJsonFormat(format) ? r.level : levelName(r.level, lang)) : '',
        jurisdiction: r.jurisdiction.code,
        validFrom: r.validFrom,
        validTo: r.validTo ?? '',
        title: r.title[lang],
      }));
      writeRows(io, format, rows, format === 'table' || format === 'csv' ? headings(['id', 'model', 'level', 'jurisdiction', 'validFrom', 'validTo', 'title'], lang) : undefined);
    });
  rulesets
    .command('show <ruleSet>')
    .description(d.show)
    .action(async (ref: string) => {
      const { format, lang } = cli.globals();
      const rs = await loadRuleSet(io, ref, lang);
      // The rule set itself, not rows: JSON as a document, NDJSON as that one object on one line.
      if (isJsonFormat(format)) io.stdout.write(`${JSON.stringify(rs, null, format === 'json' ? 2 : undefined)}\n`);
      else writeRows(io, format, indicatorsOf(rs).map((i) => ({ criterion: i.criterion, id: i.id, kind: i.kind, maxPoints: i.maxPoints, uncertain: i.uncertain ? 'x' : '', label: i.label[lang] })), headings(['criterion', 'id', 'kind', 'maxPoints', 'uncertain', 'label'], lang));
      // Who recognises under it, and which reading where that is unsettled: under the table, or on stderr beside a
      // CSV or workbook that another program reads; JSON is the rule set alone.
      const lines = isJsonFormat(format) ? [] : recognitionLines(rs, lang);
      if (lines.length > 0) (format === 'table' ? io.stdout : io.stderr).write(`${format === 'table' ? '\n' : ''}${lines.join('\n')}\n`);
    });
  rulesets
    .command('diff <a> <b>')
    .description(d.diff)
    .action(async (a: string, b: string) => {
      const { format, lang } = cli.globals();
      const changes = diffRuleSets(await loadRuleSet(io, a, lang), await loadRuleSet(io, b, lang));
      writeRows(io, format, changes.map((c) => ({ kind: c.kind, path: c.path, change: c.message[lang] })), format === 'table' || format === 'csv' ? headings(['kind', 'path', 'change'], lang) : undefined);
    });
  rulesets
    .command('impact <base> <fork>')
    .description(d.impact)
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('keep', lang))
    .addOption(commonOption('delimiter', lang))
    .addOption(commonOption('sheet', lang))
    .action((a: string, b: string, o: ImpactOptions) => runImpact(cli, a, b, o));

  rulesets
    .command('schema [ruleSet]')
    .description(d.schema)
    .action(async (ref: string | undefined) => {
      const { lang } = cli.globals();
      // The rule sets' JSON Schema is written from their zod schema: zod is loaded only here.
      const schema = ref ? assessmentJsonSchema(await loadRuleSet(io, ref, lang)) : (await import('vn-learning-society/schemas')).ruleSetJsonSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
  registerRulesetsSql(rulesets, cli, lang, (ref, l) => loadRuleSet(io, ref, l));
}

/** Runs `rulesets impact`: the assessments of a file scored by a rule set and its fork, and who gains or loses recognition. */
async function runImpact(cli: CliContext, a: string, b: string, o: ImpactOptions): Promise<void> {
  const { io } = cli;
  const { format, lang } = cli.globals();
  const w = DESCRIPTIONS[lang];
  const base = await loadRuleSet(io, a, lang);
  const fork = await loadRuleSet(io, b, lang);
  const counter = forkImpactCounter(base, fork);
  // A sheet's columns are read as the fork's indicators (those it adds too), else as the base's; the kept columns
  // (a hamlet, a name, a note) are read past, as evaluate reads them.
  const wider = indicatorsOf(fork).length >= indicatorsOf(base).length ? fork : base;
  const keep = keptColumns(o.keep);
  const { assessmentReader, indicatorOfHeading } = await import('vn-learning-society/sheets');
  const reader = assessmentReader(wider, { keep });
  const options = { ...csvOptions(o.delimiter), ...(o.sheet !== undefined ? { sheet: o.sheet } : {}), keyOf: indicatorOfHeading(wider) };
  const bad: BadRecord[] = [];
  let tabular = false;
  let n = 0;
  for await (const rec of readRecords(io, o.input, formatOf(o.input, undefined), options)) {
    if (rec.kind === 'header') {
      const problems = reader.header(rec.columns, rec.line);
      tabular = true;
      if (problems.length > 0) {
        reportHeaderProblems(io, lang, problems, wider.id);
        throw CliFailure.reported(EXIT.badInput);
      }
      continue;
    }
    // A JSON record's id is checked as the id column of a sheet is: a household listed twice would be counted twice.
    const got = assessmentOfRecord(rec, tabular, reader, lang, bad, { checkIds: true });
    if (got !== undefined) counter.add(got.assessment);
    if (++n % 512 === 0) await io.ready?.();
  }
  // Every bad record is named, by line and field, and nothing is counted: an impact over part of the file would mislead.
  if (bad.length > 0) {
    reportBad(io, lang, bad);
    throw CliFailure.reported(EXIT.badInput);
  }
  const r = counter.result();
  if (isJsonFormat(format)) {
    io.stdout.write(`${JSON.stringify(r, null, format === 'json' ? 2 : undefined)}\n`);
    return;
  }
  const rows: Record<string, unknown>[] = (Object.keys(w.measures) as (keyof typeof w.measures)[]).map((k) => ({ measure: w.measures[k], value: k === 'refused' ? r.refused.length : r[k] }));
  for (const x of r.byRule) rows.push({ measure: w.rule(x.rule, x.gained, x.lost), value: x.gained + x.lost });
  writeRows(io, format === 'xlsx' ? 'xlsx' : format, rows, headings(['measure', 'value'], lang));
  if (format === 'table') {
    if (r.gained.length) io.stdout.write(`${w.gained}: ${r.gained.join(', ')}${r.gainedCount > r.gained.length ? ' …' : ''}\n`);
    if (r.lost.length) io.stdout.write(`${w.lost}: ${r.lost.join(', ')}${r.lostCount > r.lost.length ? ' …' : ''}\n`);
    for (const x of r.refused) io.stdout.write(`${w.refusedBy} (${x.by}) ${x.who}: ${x.message[lang]}\n`);
  }
}
