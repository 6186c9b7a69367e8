import { Option, type Command } from 'commander';
import { LearningSocietyError } from '../../core/errors/index.js';
import type { Level, Model } from '../../core/model/index.js';
import { formatViNumber } from '../../core/vi-number/index.js';
import { Tally, TALLY_LEVELS, type TallyLevel } from '../../programme/tally/index.js';
import { formatOf, readRecords, writeRows, type InputFormat } from '../io.js';
import { EXIT, issueField, reportBad, type BadRecord, type CliContext } from '../shared.js';

/** `rollup`: tallies results by administrative unit (province, district, commune, hamlet). */
export function registerRollup(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('rollup')
    .description('tally results (province, district, commune, hamlet, model, level, recognized) by administrative unit')
    .requiredOption('-i, --input <file>', 'results; - for standard input')
    .addOption(new Option('--input-format <format>').choices(['json', 'ndjson', 'csv']))
    .addOption(new Option('--level <level>').choices([...TALLY_LEVELS]).default('province'))
    .option('--date <date>', 'the day the results are for (no district level from 2025-07-01)')
    .action(async (o: { input: string; inputFormat?: InputFormat; level: TallyLevel; date?: string }) => {
      const { format, lang } = cli.globals();
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
      if (bad.length > 0) cli.exit(EXIT.badInput);
    });
}
