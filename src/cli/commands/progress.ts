import type { Command } from 'commander';
import { targetsFor } from '../../catalogue/targets/index.js';
import { progress, type ProgressCount } from '../../programme/targets/index.js';
import { writeRows } from '../io.js';
import { CliFailure, EXIT, loadTargets, type CliContext } from '../shared.js';

/** `progress`: compares counts with the targets of a jurisdiction and year. */
export function registerProgress(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('progress')
    .description('compare counts (a JSON object: indicator → { part, whole } or a number) with a target table')
    .requiredOption('-c, --counts <file>', 'counts; - for standard input')
    .requiredOption('-j, --jurisdiction <code>', 'VN or a province code')
    .requiredOption('-y, --year <year>', 'the year the counts are for')
    .option('-t, --targets <table>', 'a target table id or file, used before the shipped ones')
    .action(async (o: { counts: string; jurisdiction: string; year: string; targets?: string }) => {
      const { format, lang } = cli.globals();
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
}
