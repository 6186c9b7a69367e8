import type { Command } from 'commander';
import { targetsFor } from '../../catalogue/targets/index.js';
import type { Lang } from '../../core/label/index.js';
import { formatViNumber } from '../../core/vi-number/index.js';
import { PROVINCE_ISO_CODES } from '../../document/jurisdiction/index.js';
import { progress, type ProgressCount } from '../../programme/targets/index.js';
import { writeRows } from '../io.js';
import { CliFailure, EXIT, loadTargets, type CliContext } from '../shared.js';
import { headings, STATUS_NAMES } from '../vocabulary.js';

const DESCRIPTIONS = {
  vi: {
    command: 'đối chiếu số liệu (JSON: chỉ tiêu → { part, whole } hoặc một số) với bảng chỉ tiêu của một phạm vi và năm',
    counts: 'tệp số liệu; - là đầu vào chuẩn',
    jurisdiction: 'VN (toàn quốc) hoặc mã tỉnh theo ISO 3166-2:VN, vd. VN-45',
    year: 'năm của số liệu',
    targets: 'mã hoặc tệp bảng chỉ tiêu riêng, dùng trước các bảng có sẵn',
  },
  en: {
    command: 'compare counts (a JSON object: indicator → { part, whole } or a number) with the targets of a jurisdiction and year',
    counts: 'counts; - for standard input',
    jurisdiction: 'VN (national) or a province’s ISO 3166-2:VN code, e.g. VN-45',
    year: 'the year the counts are for',
    targets: 'a target table id or file, used before the shipped ones',
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
    .action(async (o: { counts: string; jurisdiction: string; year: string; targets?: string }) => {
      const { format, lang } = cli.globals();
      const text = await io.readText(o.counts);
      let counts: Record<string, ProgressCount>;
      try {
        counts = JSON.parse(text) as Record<string, ProgressCount>;
      } catch (e) {
        throw new CliFailure(`${o.counts}: ${lang === 'vi' ? 'không phải JSON hợp lệ' : 'not valid JSON'} (${e instanceof Error ? e.message : String(e)})`, EXIT.badInput);
      }
      const year = Number(o.year);
      const tables = o.targets ? [await loadTargets(io, o.targets, lang)] : [];
      const entries = targetsFor(o.jurisdiction, year, { tables });
      const json = format === 'json' || format === 'ndjson';
      const number = (n: number | undefined) => (n === undefined ? '' : json ? n : lang === 'vi' ? formatViNumber(n) : String(n));
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
      const keys = ['indicator', 'year', 'status', 'required', 'gap', 'table', 'explanation'];
      writeRows(io, format === 'ndjson' ? 'json' : format, rows, json ? keys : headings(keys, lang));
      io.stderr.write(`${tablesUsed(o.jurisdiction, entries, lang)}\n`);
    });
}

/** One line saying which target tables the figures were compared with, and whether the jurisdiction had its own. */
function tablesUsed(jurisdiction: string, entries: readonly { table: string; jurisdiction: string }[], lang: Lang): string {
  const used = [...new Set(entries.map((e) => `${e.table} (${e.jurisdiction})`))].join(', ');
  const own = entries.some((e) => e.jurisdiction === jurisdiction);
  const name = PROVINCE_ISO_CODES[jurisdiction];
  const who = name ? `${jurisdiction} (${name})` : jurisdiction;
  if (lang === 'vi') return `Bảng chỉ tiêu đã dùng: ${used || 'không có'}${jurisdiction !== 'VN' && !own ? ` — ${who} chưa có bảng chỉ tiêu riêng, dùng chỉ tiêu toàn quốc` : ''}`;
  return `Target tables used: ${used || 'none'}${jurisdiction !== 'VN' && !own ? ` — ${who} has no table of its own; the national targets apply` : ''}`;
}
