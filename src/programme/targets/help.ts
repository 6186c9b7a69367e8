import { bilingual as h } from '../../core/internal/bilingual.js';
import { DOCUMENT_FIELD_HELP, type FieldHelp } from '../../document/field-help/index.js';

/** Help for every field of a target table, in Vietnamese and English. @internal */
export const TARGET_TABLE_FIELD_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Bảng chỉ tiêu của một chương trình hoặc kế hoạch, cho một phạm vi (toàn quốc hoặc một tỉnh).', 'The targets of a programme or plan, for the nation or a province.'),
  validFrom: h('Ngày đầu của giai đoạn mà bảng chỉ tiêu áp dụng, dạng YYYY-MM-DD.', 'First day of the period the table covers, YYYY-MM-DD.'),
  validTo: h('Ngày cuối của giai đoạn mà bảng chỉ tiêu áp dụng, dạng YYYY-MM-DD.', 'Last day of the period the table covers, YYYY-MM-DD.'),
  targets: h('Các chỉ tiêu.', 'The targets.'),
  'targets[]': h('Một chỉ tiêu cho một chỉ số và một năm.', 'One target, for one indicator and year.'),
  'targets[].id': h('Mã chỉ tiêu, ví dụ "families-2025"; bản phái sinh sửa chỉ tiêu theo mã này.', 'Id of the target, e.g. "families-2025"; a fork changes the target by this id.'),
  'targets[].indicator': h('Chỉ số được đo, ví dụ "learning-families"; số liệu tiến độ được ghi theo mã này.', 'What is measured, e.g. "learning-families"; progress counts are keyed by it.'),
  'targets[].model': h('Mô hình học tập mà chỉ tiêu đếm các đơn vị được công nhận, ví dụ "learning-family"; số liệu tổng hợp (Tally) gặp chỉ tiêu qua trường này.', 'The learning model whose recognised units the target counts, e.g. "learning-family"; a tally meets the target through it.'),
  'targets[].level': h('Cấp của mô hình, khi mô hình có nhiều cấp (ví dụ "hamlet" cho cộng đồng học tập cấp thôn).', 'The model\'s level, where it has levels (e.g. "hamlet" for hamlet learning communities).'),
  'targets[].unitLevel': h('Khi tổng thể là các đơn vị hành chính của một cấp (tỉnh, xã): số đơn vị theo danh mục có hiệu lực vào thời hạn của chỉ tiêu (63 tỉnh trước ngày 01/7/2025, 34 tỉnh từ ngày đó).', 'When the population is the administrative units of a level (provinces, communes): their number on the list in force on the target\'s date (63 provinces before 1 July 2025, 34 after).'),
  'targets[].label': h('Chỉ tiêu như văn bản ghi.', 'The target as the source words it.'),
  'targets[].year': h('Năm phải đạt chỉ tiêu (đến hết năm).', 'The year by whose end the target is to be met.'),
  'targets[].value': h('Giá trị: tỷ lệ phần trăm ("percent"), phân số như 13/13 xã ("fraction"), hoặc mức tối thiểu như 3 cuốn sách/người/năm ("at-least").', 'The value: a percentage ("percent"), a fraction such as 13/13 communes ("fraction"), or an amount such as 3 books per person per year ("at-least").'),
  'value.kind': h('Loại giá trị: percent, fraction hoặc at-least.', 'Kind of value: percent, fraction or at-least.'),
  'value.percent': h('Tỷ lệ phần trăm (90 là 90%).', 'The percentage (90 is 90%).'),
  'value.numerator': h('Tử số của phân số.', 'Numerator of the fraction.'),
  'value.denominator': h('Mẫu số của phân số.', 'Denominator of the fraction.'),
  'value.amount': h('Mức tối thiểu.', 'The least amount.'),
  'value.unit': h('Đơn vị của mức, ví dụ "cuốn sách/người/năm".', 'Unit of the amount, e.g. "books per person per year".'),
  'targets[].population': h('Tổng thể mà tỷ lệ tính trên, bằng lời, ví dụ "Hộ gia đình trên địa bàn".', 'The population the share is taken of, in words, e.g. "households in the area".'),
  'targets[].base': h('Cơ sở tính: all (toàn bộ), registered (số đăng ký), evaluated (số được đánh giá), parent (số đạt chỉ tiêu mẹ).', 'What the share is of: all, registered, evaluated, or parent (those meeting the parent target).'),
  'targets[].subPopulation': h('Khi chỉ tiêu chỉ áp dụng cho một nhóm, ví dụ vùng đặc biệt khó khăn.', 'When the target applies to part of the population only, e.g. especially difficult areas.'),
  'targets[].parent': h('Mã chỉ tiêu mẹ ("trong đó").', 'Id of the target this one is nested in ("of which").'),
  'targets[].uncertain': h('true khi giá trị chưa được đối chiếu với văn bản gốc.', 'true when the value is not confirmed against the original text.'),
};
