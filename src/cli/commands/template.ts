import type { Command } from 'commander';
import type { Lang } from 'vn-learning-society';
import { CliFailure, EXIT, loadRuleSet, type CliContext } from '../shared.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'tạo phiếu đánh giá Excel để gửi các thôn: trang hướng dẫn, mỗi chỉ báo một cột (ghi -o phieu.xlsx)',
    rules: 'mã bộ tiêu chí, tệp bộ tiêu chí hoặc tệp bộ tiêu chí riêng của tỉnh',
    keep: 'các cột thêm vào trước các chỉ báo, cách nhau bởi dấu phẩy (vd. Thôn,Họ tên chủ hộ); chấm điểm với --keep như vậy',
    rows: 'số dòng trống để điền',
    needsXlsx: 'lệnh template ghi một bảng tính Excel: thêm -o phieu.xlsx',
    force: 'ghi đè tệp đã có (mặc định: không ghi đè, để không mất phiếu đã điền)',
  },
  en: {
    command: 'make an Excel assessment sheet to hand to hamlets: an instructions sheet, one column per indicator (write it with -o sheet.xlsx)',
    rules: 'rule set id, rule-set file or fork file',
    keep: 'columns before the indicators, comma-separated (e.g. Hamlet,Head of household); score with the same --keep',
    rows: 'blank rows to fill in',
    needsXlsx: 'template writes an Excel workbook: add -o sheet.xlsx',
    force: 'overwrite an existing file (by default it is never overwritten, so that a filled-in sheet is not lost)',
  },
} as const;

/** `template`: an `.xlsx` assessment sheet for a rule set, with a first sheet of instructions. */
export function registerTemplate(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('template')
    .description(d.command)
    .addOption(commonOption('rules', lang, { description: d.rules }))
    .addOption(commonOption('keep', lang, { description: d.keep }))
    .option('--rows <n>', d.rows, '100')
    .addOption(commonOption('force', lang, { description: d.force }))
    .action(async (o: { rules: string; keep?: string; rows: string }) => {
      const { format, lang } = cli.globals();
      if (format !== 'xlsx' || !io.workbook) throw new CliFailure(DESCRIPTIONS[lang].needsXlsx, EXIT.badInput);
      const rs = await loadRuleSet(io, o.rules, lang);
      const keep = (o.keep ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      const { assessmentTemplate } = await import('vn-learning-society/sheets');
      io.workbook.push(...assessmentTemplate(rs, { lang, keep, rows: Number(o.rows) }));
    });
}
