// The JSON Schemas of the files in data/, generated from the library's zod schemas (one source of truth): each data
// file names its schema in a `$schema` line, so that an editor (VS Code and others) checks a file and shows the help
// of each field, in Vietnamese and English, as a clerk types. `npm run data:schemas` writes them; a test checks that
// the files in data/schemas/ are up to date.
import * as z from 'zod';
import {
  forkMetaSchema,
  legalSourceSchema,
  planSchema,
  recognitionRuleJsonSchema,
  recurringEventSchema,
  ruleSetJsonSchema,
  sourceRefSchema,
  targetTableJsonSchema,
  yearbookPlanSchema,
} from '../../src/schemas/index.js';
import { LEGAL_DOCUMENTS } from '../../src/catalogue/legal-sources/index.js';
import { BUILT_IN_RULE_SET_IDS } from '../../src/catalogue/rule-sets/index.js';
import { bilingual as h } from '../../src/core/internal/bilingual.js';
import { applyFieldHelp, DOCUMENT_FIELD_HELP, helpKeywords, type FieldHelp } from '../../src/document/field-help/index.js';
import { PLAN_FIELD_HELP } from '../../src/programme/plan/help.js';
import { YEARBOOK_PLAN_FIELD_HELP } from '../../src/programme/yearbook/help.js';

type Schema = Record<string, unknown>;

/** The help keywords of a node, from its two texts. */
const text = (vi: string, en: string) => helpKeywords(h(vi, en));

const SCHEMA_LINE = h(
  'Đường dẫn tới JSON Schema của tệp, để trình soạn thảo kiểm tra tệp và hiện hướng dẫn từng trường.',
  'Path to the file’s JSON Schema, so that an editor checks the file and shows the help of each field.',
);

/** A schema from zod, with the help of every field. */
function fromZod(schema: z.ZodType, help: FieldHelp): Schema {
  return applyFieldHelp(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Schema, help);
}

/**
 * A source of a data file, as the loaders read it (`resolveSources` in src/catalogue/shipped/): a reference to an entry
 * of the register — its id one of the register's, so that an editor offers them and refuses a typo, as the loader
 * does — or a whole source, for a document the register does not hold (a province's own decision). The shipped files
 * cite by reference only (test/catalogue/data-files.test.ts).
 */
function sourceRefList(whole: Schema): Schema {
  const item = applyFieldHelp(z.toJSONSchema(sourceRefSchema, { target: 'draft-2020-12', io: 'input' }) as Schema, {
    '': h('Một căn cứ: mã văn bản trong data/legal-sources/ và điều, mục.', 'One source: the id of a document in data/legal-sources/, and where in it.'),
    ref: h('Mã văn bản trong danh mục data/legal-sources/, ví dụ "qd-448-khvn".', 'Id of the document in the register, data/legal-sources/, e.g. "qd-448-khvn".'),
    article: DOCUMENT_FIELD_HELP['sources[].article']!,
  });
  delete item.$schema;
  const ref = (item.properties as Record<string, Schema>).ref!;
  ref.enum = LEGAL_DOCUMENTS.map((d) => d.id).sort();
  return {
    type: 'array',
    items: {
      anyOf: [item, whole],
      ...text(
        'Một căn cứ: tham chiếu tới danh mục ({ "ref": mã văn bản, "article": điều, mục }), hoặc cả văn bản khi danh mục không có (ví dụ quyết định của tỉnh).',
        'One source: a reference to the register ({ "ref": id of the document, "article": where in it }), or the whole source when the register does not hold it (e.g. the province’s own decision).',
      ),
    },
    ...helpKeywords(DOCUMENT_FIELD_HELP.sources!),
  };
}

/** A data file's schema: a `$schema` line is allowed, and sources are references to the register. */
function asDataFile(schema: Schema, options: { sources?: boolean } = {}): Schema {
  const props = schema.properties as Record<string, Schema>;
  const out: Schema = { ...schema, properties: { $schema: { type: 'string', ...helpKeywords(SCHEMA_LINE) }, ...props } };
  if (options.sources) {
    const { minItems, maxItems, items } = props.sources as { minItems?: number; maxItems?: number; items: Schema };
    const list = sourceRefList(items);
    (out.properties as Record<string, Schema>).sources = { ...list, ...(minItems !== undefined ? { minItems } : {}), ...(maxItems !== undefined ? { maxItems } : {}) };
  }
  return out;
}

const FORK_META_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Thông tin của bản phái sinh: mã, phạm vi áp dụng, tên gọi, căn cứ riêng và thời gian hiệu lực.', 'The fork’s own metadata: id, jurisdiction, title, its own legal basis and dates.'),
  id: h('Mã của bản phái sinh.', 'Id of the fork.'),
  title: h('Tên gọi của bản phái sinh (mặc định: tên của bản gốc).', 'Title of the fork (default: the base’s).'),
  sources: h('Căn cứ riêng của bản phái sinh (ví dụ quyết định của tỉnh), đặt trước căn cứ của bản gốc.', 'The fork’s own legal basis (e.g. the province’s decision), placed before the base’s sources.'),
  validFrom: h('Ngày bắt đầu hiệu lực của bản phái sinh (mặc định: của bản gốc).', 'First day the fork is in force (default: the base’s).'),
  validTo: h('Ngày hết hiệu lực của bản phái sinh (mặc định: của bản gốc).', 'Last day the fork is in force (default: the base’s).'),
  note: h('Lý do tạo bản phái sinh; được ghi vào derivedFrom.note.', 'Why the fork was made; recorded in derivedFrom.note.'),
};

/** Fields a patch may not set: they belong in "meta" or are the library's own. */
const NOT_IN_PATCH = new Set(['$schema', 'schemaVersion', 'id', 'jurisdiction', 'derivedFrom']);

/**
 * The top level of a patch, as the fork checks it: only the document's own fields; a field whose value is a scalar
 * takes a value of its schema (or null, which removes an optional one); a label or a list takes an object (a keyed
 * merge of its parts) or a list (replacing it). What the patch changes is checked again on the rule set it makes.
 */
function patchOf(document: Schema): Schema {
  const props = document.properties as Record<string, Schema>;
  const required = new Set(document.required as string[]);
  const out: Record<string, Schema> = {};
  for (const [key, field] of Object.entries(props)) {
    if (NOT_IN_PATCH.has(key)) continue;
    const help = { ...(field.description !== undefined ? { description: field.description } : {}), ...(field['x-description'] !== undefined ? { 'x-description': field['x-description'] } : {}) };
    const composite = field.type === 'object' || field.type === 'array';
    const value: Schema = composite ? { type: field.type === 'array' ? ['object', 'array'] : 'object' } : field;
    out[key] = required.has(key) ? { ...value, ...help } : { anyOf: [value, { type: 'null' }], ...help };
  }
  return { type: 'object', properties: out, additionalProperties: false };
}

function forkFile(): Schema {
  const meta = asDataFile(fromZod(forkMetaSchema, FORK_META_HELP), { sources: true });
  delete meta.$schema;
  delete (meta.properties as Schema).$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    ...text(
      'Một bộ tiêu chí phái sinh: bộ tiêu chí gốc ("base"), thông tin của bản phái sinh ("meta") và các điểm sửa đổi ("patch"). Đây cũng là dạng tệp mà một tỉnh viết cho bản phái sinh của mình.',
      'A rule set written as a fork: its base ("base"), the fork’s metadata ("meta") and what changes ("patch"). It is also the file a province writes for its own fork.',
    ),
    properties: {
      $schema: { type: 'string', ...helpKeywords(SCHEMA_LINE) },
      base: {
        anyOf: [
          { type: 'string', enum: [...BUILT_IN_RULE_SET_IDS].sort(), ...text('Mã của một bộ tiêu chí đi kèm thư viện.', 'Id of a rule set the library ships.') },
          { type: 'string', pattern: '\\.json$', ...text('Đường dẫn tới một tệp bộ tiêu chí hoặc tệp phái sinh khác (.json).', 'Path to another rule-set or fork file (.json).') },
        ],
        ...text('Bộ tiêu chí gốc: mã của một bộ tiêu chí đi kèm thư viện, ví dụ "learning-family-khvn-2015", hoặc đường dẫn tới một tệp .json.', 'The base rule set: the id of a shipped rule set, e.g. "learning-family-khvn-2015", or the path to a .json file.'),
      },
      meta,
      patch: {
        ...patchOf(ruleSetJsonSchema()),
        ...text(
          'Các điểm sửa đổi, theo hình dạng của bộ tiêu chí: tiêu chí, chỉ báo, điều kiện, xếp loại và căn cứ được chỉ theo mã; null là xóa; "$order" (danh sách mã) đặt lại thứ tự một danh sách. Không được đặt id, jurisdiction, derivedFrom, schemaVersion (thuộc "meta").',
          'What changes, in the shape of a rule set: criteria, indicators, rules, classes and sources are addressed by id; null removes; "$order" (a list of ids) sets the order of a list. id, jurisdiction, derivedFrom and schemaVersion belong in "meta".',
        ),
      },
      cases: {
        type: 'array',
        items: { type: 'object', ...text('Một ca kiểm thử: tên, phiếu đánh giá, kết quả phải có.', 'One test case: a name, the assessment, what the result must be.') },
        ...text('Các ca kiểm thử của bản phái sinh, chạy bằng: vn-learning-society test <tệp>.', 'The fork’s own test cases, run with: vn-learning-society test <file>.'),
      },
    },
    required: ['base', 'meta', 'patch'],
    additionalProperties: false,
  };
}

const EVENTS_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Một ngày hoặc một khoảng thời gian lặp lại hằng năm.', 'A day or a period that recurs every year.'),
  id: h('Mã sự kiện.', 'Id of the event.'),
  label: h('Tên sự kiện.', 'Name of the event.'),
  from: h('Ngày bắt đầu trong năm.', 'First day in the year.'),
  to: h('Ngày kết thúc trong năm (có thể sang năm sau); bỏ trống nếu chỉ một ngày.', 'Last day (possibly in the next year); left out for a single day.'),
  'from.month': h('Tháng.', 'Month.'),
  'from.day': h('Ngày.', 'Day.'),
  'to.month': h('Tháng.', 'Month.'),
  'to.day': h('Ngày.', 'Day.'),
  basis: h('Căn cứ của các ngày, bằng lời.', 'Where the dates come from, in words.'),
  uncertain: h('true khi các ngày chưa được xác nhận.', 'true when the dates are not confirmed.'),
};

function eventsFile(): Schema {
  const item = fromZod(recurringEventSchema, EVENTS_HELP);
  delete item.$schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    ...text('Các ngày, khoảng thời gian của chương trình lặp lại hằng năm.', 'The days and periods the programme observes every year.'),
    properties: {
      $schema: { type: 'string', ...helpKeywords(SCHEMA_LINE) },
      events: { type: 'array', items: item, ...text('Các sự kiện.', 'The events.') },
    },
    required: ['events'],
    additionalProperties: false,
  };
}

const LEGAL_SOURCE_HELP: FieldHelp = {
  ...Object.fromEntries(Object.entries(DOCUMENT_FIELD_HELP).flatMap(([k, v]) => (k.startsWith('sources[].') ? [[k.slice('sources[].'.length), v]] : []))),
  ...DOCUMENT_FIELD_HELP,
  '': h('Một văn bản trong danh mục căn cứ pháp lý (data/legal-sources/): số hiệu, cơ quan ban hành, ngày ký, nơi đã đọc.', 'A document of the register of legal sources (data/legal-sources/): number, issuer, date, where it was read.'),
  id: DOCUMENT_FIELD_HELP['sources[].id']!,
  uncertain: DOCUMENT_FIELD_HELP['sources[].uncertain']!,
  note: h('Ghi chú: đã đọc ở đâu, điều gì chưa chắc chắn.', 'A note: where it was read, and what is uncertain about it.'),
};

/** Every schema of data/schemas/, by file name. */
export function dataSchemas(): Record<string, Schema> {
  return {
    'legal-source.schema.json': asDataFile(fromZod(legalSourceSchema, LEGAL_SOURCE_HELP)),
    'rule-set.schema.json': asDataFile(ruleSetJsonSchema(), { sources: true }),
    'rule-set-fork.schema.json': forkFile(),
    'target-table.schema.json': asDataFile(targetTableJsonSchema(), { sources: true }),
    'recognition-rule.schema.json': asDataFile(recognitionRuleJsonSchema(), { sources: true }),
    'yearbook-plan.schema.json': asDataFile(fromZod(yearbookPlanSchema, YEARBOOK_PLAN_FIELD_HELP), { sources: true }),
    'plan.schema.json': asDataFile(fromZod(planSchema, PLAN_FIELD_HELP)),
    'recurring-events.schema.json': eventsFile(),
  };
}
