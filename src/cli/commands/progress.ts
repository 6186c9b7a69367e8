import type { Command } from 'commander';
import { closestNames, formatViNumber, listTargets, progress, targetSelectionFor, type Lang, type ProgressCount, type TargetEntry, type TargetSelection, type TargetTable } from 'vn-learning-society';
import { writeRows, type CliIo, isJsonFormat } from '../io.js';
import { CliFailure, EXIT, loadTargets, noteLines, type CliContext } from '../shared.js';
import { headings, STATUS_NAMES } from '../vocabulary.js';

const DESCRIPTIONS = {
  vi: {
    command: 'đối chiếu số liệu (JSON: chỉ tiêu → { part, whole } hoặc một số) với bảng chỉ tiêu của một phạm vi và năm',
    counts: 'tệp số liệu; - là đầu vào chuẩn',
    jurisdiction: 'VN (toàn quốc), mã tỉnh của cơ quan thống kê (vd. 82, theo danh mục ngày 31/12 của -y) hoặc mã ISO 3166-2:VN của tỉnh trước 01/7/2025 (vd. VN-45)',
    year: 'năm của số liệu',
    targets: 'mã hoặc tệp bảng chỉ tiêu riêng, dùng trước các bảng có sẵn',
    chart: 'vẽ biểu đồ tiến độ (SVG) của các chỉ tiêu có số liệu vào tệp này',
    title: (j: string, y: number) => `Tiến độ thực hiện chỉ tiêu ${j} năm ${y}`,
  },
  en: {
    command: 'compare counts (a JSON object: indicator → { part, whole } or a number) with the targets of a jurisdiction and year',
    counts: 'counts; - for standard input',
    jurisdiction: 'VN (national), a statistics-office province code (e.g. 82, in the list of 31 December of -y) or the ISO 3166-2:VN code of a province before 1 July 2025 (e.g. VN-45)',
    year: 'the year the counts are for',
    targets: 'a target table id or file, used before the shipped ones',
    chart: 'draw the progress of the targets with counts (SVG) into this file',
    title: (j: string, y: number) => `Progress against the targets, ${j}, ${y}`,
  },
} as const;

/** `progress`: compares counts with the targets of a jurisdiction and year; says which tables were used. */
export function registerProgress(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('progress')
    .description(d.command)
    .requiredOption('-c, --counts <file>', d.counts)
    .requiredOption('-j, --jurisdiction <code>', d.jurisdiction)
    .requiredOption('-y, --year <year>', d.year)
    .option('-t, --targets <table>', d.targets)
    .option('--chart <file>', d.chart)
    .action(async (o: { counts: string; jurisdiction: string; year: string; targets?: string; chart?: string }) => {
      const { format, lang } = cli.globals();
      const text = await io.readText(o.counts);
      let counts: Record<string, ProgressCount>;
      try {
        counts = JSON.parse(text) as Record<string, ProgressCount>;
      } catch (e) {
        throw new CliFailure(`${o.counts}: ${lang === 'vi' ? 'không phải JSON hợp lệ' : 'not valid JSON'} (${e instanceof Error ? e.message : String(e)})`, EXIT.badInput);
      }
      if (counts === null || typeof counts !== 'object' || Array.isArray(counts)) {
        throw new CliFailure(`${o.counts}: ${lang === 'vi' ? 'cần một đối tượng JSON: chỉ tiêu → { part, whole } hoặc một số' : 'expected a JSON object: indicator → { part, whole } or a number'}`, EXIT.badInput);
      }
      const year = Number(o.year);
      const tables = o.targets ? [await loadTargets(io, o.targets, lang)] : [];
      const selection = targetSelectionFor(o.jurisdiction, year, { tables });
      const entries = selection.entries;
      checkCountKeys(io, o.counts, Object.keys(counts), entries, [...tables, ...listTargets()], o.jurisdiction, year, lang);
      const json = isJsonFormat(format);
      const number = (n: number | undefined) => (n === undefined ? '' : json || format === 'xlsx' ? n : lang === 'vi' ? formatViNumber(n) : String(n));
      const results = progress(counts, entries);
      // Data first: the rows with counts, then those without.
      const ordered = [...results.filter((r) => r.status !== 'no-data'), ...results.filter((r) => r.status === 'no-data')];
      const rows = ordered.map((r) => ({
        indicator: r.target.indicator,
        year: r.target.year,
        status: json ? r.status : STATUS_NAMES[r.status][lang],
        required: number(r.required),
        gap: number(r.gap),
        table: r.target.table,
        explanation: r.explanation[lang],
      }));
      if (o.chart !== undefined) {
        // One bar per target with a share; the target is the line when they share one, else it is in each label.
        const shares = ordered.flatMap((r) => {
          const c = counts[r.target.indicator];
          return r.target.value.kind === 'percent' && c !== undefined && typeof c === 'object' ? [{ r, part: c.part, whole: c.whole, target: r.target.value.percent }] : [];
        });
        const common = shares.every((x) => x.target === shares[0]?.target) ? shares[0]?.target : undefined;
        const { progressChartSvg } = await import('vn-learning-society/charts');
        const svg = progressChartSvg(
          shares.map((x) => ({ label: common === undefined ? `${x.r.target.label[lang]} (${lang === 'vi' ? 'chỉ tiêu' : 'target'} ${lang === 'vi' ? formatViNumber(x.target) : x.target} %)` : x.r.target.label[lang], part: x.part, whole: x.whole })),
          { lang, title: DESCRIPTIONS[lang].title(o.jurisdiction, year), ...(common !== undefined ? { target: common } : {}) },
        );
        if (!io.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp biểu đồ' : 'cannot write the chart file', EXIT.badInput);
        await io.writeText(o.chart, svg);
      }
      const keys = ['indicator', 'year', 'status', 'required', 'gap', 'table', 'explanation'];
      writeRows(io, format, rows, json ? keys : headings(keys, lang), { name: lang === 'vi' ? 'Chỉ tiêu' : 'Targets', title: DESCRIPTIONS[lang].title(o.jurisdiction, year) });
      io.stderr.write(tablesUsed(selection, lang));
    });
}

/**
 * Which target tables the figures were compared with, on one line, then one line for each note of the selection (a
 * province merged on 1 July 2025, a table that covers only part of the place, the national targets used instead).
 */
function tablesUsed(selection: TargetSelection, lang: Lang): string {
  const used = [...new Set(selection.entries.map((e) => `${e.table} (${e.jurisdiction})`))].join(', ');
  return `${lang === 'vi' ? `Bảng chỉ tiêu đã dùng: ${used || 'không có'}` : `Target tables used: ${used || 'none'}`}\n${noteLines(selection.notes, lang)}`;
}

/**
 * Every key of the counts must be an indicator the targets of the jurisdiction and year have: a key that is not (a
 * typo such as `learning-family` for `learning-families`) stops the run (exit 2), naming it, with the nearest indicator
 * when one is near and the list of them otherwise; a figure is never left out silently. A key that is an indicator of
 * another year's or place's table only (a file kept for several years) is said on stderr and left out.
 */
function checkCountKeys(io: CliIo, file: string, keys: readonly string[], entries: readonly TargetEntry[], tables: readonly TargetTable[], jurisdiction: string, year: number, lang: Lang): void {
  const known = [...new Set(entries.map((e) => e.indicator))];
  const elsewhere = new Set(tables.flatMap((t) => t.targets.map((x) => x.indicator)));
  const unknown: string[] = [];
  for (const k of keys) {
    if (known.includes(k)) continue;
    if (elsewhere.has(k)) io.stderr.write(lang === 'vi' ? `${file}: chỉ tiêu "${k}" không có mốc cho ${jurisdiction} năm ${year}; số liệu này không được đối chiếu\n` : `${file}: indicator "${k}" has no target for ${jurisdiction} in ${year}; its figure is not compared\n`);
    else unknown.push(k);
  }
  if (unknown.length === 0) return;
  const list = known.join(', ');
  const lines = unknown.map((k) => {
    const near = closestNames(k, known);
    const shown = JSON.stringify(k);
    if (lang === 'vi') return `${file}: không có chỉ tiêu ${shown} trong bảng chỉ tiêu của ${jurisdiction} năm ${year}; ${near.length ? `có phải ý bạn là ${near.map((n) => `"${n}"`).join(' hoặc ')}?` : `các chỉ tiêu: ${list || 'không có'}`}`;
    return `${file}: no indicator ${shown} among the targets of ${jurisdiction} for ${year}; ${near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : `the indicators: ${list || 'none'}`}`;
  });
  throw new CliFailure(lines.join('\n'), EXIT.badInput);
}
