import { Option, type Command } from 'commander';
import { parseViDecimal, type Lang } from 'vn-learning-society';
// vn-learning-society/units carries the unit lists (900 KB): each action loads it (await import), not the command line's start.
import type { AdminUnit, CarryOverRow, UnitLevel } from 'vn-learning-society/units';
import { formatOf, readRecords, writeRows, type InputFormat, isJsonFormat } from '../io.js';
import { csvOptions, EXIT, reportBad, T, type BadRecord, type CliContext } from '../shared.js';
import { headings, yesNo } from '../vocabulary.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'đơn vị hành chính trước và sau ngày 01/7/2025: liệt kê, tìm, chuyển số liệu sang đơn vị mới',
    list: 'các đơn vị của một cấp có hiệu lực vào một ngày',
    find: 'tìm một đơn vị theo mã hoặc tên (có dấu hay không dấu, viết tắt như P., TP)',
    carry: 'chuyển số liệu của các xã cũ sang xã mới (CSV/JSON: code, rồi các cột số đếm); xã bị chia tách được báo, không bị chia đoán',
    level: 'cấp',
    province: 'mã tỉnh (theo danh mục của ngày đó)',
    at: 'ngày (YYYY-MM-DD; mặc định: danh mục từ 01/7/2025)',
    input: 'tệp số liệu theo xã cũ; - là đầu vào chuẩn',
    inputFormat: 'định dạng đầu vào',
  },
  en: {
    command: 'administrative units before and after 1 July 2025: list, find, carry counts into the new units',
    list: 'the units of one level in force on a day',
    find: 'find a unit by code or name (with or without diacritics, abbreviations such as P., TP)',
    carry: 'carry counts of old communes into the new ones (CSV/JSON: code, then count columns); split communes are reported, never guessed',
    level: 'level',
    province: 'province code (in the list of that day)',
    at: 'day (YYYY-MM-DD; default: the list from 1 July 2025)',
    input: 'counts by old commune; - for standard input',
    inputFormat: 'input format',
  },
} as const;

const LEVEL_NAMES = { vi: { province: 'tỉnh', district: 'huyện', commune: 'xã' }, en: { province: 'province', district: 'district', commune: 'commune' } } as const;

function unitRow(u: AdminUnit, lang: Lang, json: boolean): Record<string, unknown> {
  return { code: u.code, name: u.name, level: json ? u.level : LEVEL_NAMES[lang][u.level], province: u.province ?? '', district: u.district ?? '' };
}

/** A count as a sheet writes it, the Vietnamese way (`1.234`), or NaN when it is not a whole number. */
function countOf(text: string): number {
  try {
    const d = parseViDecimal(text);
    return d.isInteger() ? d.toNumber() : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** The options of `units carry`. */
interface CarryOptions {
  input: string;
  inputFormat?: InputFormat;
  delimiter?: string;
}

/** `units list|find|carry`: the administrative units of vn-learning-society/units from a shell. */
export function registerUnits(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  const units = program.command('units').description(d.command);
  units
    .command('list')
    .description(d.list)
    .addOption(new Option('--level <level>', d.level).choices(['province', 'district', 'commune']).default('province'))
    .option('--province <code>', d.province)
    .option('--at <date>', d.at)
    .action(async (o: { level: UnitLevel; province?: string; at?: string }) => {
      const { format, lang } = cli.globals();
      const json = isJsonFormat(format);
      const { listUnits } = await import('vn-learning-society/units');
      const rows = listUnits({ level: o.level, ...(o.province ? { province: o.province } : {}), ...(o.at ? { at: o.at } : {}) }).map((u) => unitRow(u, lang, json));
      writeRows(io, format, rows, json ? undefined : headings(['code', 'name', 'level', 'province', 'district'], lang));
    });
  units
    .command('find <text...>')
    .description(d.find)
    .addOption(new Option('--level <level>', d.level).choices(['province', 'district', 'commune']))
    .option('--province <code>', d.province)
    .option('--at <date>', d.at)
    .action((words: string[], o: { level?: UnitLevel; province?: string; at?: string }) => runFind(cli, words, o));
  units
    .command('carry')
    .description(d.carry)
    .addOption(commonOption('input', lang, { description: d.input }))
    .addOption(commonOption('inputFormat', lang, { description: d.inputFormat, formats: ['json', 'ndjson', 'csv'] }))
    .addOption(commonOption('delimiter', lang))
    .action((o: CarryOptions) => runCarry(cli, o));
}

/** Runs `units carry`: counts by old commune carried over to the communes of the new list, each bad row named by its line. */
async function runCarry(cli: CliContext, o: CarryOptions): Promise<void> {
  const { io } = cli;
  const { format, lang } = cli.globals();
  const json = isJsonFormat(format);
  const bad: BadRecord[] = [];
  const rows: CarryOverRow[] = [];
  const lines: number[] = [];
  const countNames = new Set<string>();
  for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat), csvOptions(o.delimiter))) {
    if (rec.kind === 'header') continue;
    if (rec.error !== undefined) {
      bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
      continue;
    }
    const v = rec.value as Record<string, unknown>;
    const code = typeof v.code === 'string' ? v.code.trim() : typeof v.mã === 'string' ? (v.mã as string).trim() : '';
    const counts: Record<string, number> = {};
    const source = typeof v.counts === 'object' && v.counts !== null ? (v.counts as Record<string, unknown>) : v;
    for (const [k, x] of Object.entries(source)) {
      if (k === 'code' || k === 'mã' || k === 'name' || k === 'tên') continue;
      const n = typeof x === 'number' ? x : typeof x === 'string' ? countOf(x) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < 0) bad.push({ line: rec.line, field: k, message: lang === 'vi' ? `"${String(x)}" không phải số đếm (số nguyên không âm)` : `"${String(x)}" is not a count (a non-negative whole number)` });
      else {
        counts[k] = n;
        countNames.add(k);
      }
    }
    rows.push({ code, counts });
    lines.push(rec.line);
  }
  if (bad.length > 0) {
    reportBad(io, lang, bad);
    cli.exit(EXIT.badInput);
    return;
  }
  const { carryOver } = await import('vn-learning-society/units');
  let result;
  try {
    result = carryOver(rows);
  } catch (e) {
    // Name each bad row by its line, as every command does.
    const issues = (e as { issues?: readonly { path: readonly (string | number)[]; message: { vi: string; en: string } }[] }).issues;
    if (!issues) throw e;
    reportBad(io, lang, issues.map((i) => ({ line: typeof i.path[0] === 'number' ? lines[i.path[0]]! : 0, field: i.path.slice(1).join('.') || 'code', message: i.message[lang] })));
    cli.exit(EXIT.badInput);
    return;
  }
  const names = [...countNames];
  const out = result.units.map((u) => ({
    code: u.code,
    name: u.name,
    province: u.province,
    ...Object.fromEntries(names.map((k) => [k, u.counts[k] ?? 0])),
    exact: json ? u.exact : yesNo(u.exact, lang),
    missing: json ? u.missing : u.missing.join(' '),
    from: json ? u.from : u.from.map((l) => `${l.code}${l.share === 'part' ? '*' : ''}`).join(' '),
  }));
  // The count columns keep the names the file gave them.
  const columns = json ? undefined : [...(headings(['code', 'name', 'province'], lang) as { key: string; heading: string }[]), ...names.map((k) => ({ key: k, heading: k })), ...(headings(['exact', 'missing', 'from'], lang) as { key: string; heading: string }[])];
  writeRows(io, format, out, columns);
  for (const s of result.split) {
    io.stderr.write(lang === 'vi' ? `xã ${s.code} (${s.name}) bị chia cho ${s.into.join(', ')}: số liệu của xã này không được chia đoán; các xã mới nhận một phần được đánh dấu không chính xác\n` : `commune ${s.code} (${s.name}) was split into ${s.into.join(', ')}: its counts are not apportioned by guessing; the new communes that received a part are marked inexact\n`);
  }
}

/** Runs `units find`: the unit of a name, or the nearest names; exit 2 when none is exactly it. */
async function runFind(cli: CliContext, words: string[], o: { level?: UnitLevel; province?: string; at?: string }): Promise<void> {
  const { io } = cli;
  const { format, lang } = cli.globals();
  const json = isJsonFormat(format);
  const { findUnit } = await import('vn-learning-society/units');
  const r = findUnit(words.join(' '), { ...(o.level ? { level: o.level } : {}), ...(o.province ? { province: o.province } : {}), ...(o.at ? { at: o.at } : {}) });
  const rows = r.candidates.map((u) => unitRow(u, lang, json));
  writeRows(io, format, rows, json ? undefined : headings(['code', 'name', 'level', 'province', 'district'], lang));
  if (r.ambiguous) io.stderr.write(`${lang === 'vi' ? `Có ${r.candidates.length} đơn vị cùng tên: chọn theo mã, hoặc thêm --province/--level` : `${r.candidates.length} units have this name: pick one by code, or add --province/--level`}\n`);
  else if (!r.unit) io.stderr.write(`${lang === 'vi' ? (rows.length ? 'Không có đơn vị đúng tên này; các tên gần nhất ở trên' : 'Không tìm thấy đơn vị nào') : rows.length ? 'No unit has exactly this name; the nearest are above' : 'No unit found'}\n`);
  if (!r.unit) cli.exit(EXIT.badInput);
}
