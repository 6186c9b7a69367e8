import { Option, type Command } from 'commander';
import { LONG_AN_YEARBOOK_2020 } from '../../catalogue/yearbooks/index.js';
import { parseYearbookPlan, planYearbook, verifyYearbookPlan, type YearbookPlan } from '../../programme/yearbook/index.js';
import { writeRows } from '../io.js';
import { EXIT, type CliContext } from '../shared.js';

/** `yearbook`: the pages, copies and paper of a yearbook plan, and a check of the totals it states. */
export function registerYearbook(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('yearbook')
    .description('pages, copies and paper of a yearbook plan (default: Long An 2020); checks stated totals')
    .option('-p, --plan <file>', 'a yearbook plan file')
    .addOption(new Option('--sides <sides>').choices(['duplex', 'simplex']).default('duplex'))
    .option('--stated-pages <n>', 'the pages the document states')
    .option('--stated-copies <n>', 'the copies the document states')
    .action(async (o: { plan?: string; sides: 'duplex' | 'simplex'; statedPages?: string; statedCopies?: string }) => {
      const { format, lang } = cli.globals();
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
        if (!v.consistent) cli.exit(EXIT.mismatch);
      }
    });
}
