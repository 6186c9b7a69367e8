import { Option, type Command } from 'commander';
// The documents' writer (docx), the sheets' reader and the unit lists are loaded by the actions that use them (await
// import), not at the command line's start.
import type { Issuer, OfficialDocument, RecognitionEntry } from 'vn-learning-society/documents';
import { checkUntrustedJson, LearningSocietyError, parseRecognitionRule, PROVINCE_ISO_CODES, summaryTable, TALLY_LEVELS, targetSelectionFor, type Lang, type RecognitionRule, type TallyLevel } from 'vn-learning-society';
import { formatOf, readRecords, type CliIo, type InputFormat } from '../io.js';
import { CliFailure, csvOptions, EXIT, loadRuleSet, noteLines, reportBad, T, type BadRecord, type CliContext } from '../shared.js';
import { readPopulations, tallyOfRecords } from '../tally-input.js';
import { scoreRecord } from '../assessment-record.js';
import { isIdHeading, keyOfHeading } from '../vocabulary.js';
import type { unitByCode } from 'vn-learning-society/units';
import { keptColumns, reportHeaderProblems } from '../keep.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'lập văn bản để ký và in (.docx): quyết định công nhận kèm danh sách, giấy công nhận, báo cáo năm',
    decision: 'quyết định công nhận một danh hiệu trong một năm, kèm danh sách, từ tệp phiếu đánh giá (chỉ những phiếu đạt vào danh sách; số còn lại được báo)',
    report: 'báo cáo kết quả năm của xã hoặc tỉnh, từ tệp kết quả (như lệnh rollup đọc)',
    rules: 'bộ tiêu chí (mã hoặc tệp)',
    input: 'tệp phiếu đánh giá (.xlsx, CSV, JSON, NDJSON); - là đầu vào chuẩn',
    results: 'tệp kết quả (của lệnh evaluate, giữ cột tỉnh, xã)',
    inputFormat: 'định dạng đầu vào',
    name: 'cột tên (chủ hộ, dòng họ, đơn vị)',
    place: 'cột nơi (thôn, tổ dân phố)',
    year: 'năm được đánh giá',
    date: 'ngày ký (YYYY-MM-DD)',
    number: 'số văn bản (bỏ trống để ghi tay khi vào sổ)',
    reading: 'cách hiểu của quy định công nhận khi thẩm quyền chưa ngã ngũ, vd. commune-chairperson (Chủ tịch UBND cấp xã) cho cộng đồng học tập cấp xã từ 01/7/2025; mặc định: cách hiểu của quy định',
    recognition: 'tệp JSON quy định công nhận của tỉnh (vd. có cách hiểu đã xác nhận: confirmReading); mặc định: quy định đang áp dụng của thư viện',
    issuer: 'tệp JSON về cơ quan ban hành và người ký: { name, parent?, place, symbol, signer: { capacity?, title, name } }',
    bases: 'các căn cứ đặt trước căn cứ của quy định, cách nhau bởi ";"',
    proposal: 'xét đề nghị của …',
    executors: 'nơi thi hành (Điều 3), cách nhau bởi ";"',
    recipients: 'nơi nhận, cách nhau bởi ";"',
    docx: 'ghi văn bản vào tệp .docx này (không có thì in nội dung ra màn hình)',
    certificates: 'ghi giấy công nhận (mỗi trang một giấy) vào tệp .docx này',
    level: 'cấp của các dòng trong bảng',
    area: 'địa bàn như văn bản gọi sau chữ “Toàn”, vd. "xã Tân Hồng"',
    jurisdiction: 'phạm vi của chỉ tiêu: VN hoặc mã tỉnh',
    population: 'số trong phạm vi của mỗi đơn vị (như lệnh rollup)',
    names: 'tệp tên đơn vị theo mã (CSV/.xlsx cột mã, tên; hoặc JSON { "mã": "tên" }); mã không có trong tệp lấy tên theo danh mục đơn vị hành chính của ngày ký',
    unitNames: 'không tra tên trong danh mục đơn vị hành chính: mã không có trong --names được ghi nguyên mã',
    notRecognized: (n: number, total: number) => `${n}/${total} phiếu không đạt, không vào danh sách:`,
    written: (path: string, what: string) => `đã ghi ${what} vào ${path}`,
    draft: 'DỰ THẢO: văn bản chưa đủ căn cứ để ký:',
    none: 'không có phiếu nào đạt: không có gì để quyết định',
    unnamed: (codes: readonly string[]) => `${codes.length} đơn vị được ghi bằng mã vì không tìm thấy tên (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}); cho tên bằng --names`,
  },
  en: {
    command: 'documents to sign and print (.docx): the recognition decision with its list, certificates, the year’s report',
    decision: 'the decision recognising a title for a year, with its list, from a file of assessments (only those recognised go in the list; the rest are reported)',
    report: 'the year’s report of a commune or province, from a file of results (as rollup reads)',
    rules: 'the rule set (an id or a file)',
    input: 'assessments (.xlsx, CSV, JSON, NDJSON); - for standard input',
    results: 'results (what evaluate writes, with province and commune kept)',
    inputFormat: 'input format',
    name: 'the column of names (head of household, clan, unit)',
    place: 'the column of places (hamlet)',
    year: 'the year evaluated',
    date: 'the day of signing (YYYY-MM-DD)',
    number: 'the document’s number (leave out to write it by hand on registration)',
    reading: 'the reading of the recognition rule where who recognises is unsettled, e.g. commune-chairperson for a commune learning community from 1 July 2025; default: the rule’s own',
    recognition: 'a JSON file with the province’s own recognition rule (e.g. with its reading confirmed: confirmReading); default: the shipped rule in force',
    issuer: 'a JSON file of the issuing body and signer: { name, parent?, place, symbol, signer: { capacity?, title, name } }',
    bases: 'legal bases cited before those of the rules, separated by ";"',
    proposal: 'the proposal the decision answers',
    executors: 'who carries it out (Article 3), separated by ";"',
    recipients: 'recipients, separated by ";"',
    docx: 'write the document to this .docx file (without it, print its text)',
    certificates: 'write the certificates (one per page) to this .docx file',
    level: 'the level of the table’s rows',
    area: 'the area as the text names it after “Toàn”, e.g. "xã Tân Hồng"',
    jurisdiction: 'the jurisdiction of the targets: VN or a province code',
    population: 'the population per unit (as rollup reads it)',
    names: 'a file of unit names by code (CSV/.xlsx with code and name columns, or JSON { "code": "name" }); a code it lacks is named from the list of administrative units in force on the day of signing',
    unitNames: 'do not look names up in the list of administrative units: a code --names lacks is printed as the code',
    notRecognized: (n: number, total: number) => `${n}/${total} assessments are not recognised and are not in the list:`,
    written: (path: string, what: string) => `wrote ${what} to ${path}`,
    draft: 'DRAFT: the document is not ready to sign:',
    none: 'no assessment is recognised: there is nothing to decide',
    unnamed: (codes: readonly string[]) => `${codes.length} unit(s) printed by code, no name found (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''}); give names with --names`,
  },
} as const;

const lines = (text: string | undefined): string[] | undefined =>
  text === undefined ? undefined : text.split(';').map((s) => s.trim()).filter((s) => s !== '');

/** A JSON file read by `parse` (as untrusted), its problems named with the file. */
async function readJsonFile<T>(io: CliIo, path: string, lang: Lang, parse: (text: string) => T): Promise<T> {
  const text = await io.readText(path);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof LearningSocietyError) throw new CliFailure(`${path}: ${e.describe(lang)}`, EXIT.badInput);
    throw e;
  }
}

/** The issuer of `--issuer`. */
const readIssuer = (io: CliIo, path: string, lang: Lang): Promise<Issuer> => readJsonFile(io, path, lang, (text) => checkUntrustedJson(text) as Issuer);

/** The province's recognition rule of `--recognition` (its reading confirmed, say), checked as the library checks one. */
const readRecognition = (io: CliIo, path: string, lang: Lang): Promise<RecognitionRule> => readJsonFile(io, path, lang, parseRecognitionRule);

async function write(io: CliIo, path: string, doc: OfficialDocument, lang: Lang, what: string): Promise<void> {
  if (!io.writeBytes) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
  const { documentToDocx } = await import('vn-learning-society/documents');
  await io.writeBytes(path, await documentToDocx(doc));
  io.stderr.write(`${DESCRIPTIONS[lang].written(path, what)}\n`);
}

function warn(io: CliIo, doc: OfficialDocument, lang: Lang): void {
  if (!doc.draft) return;
  io.stderr.write(`${DESCRIPTIONS[lang].draft}\n${doc.warnings.map((w) => `  - ${w[lang]}`).join('\n')}\n`);
}

interface DecisionOptions {
  rules: string;
  input: string;
  inputFormat?: InputFormat;
  name: string;
  place?: string;
  keep?: string;
  year: string;
  date: string;
  number?: string;
  reading?: string;
  recognition?: string;
  issuer: string;
  bases?: string;
  proposal?: string;
  executors?: string;
  recipients?: string;
  docx?: string;
  certificates?: string;
  delimiter?: string;
  sheet?: string;
}

interface ReportOptions {
  input: string;
  inputFormat?: InputFormat;
  level: TallyLevel;
  area: string;
  year: string;
  date: string;
  number?: string;
  issuer: string;
  jurisdiction?: string;
  population?: string;
  names?: string;
  unitNames: boolean;
  recipients?: string;
  docx?: string;
  delimiter?: string;
  sheet?: string;
}

/**
 * `documents`: the decision recognising a title, with its list and certificates, and the year's report, as .docx
 * files laid out as Nghị định 30/2020/NĐ-CP prescribes. Every row of the input is accounted for: in the list, reported
 * as not recognised, or reported as a bad row (and then nothing is written).
 */
export function registerDocuments(program: Command, cli: CliContext, lang: Lang): void {
  const d = DESCRIPTIONS[lang];
  const documents = program.command('documents').description(d.command);
  registerDecision(documents, cli, lang);
  registerReport(documents, cli, lang);
}

/** `documents decision`: its options, in the order its help lists them. */
function registerDecision(documents: Command, cli: CliContext, lang: Lang): void {
  const d = DESCRIPTIONS[lang];
  documents
    .command('decision')
    .description(d.decision)
    .addOption(commonOption('rules', lang, { description: d.rules }))
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('inputFormat', lang, { description: d.inputFormat }))
    .requiredOption('--name <column>', d.name)
    .option('--place <column>', d.place)
    .addOption(commonOption('keep', lang))
    .requiredOption('-y, --year <year>', d.year)
    .requiredOption('--date <date>', d.date)
    .option('--number <number>', d.number)
    .option('--reading <id>', d.reading)
    .option('--recognition <file>', d.recognition)
    .requiredOption('--issuer <file>', d.issuer)
    .option('--bases <lines>', d.bases)
    .option('--proposal <text>', d.proposal)
    .option('--executors <lines>', d.executors)
    .option('--recipients <lines>', d.recipients)
    .option('--docx <file>', d.docx)
    .option('--certificates <file>', d.certificates)
    .addOption(commonOption('delimiter', lang))
    .addOption(commonOption('sheet', lang))
    .action((o: DecisionOptions) => runDecision(cli, o));
}

/** `documents report`: its options, in the order its help lists them. */
function registerReport(documents: Command, cli: CliContext, lang: Lang): void {
  const d = DESCRIPTIONS[lang];
  documents
    .command('report')
    .description(d.report)
    .addOption(commonOption('input', lang, { description: d.results }))
    .addOption(commonOption('inputFormat', lang, { description: d.inputFormat }))
    .addOption(new Option('--level <level>', d.level).choices([...TALLY_LEVELS]).default('commune'))
    .requiredOption('--area <text>', d.area)
    .requiredOption('-y, --year <year>', d.year)
    .requiredOption('--date <date>', d.date)
    .option('--number <number>', d.number)
    .requiredOption('--issuer <file>', d.issuer)
    .option('-j, --jurisdiction <code>', d.jurisdiction)
    .option('--population <file>', d.population)
    .option('--names <file>', d.names)
    .option('--no-unit-names', d.unitNames)
    .option('--recipients <lines>', d.recipients)
    .option('--docx <file>', d.docx)
    .addOption(commonOption('delimiter', lang))
    .addOption(commonOption('sheet', lang))
    .action((o: ReportOptions) => runReport(cli, o));
}

/** Runs `documents decision`: the recognised rows of the sheet, scored, as the decision's list (and certificates). */
async function runDecision(cli: CliContext, o: DecisionOptions): Promise<void> {
  const { io } = cli;
  const { lang } = cli.globals();
  const d = DESCRIPTIONS[lang];
  const rs = await loadRuleSet(io, o.rules, lang);
  const issuer = await readIssuer(io, o.issuer, lang);
  // The name and place columns are kept for the list; --keep names the others the sheet has (a note, …), read past.
  const keep = keptColumns(o.keep, o.name, o.place);
  const [{ indicatorOfHeading, sheetScorer }, { documentText, recognitionCertificates, recognitionDecision }] = await Promise.all([import('vn-learning-society/sheets'), import('vn-learning-society/documents')]);
  const scorer = sheetScorer(rs, { keep });
  const bad: BadRecord[] = [];
  const entries: RecognitionEntry[] = [];
  const notRecognized: string[] = [];
  let tabular = false;
  let total = 0;
  const options = { ...csvOptions(o.delimiter), ...(o.sheet !== undefined ? { sheet: o.sheet } : {}), keyOf: indicatorOfHeading(rs) };
  for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat), options)) {
    if (rec.kind === 'header') {
      const problems = scorer.header(rec.columns, rec.line);
      tabular = true;
      if (problems.length > 0) {
        reportHeaderProblems(io, lang, problems, rs.id, (heading) => (heading === o.name ? '--name' : heading === o.place ? '--place' : '--keep'));
        cli.exit(EXIT.badInput);
        return;
      }
      continue;
    }
    total += 1;
    // Each problem at its cell, as evaluate names it; blank and repeated ids are checked for rows and JSON alike.
    const r = scoreRecord(rec, tabular, scorer, lang, bad);
    if (r === undefined) continue;
    const { evaluation, kept } = r;
    const name = kept[o.name] === undefined || kept[o.name] === null ? '' : String(kept[o.name]);
    const place = o.place !== undefined && kept[o.place] !== undefined && kept[o.place] !== null ? String(kept[o.place]) : undefined;
    if (!evaluation.recognized) {
      notRecognized.push(`${T[lang].line(rec.line)}: ${name} — ${evaluation.shortfalls.map((s) => s.message[lang]).join('; ')}`);
      continue;
    }
    entries.push({ name, ...(place !== undefined && place.trim() !== '' ? { place } : {}), evaluation });
  }
  if (bad.length > 0) {
    reportBad(io, lang, bad);
    cli.exit(EXIT.badInput);
    return;
  }
  if (notRecognized.length > 0) io.stderr.write(`${d.notRecognized(notRecognized.length, total)}\n${notRecognized.map((l) => `  ${l}`).join('\n')}\n`);
  if (entries.length === 0) throw new CliFailure(d.none, EXIT.badInput);
  const input = {
    ruleSet: rs,
    year: Number(o.year),
    date: o.date,
    issuer,
    entries,
    ...(o.number !== undefined ? { number: o.number } : {}),
    ...(o.reading !== undefined ? { reading: o.reading } : {}),
    ...(o.recognition !== undefined ? { recognition: await readRecognition(io, o.recognition, lang) } : {}),
    ...(o.bases !== undefined ? { bases: lines(o.bases)! } : {}),
    ...(o.proposal !== undefined ? { proposal: o.proposal } : {}),
    ...(o.executors !== undefined ? { executors: lines(o.executors)! } : {}),
    ...(o.recipients !== undefined ? { recipients: lines(o.recipients)! } : {}),
  };
  const decision = recognitionDecision(input);
  warn(io, decision, lang);
  if (o.docx !== undefined) await write(io, o.docx, decision, lang, lang === 'vi' ? `quyết định (${entries.length} mục)` : `the decision (${entries.length} entries)`);
  else io.stdout.write(`${documentText(decision)}\n`);
  if (o.certificates !== undefined) await write(io, o.certificates, recognitionCertificates(input), lang, lang === 'vi' ? `${entries.length} giấy công nhận` : `${entries.length} certificates`);
}

/** Runs `documents report`: the year's report from the results, tallied at `--level`, with targets and unit names. */
async function runReport(cli: CliContext, o: ReportOptions): Promise<void> {
  const { io } = cli;
  const { lang } = cli.globals();
  const d = DESCRIPTIONS[lang];
  const issuer = await readIssuer(io, o.issuer, lang);
  const bad: BadRecord[] = [];
  const populations = o.population !== undefined ? await readPopulations(io, o.population, lang, bad) : undefined;
  const given = o.names !== undefined ? await readUnitNames(io, o.names, lang, bad) : new Map<string, string>();
  const tally = await tallyOfRecords(io, { input: o.input, ...(o.inputFormat ? { inputFormat: o.inputFormat } : {}), date: o.date, ...(o.delimiter ? { delimiter: o.delimiter } : {}), ...(o.sheet ? { sheet: o.sheet } : {}) }, lang, bad);
  if (bad.length > 0) {
    reportBad(io, lang, bad);
    cli.exit(EXIT.badInput);
    return;
  }
  const selection = o.jurisdiction !== undefined ? targetSelectionFor(o.jurisdiction, Number(o.year)) : undefined;
  io.stderr.write(noteLines(selection?.notes ?? [], lang));
  const targets = selection?.entries;
  const table = summaryTable(tally, { level: o.level, date: o.date, ...(targets ? { targets } : {}), ...(populations ? { populations } : {}) });
  const codes = table.rows.map((r) => r.unit);
  const unitNames = await unitNamesOf(codes, given, o.unitNames ? o.date : undefined);
  const unnamed = [...new Set(codes)].filter((c) => !Object.hasOwn(unitNames, c));
  // Said only when the report shows the units' rows (one row per model is shown as its total alone).
  if (unnamed.length > 0 && table.rows.length > table.totals.length) io.stderr.write(`${d.unnamed(unnamed)}\n`);
  const { documentText, yearReport } = await import('vn-learning-society/documents');
  const report = yearReport({
    year: Number(o.year),
    date: o.date,
    issuer,
    area: o.area,
    table,
    unitNames,
    ...(o.number !== undefined ? { number: o.number } : {}),
    ...(o.recipients !== undefined ? { recipients: lines(o.recipients)! } : {}),
  });
  if (o.docx !== undefined) await write(io, o.docx, report, lang, lang === 'vi' ? 'báo cáo' : 'the report');
  else io.stdout.write(`${documentText(report)}\n`);
}

/**
 * The names of the units of a report's rows: those the `--names` file gives, then, unless `at` is undefined
 * (`--no-unit-names`), those of the list of administrative units in force that day (`29926` → `Xã …`), then of the
 * list before 1 July 2025 (results of an earlier year keep the old codes); an ISO province code (`VN-45`) by its
 * province. A code found nowhere stays a code.
 */
export async function unitNamesOf(codes: readonly string[], given: ReadonlyMap<string, string>, at: string | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  // The unit lists (900 KB) are loaded only when a name is to be looked up in them.
  const listed = at !== undefined && codes.some((c) => !given.has(c)) ? (await import('vn-learning-society/units')).unitByCode : undefined;
  for (const code of new Set(codes)) {
    const name = given.get(code) ?? (at !== undefined && listed !== undefined ? listedName(listed, code, at) : undefined);
    if (name !== undefined) out[code] = name;
  }
  return out;
}

function listedName(byCode: typeof unitByCode, code: string, at: string): string | undefined {
  if (Object.hasOwn(PROVINCE_ISO_CODES, code)) return PROVINCE_ISO_CODES[code];
  if (!/^\d{2,5}$/.test(code)) return undefined;
  for (const day of [at, '2025-06-30']) {
    try {
      return byCode(code, { at: day }).name;
    } catch (e) {
      if (!(e instanceof LearningSocietyError)) throw e;
    }
  }
  return undefined;
}

/**
 * A file of unit names by code: JSON `{ "29926": "Xã Tân Hồng" }` or a list of `{ code, name }`, or a CSV file or
 * workbook with a code column (`mã`, `code`, `đơn vị`) and a name column (`tên`, `name`). A row without both is bad.
 */
export async function readUnitNames(io: CliIo, path: string, lang: Lang, bad: BadRecord[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const expected = lang === 'vi' ? 'cần mã đơn vị và tên' : 'expected a unit code and a name';
  for await (const rec of readRecords(io, path, formatOf(path))) {
    if (rec.kind === 'header') continue;
    if (rec.error !== undefined) {
      bad.push({ line: rec.line, field: path, message: rec.error[lang] });
      continue;
    }
    const v = rec.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      bad.push({ line: rec.line, field: path, message: expected });
      continue;
    }
    const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, x] of Object.entries(v)) {
      const key = keyOfHeading(k) ?? (isIdHeading(k) ? 'code' : k);
      fields[key === 'id' || key === 'unit' ? 'code' : key === 'title' ? 'name' : key] = x;
    }
    const text = (x: unknown) => (typeof x === 'string' ? x.trim() : typeof x === 'number' ? String(x) : '');
    if (rec.cells === undefined && !('code' in fields) && !('name' in fields)) {
      // A JSON object of code → name.
      for (const [code, name] of Object.entries(v)) {
        if (typeof name === 'string' && name.trim() !== '') out.set(code.trim(), name.trim());
        else bad.push({ line: rec.line, field: `${path}: ${code}`, message: expected });
      }
      continue;
    }
    const code = text(fields.code);
    const name = text(fields.name);
    if (code === '' || name === '') bad.push({ line: rec.line, field: path, message: expected });
    else out.set(code, name);
  }
  return out;
}
