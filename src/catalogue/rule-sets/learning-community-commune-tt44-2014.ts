import type { Label } from '../../core/label/index.js';
import type { Criterion, RuleSet } from '../../rules/rule-set/schema.js';
import { NATIONAL, QD_645_BGDDT, TT_44_2014 } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
import { bilingual as l } from '../../core/internal/bilingual.js';

/**
 * One criterion of TT 44/2014, judged in half points up to `max`. `confirmed` marks the criteria whose name was read
 * in a public copy of Article 3; the others, and every maximum, are uncertain.
 */
function criterion(n: number, id: string, label: Label, max: number, confirmed = false): Criterion {
  return {
    id,
    label,
    source: { ref: 'tt-44-2014', article: `Điều 3, tiêu chí ${n}` },
    maxPoints: max,
    uncertain: true,
    ...(confirmed ? { note: { vi: 'Tên tiêu chí đã đối chiếu; điểm tối đa chưa đối chiếu.', en: 'Name confirmed; maximum not confirmed.' } } : {}),
    indicators: [{ kind: 'judged', id: `${id}.score`, label, maxPoints: max, step: 0.5, uncertain: true }],
  };
}


const learningCommunityCommuneTt44Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-community-commune-tt44-2014',
  model: 'learning-community',
  level: 'commune',
  jurisdiction: NATIONAL,
  title: {
    vi: 'Tiêu chí đánh giá, xếp loại “Cộng đồng học tập” cấp xã (Thông tư 44/2014/TT-BGDĐT)',
    en: 'Criteria for evaluating and classifying a commune learning community (Circular 44/2014/TT-BGDĐT)',
  },
  sources: [TT_44_2014, QD_645_BGDDT],
  validFrom: '2015-01-26',
  validTo: '2024-02-11',
  pointDenominator: 2,
  maxTotal: 100,
  criteria: [
    criterion(1, 'leadership', l('Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', 'Leadership of the commune Party committee and authorities'), 7, true),
    criterion(2, 'steering-committee', l('Hoạt động của Ban Chỉ đạo xây dựng xã hội học tập cấp xã', 'Work of the commune learning-society steering committee'), 7, true),
    criterion(3, 'participation', l('Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức xã hội', 'Participation and co-ordination of departments, mass organisations and social organisations'), 7, true),
    criterion(4, 'association', l('Hoạt động của Hội Khuyến học cấp xã', 'Work of the commune study-promotion association'), 7),
    criterion(5, 'learning-centre', l('Hoạt động của trung tâm học tập cộng đồng', 'Work of the community learning centre'), 7),
    criterion(6, 'learning-models', l('Kết quả xây dựng các mô hình học tập (gia đình, dòng họ, cộng đồng, đơn vị học tập)', 'Results of the learning models (families, clans, communities, units)'), 7),
    criterion(7, 'preschool', l('Giáo dục mầm non: huy động trẻ đến nhà trẻ, mẫu giáo; phổ cập giáo dục mầm non cho trẻ 5 tuổi', 'Pre-school: enrolment in crèches and kindergartens; universal pre-school for 5-year-olds'), 7),
    criterion(8, 'primary', l('Phổ cập giáo dục tiểu học', 'Universal primary education'), 7),
    criterion(9, 'lower-secondary', l('Phổ cập giáo dục trung học cơ sở', 'Universal lower-secondary education'), 7),
    criterion(10, 'literacy', l('Xóa mù chữ', 'Literacy'), 7),
    criterion(11, 'school-standards', l('Trường học đạt chuẩn quốc gia', 'Schools meeting the national standard'), 6),
    criterion(12, 'officials-learning', l('Học tập của cán bộ, công chức cấp xã', "Commune officials' learning"), 6),
    criterion(13, 'reading', l('Thư viện, điểm đọc và văn hóa đọc', 'Libraries, reading points and reading culture'), 6),
    criterion(14, 'digital', l('Ứng dụng công nghệ thông tin trong học tập', 'IT in learning'), 6),
    criterion(15, 'effects', l('Tác động của học tập đến đời sống kinh tế, văn hóa, xã hội của xã', "Effect of learning on the commune's economy, culture and society"), 6),
  ],
  outcome: {
    title: { vi: 'Cộng đồng học tập cấp xã', en: 'Learning community (commune)' },
    rules: [{ kind: 'class-reached', id: 'classified', class: 'average', label: l('Được xếp loại (từ Trung bình trở lên)', 'Classified (average or better)') }],
    classes: [
      { id: 'good', label: l('Tốt', 'Good'), uncertain: true, rules: [{ kind: 'min-total', id: 'good-total', points: 85, uncertain: true }] },
      { id: 'fair', label: l('Khá', 'Fair'), uncertain: true, rules: [{ kind: 'min-total', id: 'fair-total', points: 70, uncertain: true }] },
      { id: 'average', label: l('Trung bình', 'Average'), uncertain: true, rules: [{ kind: 'min-total', id: 'average-total', points: 50, uncertain: true }] },
    ],
  },
  notes: [
    {
      about: 'good-total',
      text: l(
        'Ngưỡng xếp loại Tốt được trích dẫn là 85 hoặc 90 điểm; chưa đối chiếu với văn bản gốc. Các ngưỡng Khá (70) và Trung bình (50) cũng chưa đối chiếu.',
        'The threshold for Tốt (good) is cited as 85 or 90 points; not checked against the original. The Khá (70) and Trung bình (50) thresholds are not checked either.',
      ),
      uncertain: true,
    },
    {
      text: l(
        'Ví dụ chỉ tiêu theo QĐ 645/QĐ-BGDĐT: ít nhất 01 trường mầm non và tiểu học đạt chuẩn quốc gia mức độ 2, 01 trường THCS đạt chuẩn quốc gia; trung tâm học tập cộng đồng xếp loại tốt; trẻ dưới 3 tuổi đến nhà trẻ từ 40%, trẻ 3–5 tuổi đến lớp mẫu giáo từ 85%; đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi và chuẩn xóa mù chữ mức độ 2.',
        'Sample targets from QĐ 645/QĐ-BGDĐT: at least one pre-school and one primary school at national standard level 2 and one lower-secondary school at national standard; the community learning centre rated good; 40% of under-3s in crèches and 85% of 3–5-year-olds in kindergarten; universal pre-school for 5-year-olds and literacy standard level 2.',
      ),
    },
    {
      text: l(
        'Ngày có hiệu lực 26/01/2015 (45 ngày sau ngày ký 12/12/2014) chưa được đối chiếu; hết hiệu lực khi Thông tư 25/2023/TT-BGDĐT có hiệu lực (12/02/2024).',
        'The effective date 26/01/2015 (45 days after signature on 12/12/2014) is not confirmed; it ends when Circular 25/2023/TT-BGDĐT takes effect (12/02/2024).',
      ),
      uncertain: true,
    },
  ],
};

/**
 * “Cộng đồng học tập” cấp xã under Thông tư 44/2014/TT-BGDĐT of 12/12/2014: fifteen criteria scored out of
 * 100 points in half points and classified Tốt / Khá / Trung bình (below: Chưa đạt), until Thông tư 25/2023 took
 * over on 12/02/2024. Confirmed: 15 criteria, 100 points, half points, the three classes, and the names of criteria
 * 1–3. The other names, every maximum and the class thresholds are uncertain (85 and 90 are both cited for Tốt).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityCommuneTt44: RuleSet = /* @__PURE__ */ deepFreeze(learningCommunityCommuneTt44Data);
