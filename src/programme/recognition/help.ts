import { bilingual as h } from '../../core/internal/bilingual.js';
import { DOCUMENT_FIELD_HELP, type FieldHelp } from '../../document/field-help/index.js';

const DAY = {
  month: h('Tháng (1–12).', 'Month (1–12).'),
  day: h('Ngày (1–31; ngày vượt quá cuối tháng được tính là ngày cuối tháng).', 'Day (1–31; a day past the month’s end is its last day).'),
  yearOffset: h('Số năm sau năm đánh giá: 0 (cùng năm), 1 (năm sau).', 'Years after the year evaluated: 0 (the same year), 1 (the year after).'),
};

/** Help for every field of a recognition rule, in Vietnamese and English. @internal */
export const RECOGNITION_RULE_FIELD_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Quy trình và thẩm quyền công nhận một danh hiệu: ai đăng ký, ai đánh giá, ai quyết định, khi nào và hiệu lực bao lâu.', 'Who registers, evaluates and recognises a title, when, and for how long.'),
  title: h('Tên của quy định công nhận.', 'Name of the recognition rule.'),
  registeringParty: h('Ai đăng ký, đề nghị công nhận.', 'Who registers or applies.'),
  evaluatingBody: h('Ai tổ chức đánh giá, thẩm định hồ sơ.', 'Who evaluates the dossier.'),
  recognizingAuthority: h('Ai quyết định công nhận.', 'Who decides the recognition.'),
  cycle: h('Chu kỳ đánh giá.', 'The evaluation cycle.'),
  'cycle.everyYears': h('Đánh giá mỗi bao nhiêu năm một lần.', 'One evaluation every this many years.'),
  evidencePeriod: h('Thời gian lấy minh chứng: "calendar-year" (01/01–31/12 của năm đánh giá).', 'The evidence counted: "calendar-year" (1 January to 31 December of the year evaluated).'),
  dossierDue: h('Hạn nộp hồ sơ (trước ngày này).', 'Dossiers due before this day.'),
  decisionDue: h('Hạn quyết định công nhận (trước ngày này).', 'Recognition decided before this day.'),
  reportDue: h('Hạn báo cáo kết quả lên cấp trên (trước ngày này).', 'Results reported upwards before this day.'),
  ...Object.fromEntries(['dossierDue', 'decisionDue', 'reportDue'].flatMap((f) => Object.entries(DAY).map(([k, v]) => [`${f}.${k}`, v]))),
  validity: h('Hiệu lực của danh hiệu: years-after-recognition-year (bảo lưu N năm tiếp theo năm công nhận), months-from-decision (N tháng từ ngày quyết định), one-cycle (đến kỳ đánh giá sau).', 'How long a recognition lasts: years-after-recognition-year (N years after the year given), months-from-decision (N months from the decision), one-cycle (until the next evaluation).'),
  'validity.kind': h('Cách tính hiệu lực (xem trên).', 'How the validity is counted (see above).'),
  'validity.years': h('Số năm bảo lưu.', 'Years it is kept.'),
  'validity.months': h('Số tháng có hiệu lực.', 'Months it is valid.'),
  upgrade: h('Đề nghị nâng mức: từ mức "from" lên "to" sau "afterMonths" tháng.', 'Applying for a higher level: from "from" to "to" after "afterMonths" months.'),
  'upgrade.from': h('Mức đang có, ví dụ "level-1".', 'The level held, e.g. "level-1".'),
  'upgrade.to': h('Mức được đề nghị, ví dụ "level-2".', 'The level applied for, e.g. "level-2".'),
  'upgrade.afterMonths': h('Số tháng tối thiểu ở mức đang có.', 'Least months at the level held.'),
  uncertain: h('Các trường chưa được đối chiếu với văn bản gốc, ví dụ ["recognizingAuthority"].', 'The fields not confirmed against a source, e.g. ["recognizingAuthority"].'),
  'uncertain[]': h('Tên một trường.', 'Name of one field.'),
  'notes[].about': h('Tên trường mà ghi chú nói đến.', 'Name of the field the note is about.'),
  readings: h('Các cách hiểu của một quy định chưa ngã ngũ (ví dụ ai công nhận từ 01/7/2025): mỗi cách hiểu có cơ quan đánh giá, người công nhận, lập luận, căn cứ và độ tin cậy.', 'The readings of an unsettled rule (who recognises from 1 July 2025, say): each with its evaluating body, recognising authority, reasoning, basis and confidence.'),
  'readings[]': h('Một cách hiểu.', 'One reading.'),
  'readings[].id': h('Mã của cách hiểu, ví dụ "commune-chairperson"; dùng để chọn cách hiểu.', 'Id of the reading, e.g. "commune-chairperson"; used to pick it.'),
  'readings[].label': h('Tên ngắn của cách hiểu.', 'Short name of the reading.'),
  'readings[].evaluatingBody': h('Ai đánh giá theo cách hiểu này.', 'Who evaluates under this reading.'),
  'readings[].recognizingAuthority': h('Ai công nhận theo cách hiểu này.', 'Who recognises under this reading.'),
  'readings[].reasoning': h('Lập luận của cách hiểu.', 'Why this reading.'),
  'readings[].basis': h('Mã các văn bản trong "sources" mà cách hiểu dựa vào.', 'Ids of the documents of "sources" the reading rests on.'),
  'readings[].basis[]': h('Mã một văn bản trong "sources".', 'Id of one document of "sources".'),
  'readings[].confidence': h('Độ tin cậy: high, medium hoặc low.', 'How sure: high, medium or low.'),
  reading: h('Mã của cách hiểu đang áp dụng; cơ quan đánh giá và người công nhận của quy định là của cách hiểu này.', 'Id of the reading in effect; the rule’s evaluating body and recognising authority are its.'),
};
