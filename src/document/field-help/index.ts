import { bilingual as h } from '../../core/internal/bilingual.js';
import type { Label } from '../../core/label/index.js';

/**
 * Help for the fields of a document's JSON Schema, in Vietnamese and English, keyed by the field's path: property
 * names joined by `.`, `[]` for the elements of a list (`criteria[].indicators[].maxPoints`). A key may also be the
 * end of a path (`rules[].points`, `source.ref`, `vi`): the longest key that ends the path wins, so help written once
 * serves every place a shape appears. The empty key is the document itself.
 */
export type FieldHelp = Readonly<Record<string, Label>>;

/**
 * Writes the help of `help` into a JSON Schema (draft 2020-12, as zod emits it), in place, as `description`
 * (Vietnamese, then English, on two lines, as an editor shows it on hover) and `x-description` (`{ vi, en }`, for
 * programs). Returns the schema. Keeping the texts here rather than in the zod schemas keeps them out of the bundles
 * that only validate or score.
 *
 * @internal
 */
export function applyFieldHelp<T extends Record<string, unknown>>(schema: T, help: FieldHelp): T {
  visit(schema, '', help);
  return schema;
}

/**
 * The keywords a JSON Schema node carries its help in: `description` (Vietnamese, then English, on two lines, as an
 * editor shows it on hover) and `x-description` (`{ vi, en }`, for programs).
 *
 * @internal
 */
export function helpKeywords(text: Label): { description: string; 'x-description': Label } {
  return { description: `${text.vi}\n${text.en}`, 'x-description': { vi: text.vi, en: text.en } };
}

/** The paths of every field of a JSON Schema that has no help, for the tests. @internal */
export function fieldsWithoutHelp(schema: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (!isObject(node)) return;
    if (path !== '' && node.description === undefined && !out.includes(path)) out.push(path);
    forEachChild(node, path, walk);
  };
  forEachChild(schema, '', walk);
  return out;
}

function visit(node: unknown, path: string, help: FieldHelp): void {
  if (!isObject(node)) return;
  const text = helpFor(path, help);
  if (text !== undefined) Object.assign(node, helpKeywords(text));
  const props = node.properties;
  if (isObject(props)) for (const [k, v] of Object.entries(props)) visit(v, path === '' ? k : `${path}.${k}`, help);
  if (node.items !== undefined) visit(node.items, `${path}[]`, help);
  // A union's branches are the same field: its help goes on each branch too, so an editor shows it whichever matches.
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const b of branches) visit(b, path, help);
  }
}

function forEachChild(node: Record<string, unknown>, path: string, fn: (child: unknown, path: string) => void): void {
  const props = node.properties;
  if (isObject(props)) for (const [k, v] of Object.entries(props)) fn(v, path === '' ? k : `${path}.${k}`);
  if (node.items !== undefined) fn(node.items, `${path}[]`);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const b of branches) forEachChild(isObject(b) ? b : {}, path, fn);
  }
}

function helpFor(path: string, help: FieldHelp): Label | undefined {
  if (Object.hasOwn(help, path)) return help[path];
  // The longest key that ends the path: drop leading segments one at a time.
  let rest = path;
  for (let dot = rest.indexOf('.'); dot >= 0; dot = rest.indexOf('.')) {
    rest = rest.slice(dot + 1);
    if (Object.hasOwn(help, rest)) return help[rest];
  }
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Help for the fields every document shares: labels, jurisdiction, period, legal sources and references to them,
 * notes, and the record of a fork.
 *
 * @internal
 */
export const DOCUMENT_FIELD_HELP: FieldHelp = {
  vi: h('Tiếng Việt (văn bản chính thức).', 'Vietnamese (the official text).'),
  en: h('Tiếng Anh.', 'English.'),
  schemaVersion: h('Phiên bản định dạng tệp; hiện là 1.', 'Version of the file format; 1 for now.'),
  id: h('Mã của văn bản: chữ thường, chữ số, nối bằng dấu "-", ví dụ learning-family-khvn-2015.', 'Id of the document: lower-case words and digits joined by "-", e.g. learning-family-khvn-2015.'),
  model: h('Mô hình học tập: learning-family (Gia đình học tập), learning-clan (Dòng họ học tập), learning-community (Cộng đồng học tập), learning-unit (Đơn vị học tập), learning-citizen (Công dân học tập).', 'The learning model: learning-family, learning-clan, learning-community, learning-unit or learning-citizen.'),
  level: h('Cấp: hamlet (thôn, tổ dân phố), commune (xã), district (huyện, đến 30/6/2025), province (tỉnh), grassroots (cơ sở do xã quản lý).', 'The level: hamlet, commune, district (until 30 June 2025), province, or grassroots (managed by the commune).'),
  jurisdiction: h('Phạm vi áp dụng: toàn quốc hoặc một tỉnh.', 'Who it applies to: the nation or a province.'),
  'jurisdiction.code': h('Mã: VN (toàn quốc) hoặc VN- và mã tỉnh theo ISO 3166-2:VN, ví dụ VN-45.', 'Code: VN (national) or VN- and the province’s ISO 3166-2:VN code, e.g. VN-45.'),
  'jurisdiction.name': h('Tên tỉnh hoặc "Toàn quốc".', 'Name of the province, or "national".'),
  title: h('Tên gọi chính thức.', 'Official title.'),
  description: h('Mô tả thêm.', 'A longer description.'),
  validFrom: h('Ngày bắt đầu có hiệu lực, dạng YYYY-MM-DD.', 'First day in force, YYYY-MM-DD.'),
  validTo: h('Ngày cuối cùng còn hiệu lực (tính cả ngày này), dạng YYYY-MM-DD; bỏ trống nếu chưa hết hiệu lực.', 'Last day in force (inclusive), YYYY-MM-DD; leave out while still in force.'),
  sources: h('Căn cứ pháp lý: các văn bản mà giá trị được lấy từ đó. Trong thư mục data/, mỗi căn cứ là một tham chiếu { "ref": mã trong data/legal-sources/, "article": điều, mục }.', 'Legal sources: the documents the values come from. In data/, each is a reference { "ref": id in data/legal-sources/, "article": where in it }.'),
  'sources[]': h('Một căn cứ pháp lý.', 'One legal source.'),
  'sources[].id': h('Mã của căn cứ, được các tiêu chí, chỉ báo, điều kiện dẫn chiếu qua "ref".', 'Id of the source, cited by criteria, indicators and rules through "ref".'),
  'sources[].ref': h('Mã của văn bản trong danh mục data/legal-sources/.', 'Id of the document in the register, data/legal-sources/.'),
  'sources[].article': h('Điều, khoản, mục của văn bản, ví dụ "Mục A".', 'Where in the document: article, clause or section, e.g. "Mục A".'),
  document: h('Văn bản: loại, số hiệu, cơ quan ban hành, ngày ký, trích yếu.', 'The document: kind, number, issuer, date of signature, title.'),
  'document.kind': h('Loại văn bản: decision (quyết định), circular (thông tư), decree (nghị định), directive (chỉ thị), resolution (nghị quyết), conclusion (kết luận), official-letter (công văn), guidance (hướng dẫn), plan (kế hoạch), coordination-programme (chương trình phối hợp), criteria-set (bộ tiêu chí), other.', 'Kind of document: decision, circular, decree, directive, resolution, conclusion, official-letter, guidance, plan, coordination-programme, criteria-set or other.'),
  'document.number': h('Số và ký hiệu, ví dụ 448/QĐ-KHVN; bỏ trống nếu chưa biết.', 'Number and symbol, e.g. 448/QĐ-KHVN; leave out when not known.'),
  'document.issuer': h('Cơ quan ban hành.', 'Issuing body.'),
  'document.date': h('Ngày ký, dạng YYYY-MM-DD.', 'Date of signature, YYYY-MM-DD.'),
  'document.title': h('Trích yếu nội dung.', 'What the document is about (its title).'),
  // Named apart so that a document whose own `uncertain` means something else keeps this one for its sources.
  'sources[].uncertain': h('true khi một giá trị lấy từ văn bản này chưa được đối chiếu với bản gốc.', 'true when a value taken from this document is not yet confirmed against its text.'),
  urls: h('Địa chỉ các bản công khai đã đọc để lấy giá trị.', 'Public copies the values were read from.'),
  'urls[]': h('Một địa chỉ (URL).', 'One address (URL).'),
  source: h('Căn cứ của mục này: mã căn cứ ("ref") và điều, mục ("article").', 'The legal source of this item: the source id ("ref") and where in it ("article").'),
  'source.ref': h('Mã của một căn cứ trong danh sách "sources".', 'Id of one of the document’s "sources".'),
  'source.article': h('Điều, khoản, mục, ví dụ "Mục A, tiêu chí 1".', 'Where in the source, e.g. "Mục A, tiêu chí 1".'),
  uncertain: h('true khi giá trị chưa được đối chiếu với văn bản gốc (tỉnh có thể sửa bằng bản phái sinh).', 'true when the value is not confirmed against the original text (a province can override it in a fork).'),
  question: h('Với giá trị chưa chắc chắn: câu hỏi người có văn bản gốc cần trả lời để xác nhận giá trị.', 'For an uncertain value: the question a person holding the original text must answer to confirm it.'),
  confirmed: h('Giá trị đã được xác nhận từ văn bản: căn cứ ("ref"), điều, mục, trích dẫn, người xác nhận, ngày. Giá trị đã xác nhận không còn "uncertain".', 'Where the value was confirmed from: source ("ref"), article, quote, who confirmed it and when. A confirmed value is no longer "uncertain".'),
  'confirmed.ref': h('Mã của căn cứ (trong "sources") ghi giá trị này.', 'Id of the source (in "sources") that states the value.'),
  'confirmed.article': h('Điều, khoản, mục ghi giá trị.', 'Where in the source the value is stated.'),
  'confirmed.quote': h('Trích ngắn câu chữ của văn bản ghi giá trị.', 'A short quote of the words that state the value.'),
  'confirmed.by': h('Người hoặc cơ quan xác nhận.', 'Who confirmed it (a person or an office).'),
  'confirmed.on': h('Ngày xác nhận, dạng YYYY-MM-DD.', 'The day it was confirmed, YYYY-MM-DD.'),
  note: h('Ghi chú.', 'A note.'),
  notes: h('Ghi chú của văn bản, ví dụ giá trị nào chưa chắc chắn và vì sao.', 'Notes on the document, e.g. which values are uncertain and why.'),
  'notes[].text': h('Nội dung ghi chú.', 'The note.'),
  'notes[].about': h('Mã của mục mà ghi chú nói đến.', 'Id of the item the note is about.'),
  'notes[].uncertain': h('true khi ghi chú nói về một giá trị chưa chắc chắn.', 'true when the note is about an uncertain value.'),
  'notes[]': h('Một ghi chú.', 'One note.'),
  derivedFrom: h('Văn bản gốc của bản phái sinh (do thư viện ghi khi tạo bản phái sinh).', 'The document a fork was derived from (written by the library when it forks).'),
  'derivedFrom.id': h('Mã của văn bản gốc.', 'Id of the base document.'),
  'derivedFrom.note': h('Lý do tạo bản phái sinh.', 'Why the fork was made.'),
};
