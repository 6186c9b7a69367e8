import { Option, type Command } from 'commander';
import { LONG_AN_YEARBOOK_2020, parseYearbookPlan, planYearbook, verifyYearbookPlan, type Lang, type YearbookPlan } from 'vn-learning-society';
import { writeRows, isJsonFormat } from '../io.js';
import { EXIT, type CliContext } from '../shared.js';
import { headings } from '../vocabulary.js';

const DESCRIPTIONS = {
  vi: {
    command: 'số trang, số cuốn và giấy in của một kế hoạch in kỷ yếu (mặc định: Long An 2020); kiểm tra các tổng số đã nêu',
    plan: 'tệp kế hoạch kỷ yếu',
    sides: 'in hai mặt (duplex) hay một mặt (simplex)',
    pages: 'số trang văn bản nêu',
    copies: 'số cuốn văn bản nêu',
  },
  en: {
    command: 'pages, copies and paper of a yearbook plan (default: Long An 2020); checks stated totals',
    plan: 'a yearbook plan file',
    sides: 'printed on both sides (duplex) or one (simplex)',
    pages: 'the pages the document states',
    copies: 'the copies the document states',
  },
} as const;

const FIGURES = {
  vi: { reports: 'số báo cáo', pages: 'số trang', copies: 'số cuốn', copiesFor: 'số cuốn gửi', sheets: 'số tờ giấy', reams: 'số ram giấy' },
  en: { reports: 'reports', pages: 'pages', copies: 'copies', copiesFor: 'copies for', sheets: 'sheets', reams: 'reams' },
} as const;

/** `yearbook`: the pages, copies and paper of a yearbook plan, and a check of the totals it states. */
export function registerYearbook(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('yearbook')
    .description(d.command)
    .option('-p, --plan <file>', d.plan)
    .addOption(new Option('--sides <sides>', d.sides).choices(['duplex', 'simplex']).default('duplex'))
    .option('--stated-pages <n>', d.pages)
    .option('--stated-copies <n>', d.copies)
    .action(async (o: { plan?: string; sides: 'duplex' | 'simplex'; statedPages?: string; statedCopies?: string }) => {
      const { format, lang } = cli.globals();
      const plan: YearbookPlan = o.plan ? parseYearbookPlan(await io.readText(o.plan)) : LONG_AN_YEARBOOK_2020;
      const f = planYearbook(plan, { printing: { sides: o.sides } });
      const json = isJsonFormat(format);
      const w = json ? FIGURES.en : FIGURES[lang];
      const rows: Record<string, unknown>[] = [
        { figure: w.reports, value: f.reports },
        { figure: w.pages, value: f.pages },
        { figure: w.copies, value: f.copies },
        ...f.copiesByRecipient.map((d) => ({ figure: `${w.copiesFor}: ${d.recipient[lang]}`, value: d.copies })),
        { figure: w.sheets, value: f.printing!.sheets },
        { figure: w.reams, value: f.printing!.reams },
      ];
      writeRows(io, format, rows, json ? undefined : headings(['figure', 'value'], lang));
      if (o.statedPages !== undefined || o.statedCopies !== undefined) {
        const v = verifyYearbookPlan(plan, { ...(o.statedPages !== undefined ? { pages: o.statedPages } : {}), ...(o.statedCopies !== undefined ? { copies: o.statedCopies } : {}) });
        io.stderr.write(`${v.explanation[lang]}\n`);
        if (!v.consistent) cli.exit(EXIT.mismatch);
      }
    });
}
