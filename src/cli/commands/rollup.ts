import { Option, type Command } from 'commander';
import { LearningSocietyError } from '../../core/errors/index.js';
import type { Lang } from '../../core/label/index.js';
import { formatViNumber } from '../../core/vi-number/index.js';
import { Tally, TALLY_LEVELS, type TallyLevel } from '../../programme/tally/index.js';
import { unitChecker } from 'vn-learning-society/units';
import { formatOf, readRecords, writeRows, type InputFormat } from '../io.js';
import { EXIT, issueField, reportBad, T, type BadRecord, type CliContext } from '../shared.js';
import { headings, keyOfHeading, levelName, modelName, parseLevel, parseModel, parseYesNo } from '../vocabulary.js';

const DESCRIPTIONS = {
  vi: {
    command: 'tổng hợp kết quả theo đơn vị hành chính (tỉnh, huyện, xã, thôn); đọc được kết quả của lệnh evaluate (với --keep tỉnh,xã)',
    input: 'tệp kết quả; - là đầu vào chuẩn',
    inputFormat: 'định dạng đầu vào',
    level: 'cấp tổng hợp',
    date: 'ngày của số liệu (từ 01/07/2025 không còn cấp huyện)',
    units: 'kiểm tra mã tỉnh, xã theo danh mục đơn vị hành chính có hiệu lực vào --date (mã của cơ quan thống kê)',
  },
  en: {
    command: 'tally results by administrative unit (province, district, commune, hamlet); reads what evaluate writes (with --keep province,commune)',
    input: 'results; - for standard input',
    inputFormat: 'input format',
    level: 'the level to tally at',
    date: 'the day the results are for (no district level from 2025-07-01)',
    units: 'check province and commune codes against the list of administrative units in force on --date (statistics-office codes)',
  },
} as const;

/** `rollup`: tallies results by administrative unit (province, district, commune, hamlet). */
export function registerRollup(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('rollup')
    .description(d.command)
    .requiredOption('-i, --input <file>', d.input)
    .addOption(new Option('--input-format <format>', d.inputFormat).choices(['json', 'ndjson', 'csv']))
    .addOption(new Option('--level <level>', d.level).choices([...TALLY_LEVELS]).default('province'))
    .option('--date <date>', d.date)
    .option('--units', d.units)
    .action(async (o: { input: string; inputFormat?: InputFormat; level: TallyLevel; date?: string; units?: boolean }) => {
      const { format, lang } = cli.globals();
      const tally = new Tally(o.units ? { units: unitChecker(o.date ? { at: o.date } : {}) } : {});
      const bad: BadRecord[] = [];
      for await (const rec of readRecords(io, o.input, formatOf(o.input, o.inputFormat))) {
        if (rec.kind === 'header') continue;
        if (rec.error !== undefined) {
          bad.push({ line: rec.line, field: T[lang].record, message: rec.error[lang] });
          continue;
        }
        const v: Record<string, unknown> = {};
        if (rec.value !== null && typeof rec.value === 'object') for (const [k, x] of Object.entries(rec.value)) v[keyOfHeading(k) ?? k] = x;
        const text = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : v[k]);
        const recognized = typeof v.recognized === 'boolean' ? v.recognized : typeof v.recognized === 'string' ? parseYesNo(v.recognized) : undefined;
        const model = typeof v.model === 'string' ? (parseModel(v.model) ?? v.model) : v.model;
        const level = typeof v.level === 'string' && v.level.trim() !== '' ? (parseLevel(v.level) ?? v.level) : undefined;
        const opt = (k: string) => (typeof text(k) === 'string' && text(k) !== '' ? { [k]: text(k) as string } : {});
        try {
          tally.add({ province: String(text('province') ?? ''), ...opt('district'), commune: String(text('commune') ?? ''), ...opt('hamlet'), model, ...(level !== undefined ? { level } : {}), recognized } as never);
        } catch (e) {
          if (!(e instanceof LearningSocietyError)) throw e;
          for (const issue of e.issues) bad.push({ line: rec.line, field: issueField(issue), message: issue.message[lang] });
        }
      }
      const json = format === 'json' || format === 'ndjson';
      const rows = tally.by(o.level, o.date ? { date: o.date } : {}).flatMap((r) =>
        Object.entries(r.counts).map(([key, c]) => {
          const [m, l] = key.split('/');
          const model = parseModel(m!);
          const level = l === undefined ? undefined : parseLevel(l);
          return {
            unit: r.code,
            ...(r.province && o.level !== 'province' ? { province: r.province } : {}),
            model: !json && model ? `${modelName(model, lang)}${level ? ` (${levelName(level, lang)})` : ''}` : key,
            evaluated: c.evaluated,
            recognized: c.recognized,
            percent: c.evaluated > 0 ? (lang === 'vi' ? formatViNumber((c.recognized * 100) / c.evaluated, { decimals: 2 }) : ((c.recognized * 100) / c.evaluated).toFixed(2)) : '',
          };
        }),
      );
      writeRows(io, json ? 'json' : format, rows, json ? undefined : headings([...new Set(rows.flatMap((r) => Object.keys(r)))], lang));
      reportBad(io, lang, bad);
      if (bad.length > 0) cli.exit(EXIT.badInput);
    });
}
