import type { Label } from '../../core/label/index.js';
import { DOCUMENT_FIELD_HELP, type FieldHelp } from '../../document/field-help/index.js';

/* @__NO_SIDE_EFFECTS__ */
function h(vi: string, en: string): Label {
  return { vi, en };
}

/**
 * Help for every field of a rule set, in Vietnamese and English, for `ruleSetJsonSchema()` and the schemas of
 * `data/`: what an editor shows a clerk who writes a rule set or a province's fork.
 *
 * @internal
 */
export const RULE_SET_FIELD_HELP: FieldHelp = {
  ...DOCUMENT_FIELD_HELP,
  '': h('Bộ tiêu chí đánh giá, công nhận một danh hiệu (một mô hình, một cấp), dạng dữ liệu.', 'The criteria for recognising one title (one model, one level), as data.'),
  title: h('Tên gọi chính thức của bộ tiêu chí.', 'Official title of the rule set.'),
  pointDenominator: h('Phần điểm nhỏ nhất: 1 (điểm nguyên, mặc định), 2 (chấm đến nửa điểm)…', 'Smallest fraction of a point: 1 (whole points, the default), 2 (half points)…'),
  scale: h('Ý nghĩa của các con số: "points" (thang điểm, tổng điểm là số liệu chính thức; mặc định) hoặc "targets" (chỉ tiêu đạt/không đạt và mức độ; tổng không hiển thị).', 'What the numbers mean: "points" (a scored sheet whose total is official; the default) or "targets" (targets met or not, and levels; no total shown).'),
  maxTotal: h('Tổng điểm tối đa văn bản ghi; được kiểm tra bằng tổng các tiêu chí.', 'The maximum total the source prints; checked against the sum of the criteria.'),
  criteria: h('Các tiêu chí, theo thứ tự của văn bản.', 'The criteria, in the order of the source.'),
  'criteria[]': h('Một tiêu chí: một nhóm chỉ báo có tên; điểm tối đa là tổng của các chỉ báo.', 'A criterion: a named group of indicators; its maximum is the sum of theirs.'),
  'criteria[].id': h('Mã tiêu chí, chữ thường, ví dụ "children".', 'Id of the criterion, lower case, e.g. "children".'),
  'criteria[].label': h('Tên tiêu chí như văn bản ghi.', 'Name of the criterion as the source prints it.'),
  'criteria[].maxPoints': h('Điểm tối đa văn bản ghi cho tiêu chí; được kiểm tra bằng tổng các chỉ báo.', 'The maximum the source prints for the criterion; checked against the sum of its indicators.'),
  'criteria[].uncertain': h('true khi tiêu chí (nội dung, điểm) chưa được đối chiếu với văn bản gốc.', 'true when the criterion (its items or points) is not confirmed against the original text.'),
  indicators: h('Các chỉ báo (nội dung) của tiêu chí.', 'The indicators (items) of the criterion.'),
  'indicators[]': h('Một chỉ báo: do người đánh giá cho điểm ("judged") hoặc tính từ dữ kiện có/không ("boolean"), số đếm ("count"), tỷ lệ ("ratio").', 'An indicator: judged by an evaluator ("judged"), or computed from a yes/no ("boolean"), a count ("count") or a ratio ("ratio").'),
  'indicators[].kind': h('Loại chỉ báo: judged, boolean, count hoặc ratio.', 'Kind of indicator: judged, boolean, count or ratio.'),
  'indicators[].id': h('Mã chỉ báo, thường là mã tiêu chí, dấu chấm và tên ngắn, ví dụ "children.attendance"; là tên cột trong bảng tính.', 'Id of the indicator, usually the criterion id, a dot and a short name, e.g. "children.attendance"; the column name in a sheet.'),
  'indicators[].label': h('Nội dung chỉ báo như văn bản ghi.', 'The indicator as the source words it.'),
  'indicators[].maxPoints': h('Điểm tối đa người đánh giá được cho (chỉ báo "judged").', 'Most points an evaluator may award (a "judged" indicator).'),
  'indicators[].step': h('Bước cho điểm (mặc định 1/pointDenominator), ví dụ 0.5.', 'Step of the points an evaluator may award (default 1/pointDenominator), e.g. 0.5.'),
  'indicators[].points': h('Điểm khi dữ kiện là có (chỉ báo "boolean").', 'Points when the fact is yes (a "boolean" indicator).'),
  'indicators[].unit': h('Đơn vị đếm, ví dụ "cuốn sách".', 'What is counted, e.g. "books".'),
  'indicators[].bands': h('Các mức: mức cao nhất mà số liệu đạt tới cho điểm; dưới mức đầu được 0 điểm. Theo thứ tự tăng dần.', 'The bands: the highest band the figure reaches gives the points; below the first earns 0. In increasing order.'),
  'indicators[].bands[]': h('Một mức.', 'One band.'),
  'bands[].atLeast': h('Số đếm tối thiểu của mức.', 'Least count of the band.'),
  'bands[].atLeastPercent': h('Tỷ lệ tối thiểu của mức, tính bằng phần trăm (70 là 70%); so sánh chính xác, không làm tròn.', 'Least share of the band, in percent (70 is 70%); compared exactly, never rounded.'),
  'bands[].points': h('Điểm của mức (với thang "targets": số thứ tự mức độ đạt).', 'Points of the band (on a "targets" scale: the level reached).'),
  'indicators[].part': h('Tử số của tỷ lệ, bằng lời, ví dụ "Số trẻ đang đi học".', 'The part of the ratio, in words, e.g. "children at school".'),
  'indicators[].whole': h('Mẫu số của tỷ lệ, bằng lời, ví dụ "Số trẻ trong độ tuổi".', 'The whole of the ratio, in words, e.g. "children of that age".'),
  'indicators[].whenWholeIsZero': h('Điểm khi mẫu số bằng 0 (không có đối tượng); mặc định là điểm của mức cao nhất.', 'Points when the whole is zero (nobody to count); by default the highest band’s points.'),
  'indicators[].uncertain': h('true khi chỉ báo (nội dung, điểm, mức) chưa được đối chiếu với văn bản gốc.', 'true when the indicator (its wording, points or bands) is not confirmed against the original text.'),
  rollup: h('Lấy dữ kiện từ kết quả cấp dưới (tổng hợp từ cấp dưới): số được công nhận của một mô hình trên địa bàn.', 'Take the fact from the results below (roll-up): how many of a model in the area were recognised.'),
  'rollup.model': h('Mô hình ở cấp dưới được đếm.', 'The model below that is counted.'),
  'rollup.level': h('Cấp của mô hình đó, nếu có.', 'Its level, where it has one.'),
  'rollup.of': h('Mẫu số của tỷ lệ: "population" (tổng số trên địa bàn, mặc định) hoặc "evaluated" (số được đánh giá).', 'The whole of the share: "population" (all in the area, the default) or "evaluated" (those evaluated).'),
  outcome: h('Kết quả: danh hiệu được công nhận khi mọi điều kiện đạt, và xếp loại (mức độ) nếu văn bản có.', 'The outcome: the title is recognised when every rule holds, and the class (level) where the source ranks.'),
  'outcome.title': h('Danh hiệu được công nhận, ví dụ "Gia đình học tập".', 'The title recognised, e.g. "Learning family".'),
  'outcome.rules': h('Các điều kiện công nhận; tất cả phải đạt.', 'The conditions of recognition; all must hold.'),
  'rules[]': h('Một điều kiện: min-total (tổng điểm tối thiểu), min-criterion (một tiêu chí tối thiểu), min-each-criterion (mọi tiêu chí tối thiểu), mandatory-indicator (chỉ báo bắt buộc), min-each-indicator (mọi chỉ báo tối thiểu), class-reached (đạt một xếp loại).', 'A condition: min-total, min-criterion, min-each-criterion, mandatory-indicator, min-each-indicator or class-reached.'),
  'rules[].kind': h('Loại điều kiện (xem trên).', 'Kind of condition (see above).'),
  'rules[].id': h('Mã điều kiện, ví dụ "min-total"; bản phái sinh sửa điều kiện theo mã này.', 'Id of the condition, e.g. "min-total"; a fork changes the condition by this id.'),
  'rules[].label': h('Tên điều kiện.', 'Name of the condition.'),
  'rules[].points': h('Số điểm tối thiểu phải đạt.', 'The least points required.'),
  'rules[].percent': h('Tỷ lệ phần trăm tối thiểu của điểm tối đa (làm tròn lên đến phần điểm được phép).', 'The least share of the maximum, in percent (rounded up to the next allowed point).'),
  'rules[].criterion': h('Mã tiêu chí mà điều kiện nói đến.', 'Id of the criterion the condition is about.'),
  'rules[].indicator': h('Mã chỉ báo bắt buộc.', 'Id of the mandatory indicator.'),
  'rules[].indicators': h('Các mã chỉ báo phải đạt (mặc định: tất cả).', 'Ids of the indicators that must reach it (default: all).'),
  'rules[].indicators[]': h('Mã một chỉ báo.', 'Id of one indicator.'),
  'rules[].class': h('Mã xếp loại (mức độ) phải đạt.', 'Id of the class (level) that must be reached.'),
  'rules[].uncertain': h('true khi ngưỡng của điều kiện chưa được đối chiếu với văn bản gốc.', 'true when the condition’s threshold is not confirmed against the original text.'),
  'outcome.classes': h('Các xếp loại hoặc mức độ, từ cao xuống thấp; kết quả là mức đầu tiên đạt mọi điều kiện của nó.', 'The classes or levels, best first; the result is the first whose conditions all hold.'),
  'outcome.classes[]': h('Một xếp loại (mức độ).', 'One class (level).'),
  'classes[].id': h('Mã xếp loại, ví dụ "level-1".', 'Id of the class, e.g. "level-1".'),
  'classes[].label': h('Tên xếp loại, ví dụ "Mức độ 1 (Khá)".', 'Name of the class, e.g. "Level 1 (fair)".'),
  'classes[].rules': h('Các điều kiện của xếp loại; tất cả phải đạt.', 'The conditions of the class; all must hold.'),
  'classes[].uncertain': h('true khi các ngưỡng của xếp loại chưa được đối chiếu với văn bản gốc.', 'true when the class’s thresholds are not confirmed against the original text.'),
};
