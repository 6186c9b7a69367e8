import { basename } from 'node:path';
import type { Command } from 'commander';
import { checkJurisdictionCode, findPlace, isDocumentId, placeSuccession, PROVINCE_REFORM_DATE, type Lang } from 'vn-learning-society';
import { CliFailure, EXIT, loadRuleSet, type CliContext } from '../shared.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: {
    command: 'tạo bản phái sinh của tỉnh từ một bộ tiêu chí: tệp phái sinh tối thiểu (-o ban-phai-sinh.json) và tệp ca kiểm thử trống bên cạnh',
    base: 'bộ tiêu chí gốc (mã hoặc tệp)',
    id: 'mã của bản phái sinh, vd. learning-family-vinh-long-2026',
    jurisdiction: 'mã tỉnh của cơ quan thống kê, vd. 86 (theo danh mục có hiệu lực ngày --from; không có --from: danh mục mới nhất), hoặc mã ISO 3166-2:VN của tỉnh trước 01/7/2025, vd. VN-49; ghi vào tệp dưới dạng 86@2025-07-01',
    name: 'tên tỉnh, vd. "Tỉnh Vĩnh Long"',
    from: 'ngày bắt đầu hiệu lực (YYYY-MM-DD; mặc định: của bộ gốc)',
    badId: (id: string) => `mã "${id}" không hợp lệ: chữ thường, chữ số và dấu -, vd. learning-family-vinh-long-2026`,
    wrote: (cases: string) => `Đã tạo tệp ca kiểm thử ${cases}. Bước tiếp: sửa "patch" trong tệp phái sinh (chỉ ghi điều thay đổi; ghi "confirmed" khi đã đối chiếu văn bản), viết các ca từ kết quả năm trước, rồi chạy: vn-learning-society test ${cases}`,
    noOutput: 'Gợi ý: thêm -o ban-phai-sinh.json để ghi tệp phái sinh và tệp ca kiểm thử bên cạnh.',
    force: 'ghi đè tệp phái sinh và tệp ca kiểm thử đã có (mặc định: không ghi đè, để không mất phần tỉnh đã sửa)',
  },
  en: {
    command: 'start a province fork of a rule set: a minimal fork file (-o fork.json) and an empty case file beside it',
    base: 'the base rule set (id or file)',
    id: 'id of the fork, e.g. learning-family-vinh-long-2026',
    jurisdiction: 'the province’s statistics-office code, e.g. 86 (in the list in force on --from; without --from, the newest list), or the ISO 3166-2:VN code of a province before 1 July 2025, e.g. VN-49; written to the file as 86@2025-07-01',
    name: 'the province’s name, e.g. "Tỉnh Vĩnh Long"',
    from: 'first day in force (YYYY-MM-DD; default: the base’s)',
    badId: (id: string) => `"${id}" is not a valid id: lower-case letters, digits and -, e.g. learning-family-vinh-long-2026`,
    wrote: (cases: string) => `Wrote the case file ${cases}. Next: edit "patch" in the fork file (only what changes; add "confirmed" where you checked the text), write cases from last year's results, then run: vn-learning-society test ${cases}`,
    noOutput: 'Hint: add -o fork.json to write the fork file and a case file beside it.',
    force: 'overwrite an existing fork file and case file (by default they are never overwritten, so that the province’s edits are not lost)',
  },
} as const;

/** The case file written beside the fork file `-o fork.json`: `fork.cases.yaml` (none without -o, or for a workbook). */
export function forkCaseFile(output: string | undefined): string | undefined {
  return output === undefined || /\.xlsx$/i.test(output) ? undefined : `${output.replace(/\.json$/i, '')}.cases.yaml`;
}

/**
 * `fork <base> --id … --jurisdiction VN-xx [--name …] [--from …] -o fork.json`: writes a minimal fork (its metadata, an
 * empty patch, the schema line an editor checks it with) and, beside it, a case file with no cases yet.
 */
export function registerFork(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  program
    .command('fork')
    .description(d.command)
    .argument('<base>', d.base)
    .requiredOption('--id <id>', d.id)
    .requiredOption('--jurisdiction <code>', d.jurisdiction)
    .option('--name <name>', d.name)
    .option('--from <date>', d.from)
    .addOption(commonOption('force', lang, { description: d.force }))
    .action(async (ref: string, o: { id: string; jurisdiction: string; name?: string; from?: string }) => {
      const { lang, output } = cli.globals();
      if (!isDocumentId(o.id)) throw new CliFailure(d.badId(o.id), EXIT.badInput);
      checkJurisdictionCode(o.jurisdiction);
      if (o.from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.from)) throw new CliFailure(`--from ${o.from}: YYYY-MM-DD`, EXIT.badInput);
      // The place in its canonical form (a statistics code with its list): a bare code is read on --from, else in the
      // newest list; an ISO code is a province before 1 July 2025. A code of the province's own choosing stays.
      const place = findPlace(o.jurisdiction, o.from !== undefined ? { at: o.from } : {});
      const code = place?.key ?? o.jurisdiction;
      const succession = place !== undefined && (o.from === undefined || o.from >= PROVINCE_REFORM_DATE) ? placeSuccession(place) : undefined;
      if (succession !== undefined) {
        io.stderr.write(lang === 'vi' ? `Lưu ý: ${succession.text.vi}. Bản phái sinh cho tỉnh mới: --jurisdiction ${succession.into.code}\n` : `Note: ${succession.text.en}. For the new province: --jurisdiction ${succession.into.code}\n`);
      }
      const base = await loadRuleSet(io, ref, lang);
      const name = o.name ?? (place && place.key !== 'VN' ? (/^Thành phố /.test(place.name) ? place.name : `Tỉnh ${place.name}`) : code);
      const fork = {
        $schema: './node_modules/vn-learning-society/data/schemas/rule-set-fork.schema.json',
        base: base.id,
        meta: {
          id: o.id,
          jurisdiction: { code, name: { vi: name, en: name } },
          title: { vi: `${base.title.vi} — ${name}`, en: `${base.title.en} — ${name}` },
          ...(o.from !== undefined ? { validFrom: o.from } : {}),
          note: {
            vi: `Bản phái sinh của ${base.id}: "patch" chỉ ghi những gì tỉnh thay đổi; giá trị đã đối chiếu văn bản của tỉnh ghi kèm "confirmed" (ref, article, quote, by, on).`,
            en: `A fork of ${base.id}: "patch" holds only what the province changes; a value checked against the province's text carries "confirmed" (ref, article, quote, by, on).`,
          },
        },
        patch: {},
      };
      io.stdout.write(`${JSON.stringify(fork, null, 2)}\n`);
      const casesPath = forkCaseFile(output);
      if (output === undefined || casesPath === undefined) {
        io.stderr.write(`${d.noOutput}\n`);
        return;
      }
      const text = [
        `# Ca kiểm thử của ${o.id} — test cases of ${o.id}.`,
        '# Mỗi ca: tên, phiếu đánh giá, kết quả phải có. Each case: a name, the assessment, what the result must be. Ví dụ / example:',
        '#  - name: Hộ ông A, xã B, năm 2025 (đạt 85 điểm)',
        '#    assessment: { id: H-001, points: { children.results: 10 }, facts: { children.attendance: { part: 2, whole: 2 } } }',
        '#    expect: { recognized: true, total: 85 }',
        `ruleSet: ${basename(output)}`, // the case file sits beside the fork and names it by its file name
        'cases: []',
        '',
      ].join('\n');
      if (!io.writeText) throw new CliFailure(lang === 'vi' ? 'không ghi được tệp' : 'cannot write files here', EXIT.badInput);
      await io.writeText(casesPath, text);
      io.stderr.write(`${d.wrote(casesPath)}\n`);
    });
}
