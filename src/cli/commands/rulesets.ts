import { Option, type Command } from 'commander';
import { LEVELS, MODELS, type Level, type Model } from '../../core/model/index.js';
import { listRuleSets } from '../../catalogue/rule-sets/lookup.js';
import { assessmentJsonSchema } from '../../rules/assessment/schema.js';
import { diffRuleSets } from '../../rules/rule-set/diff.js';
import { indicatorsOf } from '../../rules/rule-set/indicators.js';
import { ruleSetJsonSchema } from '../../rules/rule-set/parse.js';
import { writeRows } from '../io.js';
import { loadRuleSet, type CliContext } from '../shared.js';

/** `rulesets list|show|diff|schema`: the shipped rule sets, one rule set (id or file), the changes between two, and the JSON Schemas. */
export function registerRulesets(program: Command, cli: CliContext): void {
  const { io } = cli;
  const rulesets = program.command('rulesets').description('list, show, compare and describe rule sets');
  rulesets
    .command('list')
    .description('the shipped rule sets')
    .addOption(new Option('--model <model>').choices([...MODELS]))
    .addOption(new Option('--level <level>').choices([...LEVELS]))
    .option('--at <date>', 'in force on this day (YYYY-MM-DD)')
    .option('--jurisdiction <code>', 'VN or a province code')
    .action((o: { model?: Model; level?: Level; at?: string; jurisdiction?: string }) => {
      const { format, lang } = cli.globals();
      const rows = listRuleSets({ ...(o.model ? { model: o.model } : {}), ...(o.level ? { level: o.level } : {}), ...(o.at ? { at: o.at } : {}), ...(o.jurisdiction ? { jurisdiction: o.jurisdiction } : {}) }).map((r) => ({
        id: r.id,
        model: r.model,
        level: r.level ?? '',
        jurisdiction: r.jurisdiction.code,
        validFrom: r.validFrom,
        validTo: r.validTo ?? '',
        title: r.title[lang],
      }));
      writeRows(io, format === 'ndjson' ? 'json' : format, rows);
    });
  rulesets
    .command('show <ruleSet>')
    .description('a rule set (id or file): JSON, or its indicators as a table')
    .action(async (ref: string) => {
      const { format, lang } = cli.globals();
      const rs = await loadRuleSet(io, ref, lang);
      if (format === 'json' || format === 'ndjson') io.stdout.write(`${JSON.stringify(rs, null, 2)}\n`);
      else writeRows(io, format, indicatorsOf(rs).map((i) => ({ criterion: i.criterion, id: i.id, kind: i.kind, maxPoints: i.maxPoints, uncertain: i.uncertain ? 'x' : '', label: i.label[lang] })));
    });
  rulesets
    .command('diff <a> <b>')
    .description('every change from rule set a to rule set b, in plain words')
    .action(async (a: string, b: string) => {
      const { format, lang } = cli.globals();
      const changes = diffRuleSets(await loadRuleSet(io, a, lang), await loadRuleSet(io, b, lang));
      writeRows(io, format === 'ndjson' ? 'json' : format, changes.map((c) => ({ kind: c.kind, path: c.path, change: c.message[lang] })));
    });
  rulesets
    .command('schema [ruleSet]')
    .description('the JSON Schema of rule sets, or of the assessments a rule set accepts')
    .action(async (ref: string | undefined) => {
      const { lang } = cli.globals();
      const schema = ref ? assessmentJsonSchema(await loadRuleSet(io, ref, lang)) : ruleSetJsonSchema();
      io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
