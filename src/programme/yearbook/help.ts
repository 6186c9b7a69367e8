import { bilingual as h } from '../../core/internal/bilingual.js';
import { DOCUMENT_FIELD_HELP, type FieldHelp } from '../../document/field-help/index.js';

/** Help for every field of a yearbook plan, in Vietnamese and English. @internal */
export const YEARBOOK_PLAN_FIELD_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Kế hoạch phát hành kỷ yếu: ai đề cử, mỗi đơn vị đề cử bao nhiêu báo cáo mỗi mô hình, số trang và nơi nhận.', 'A yearbook plan: who nominates, how many reports of each model each nominates, pages, and who receives copies.'),
  year: h('Năm của kỷ yếu.', 'The year of the yearbook.'),
  units: h('Các đơn vị đề cử (ví dụ 15 huyện, thị xã, thành phố).', 'The nominating units (e.g. 15 districts, towns and cities).'),
  'units.label': h('Các đơn vị là gì.', 'What the units are.'),
  'units.count': h('Số đơn vị.', 'How many units.'),
  'units.codes': h('Mã các đơn vị, nếu có.', 'Codes of the units, if given.'),
  'units.codes[]': h('Mã một đơn vị.', 'Code of one unit.'),
  quota: h('Số báo cáo mỗi đơn vị đề cử, theo mô hình.', 'Reports each unit nominates, per model.'),
  'quota[]': h('Một mô hình (và cấp) được đề cử.', 'One model (and level) nominated.'),
  'quota[].id': h('Mã dòng.', 'Id of the line.'),
  'quota[].label': h('Tên mô hình như kế hoạch ghi.', 'The model as the plan names it.'),
  'quota[].perUnit': h('Số báo cáo mỗi đơn vị.', 'Reports per unit.'),
  pagesPerReport: h('Số trang mỗi báo cáo.', 'Pages per report.'),
  extraPages: h('Số trang ngoài các báo cáo (bìa, lời nói đầu, mục lục).', 'Pages beyond the reports (cover, foreword, contents).'),
  distribution: h('Nơi nhận và số bản.', 'Who receives how many copies.'),
  'distribution[]': h('Một nhóm nơi nhận.', 'One group of recipients.'),
  'distribution[].id': h('Mã nhóm nơi nhận.', 'Id of the group.'),
  'distribution[].recipient': h('Nơi nhận.', 'The recipients.'),
  'distribution[].count': h('Số nơi nhận trong nhóm.', 'How many recipients.'),
  'distribution[].copiesEach': h('Số bản mỗi nơi nhận.', 'Copies each.'),
};
