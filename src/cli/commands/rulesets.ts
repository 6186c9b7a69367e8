import { Option, type Command } from 'commander';
import { LEVELS, MODELS, type Level, type Model } from '../../core/model/index.js';
import { listRuleSets } from '../../catalogue/rule-sets/lookup.js';
import { assessmentJsonSchema } from '../../rules/assessment/schema.js';
import { diffRuleSets } from '../../rules/rule-set/diff.js';
import { indicatorsOf } from '../../rules/rule-set/indicators.js';
import { ruleSetJsonSchema } from '../../rules/rule-set/parse.js';
import type { Lang } from '../../core/label/index.js';
import { writeRows } from '../io.js';
import { loadRuleSet, type CliContext } from '../shared.js';
import { headings, levelName, modelName } from '../vocabulary.js';

const DESCRIPTIONS = {
  vi: {
    command: 'liệt kê, xem, so sánh và mô tả các bộ tiêu chí',
    list: 'các bộ tiêu chí có sẵn',
    model: 'mô hình',
    level: 'cấp',
    at: 'có hiệu lực vào ngày này (YYYY-MM-DD)',
    jurisdiction: 'VN hoặc mã tỉnh',
    show: 'một bộ tiêu chí (mã hoặc tệp): JSON, hoặc bảng các chỉ báo',
    diff: 'mọi thay đổi từ bộ tiêu chí a sang bộ tiêu chí b, bằng lời',
    schema: 'JSON Schema của bộ tiêu chí, hoặc của phiếu đánh giá theo một bộ tiêu chí',
  },
  en: {
    command: 'list, show, compare and describe rule sets',
    list: 'the shipped rule sets',
    model: 'model',
    level: 'level',
    at: 'in force on this day (YYYY-MM-DD)',
    jurisdiction: 'VN or a province code',
    show: 'a rule set (id or file): JSON, or its indicators as a table',
    diff: 'every change from rule set a to rule set b, in plain words',
    schema: 'the JSON Schema of rule sets, or of the assessments a rule set accepts',
  },
} as const;

/** `rulesets list|show|diff|schema`: the shipped rule sets, one rule set (id or file), the changes between two, and the JSON Schemas. */
export function registerRulesets(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  const d = DESCRIPTIONS[lang];
  const rulesets = program.command('rulesets').description(d.command);
  rulesets
    .command('list')
    .description(d.list)
    .addOption(new Option('--model <model>', d.model).choices([...MODELS]))
    .addOption(new Option('--level <level>', d.level).choices([...LEVELS]))
    .option('--at <date>', d.at)
    .option('--jurisdiction <code>', d.jurisdiction)
    .action((o: { model?: Model; level?: Level; at?: string; jurisdiction?: string }) => {
      const { format, lang } = cli.globals();
      const rows = listRuleSets({ ...(o.model ? { model: o.model } : {}), ...(o.level ? { level: o.level } : {}), ...(o.at ? { at: o.at } : {}), ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}) }).map((r) => ({
        id: r.id,
        model: format === 'json' || format === 'ndjson' ? r.model : modelName(r.model, lang),
        level: r.level ? (format === 'json' || format === 'ndjson' ? r.level : levelName(r.level, lang)) : '',
        jurisdiction: r.jurisdiction.code,
        validFrom: r.validFrom,
        validTo: r.validTo ?? '',
        title: r.title[lang],
      }));
      writeRows(io, format === 'ndjson' ? 'json' : format, rows, format === 'table' || format === 'csv' ? headings(['id', 'model', 'level', 'jurisdiction', 'validFrom', 'validTo', 'title'], lang) : undefined);
    });
  rulesets
    .command('show <ruleSet>')
    .description(d.show)
    .action(async (ref: string) => {
      const { format, lang } = cli.globals();
      const rs = await loadRuleSet(io, ref, lang);
      if (format === 'json' || format === 'ndjson') io.stdout.write(`${JSON.stringify(rs, null, 2)}\n`);
      else writeRows(io, format, indicatorsOf(rs).map((i) => ({ criterion: i.criterion, id: i.id, kind: i.kind, maxPoints: i.maxPoints, uncertain: i.uncertain ? 'x' : '', label: i.label[lang] })), headings(['criterion', 'id', 'kind', 'maxPoints', 'uncertain', 'label'], lang));
    });
  rulesets
    .command('diff <a> <b>')
    .description(d.diff)
    .action(async (a: string, b: string) => {
      const { format, lang } = cli.globals();
      const changes = diffRuleSets(await loadRuleSet(io, a, lang), await loadRuleSet(io, b, lang));
      writeRows(io, format === 'ndjson' ? 'json' : format, changes.map((c) => ({ kind: c.kind, path: c.path, change: c.message[lang] })), format === 'table' || format === 'csv' ? headings(['kind', 'path', 'change'], lang) : undefined);
    });
  rulesets
    .command('schema [ruleSet]')
    .description(d.schema)
    .action(async (ref: string | undefined) => {
      const { lang } = cli.globals();
      const schema = ref ? assessmentJsonSchema(await loadRuleSet(io, ref, lang)) : ruleSetJsonSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
