import type { RuleSet } from '../../rules/rule-set/schema.js';
import { judgedLevel, met, shareLevels, twoLevels } from './build.js';
import { NATIONAL, TT_25_2023 } from './sources.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
import { bilingual as share } from '../../core/internal/bilingual.js';

const UNCERTAIN = { uncertain: true } as const;

const LEVEL_TWO_RAISES = {
  text: {
    vi: 'TT 25/2023: mức độ 2 gồm đủ 5 tiêu chí như mức độ 1, riêng tiêu chí 4 (phổ cập, xóa mù chữ) và 5 (tác dụng) có chỉ tiêu cao hơn. Các chỉ tiêu của tiêu chí 3–5 và các ngưỡng phần trăm ở đây chưa được đối chiếu với văn bản gốc.',
    en: 'TT 25/2023: level 2 has the same five criteria as level 1, with higher targets for criteria 4 (universal education, literacy) and 5 (effects). The targets of criteria 3–5 and the percentages here are not yet checked against the original.',
  },
  uncertain: true,
};

const RECOGNITION_NOTE = {
  text: {
    vi: 'Công nhận theo hai mức độ: mức độ 1 (Khá), mức độ 2 (Tốt); sau ít nhất 12 tháng ở mức độ 1 có thể đề nghị nâng mức độ 2; kết quả được bảo lưu 3 năm (36 tháng) tiếp theo năm được công nhận.',
    en: 'Recognised at two levels: level 1 (fair) and level 2 (good); after at least 12 months at level 1 a unit may apply for level 2; a recognition is kept for 3 years (36 months) after the year it was given.',
  },
};


// Targets worded alike at every level (TT 25/2023, criteria 1–2).
const AWARENESS = met('leadership.awareness', share('Làm tốt công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập', 'Raises community awareness of lifelong learning and the learning society'));
const LIFELONG_LEARNING_WEEK = met('leadership.lifelong-learning-week', share('Xây dựng kế hoạch, tổ chức hoạt động hưởng ứng Tuần lễ học tập suốt đời và báo cáo theo quy định', 'Plans and runs the Lifelong Learning Week and reports on it'));
const DOCUMENTS = met('leadership.documents', share('Ban hành theo thẩm quyền chương trình, kế hoạch, văn bản chỉ đạo, hướng dẫn xây dựng xã hội học tập và tổ chức thực hiện đầy đủ, kịp thời', 'Issues programmes, plans and guidance for the learning society and carries them out fully and on time'));
const BUDGET = met('resources.budget', share('Bố trí đủ kinh phí từ ngân sách nhà nước hằng năm cho xây dựng xã hội học tập theo quy định', 'Allocates enough yearly state budget to the learning society'));
const MOBILISATION = met('resources.mobilisation', share('Vận động, huy động các nguồn lực xã hội tham gia xây dựng xã hội học tập, đạt kết quả tích cực', 'Mobilises social resources for the learning society with positive results'));
const RESOURCES_LABEL = { vi: 'Huy động nguồn lực và tạo môi trường thuận lợi để xây dựng xã hội học tập ở địa phương', en: 'Resources and a favourable environment for the learning society' };

const learningCommunityCommuneTt25Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-community-commune-tt25-2023',
  model: 'learning-community',
  level: 'commune',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận “Cộng đồng học tập” cấp xã (Thông tư 25/2023/TT-BGDĐT)',
    en: 'Criteria for recognising a commune learning community (Circular 25/2023/TT-BGDĐT)',
  },
  sources: [TT_25_2023],
  validFrom: '2024-02-12',
  criteria: [
    {
      id: 'leadership',
      label: { vi: 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã', en: 'Leadership of the commune Party committee and authorities' },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 1' },
      indicators: [
        AWARENESS,
        met('leadership.plans', share('Xây dựng chương trình, kế hoạch xây dựng xã hội học tập hằng năm và tổ chức thực hiện đầy đủ', 'Adopts a yearly learning-society programme and plan and carries it out in full')),
        LIFELONG_LEARNING_WEEK,
      ],
    },
    {
      id: 'resources',
      label: RESOURCES_LABEL,
      source: { ref: 'tt-25-2023', article: 'tiêu chí 2' },
      indicators: [
        BUDGET,
        MOBILISATION,
        met('resources.coordination', share('Có cơ chế phối hợp giữa Hội Khuyến học cấp xã, các tổ chức chính trị - xã hội, cơ sở giáo dục và thiết chế văn hóa trên địa bàn', 'Has a co-ordination mechanism between the commune association, socio-political organisations, schools and cultural institutions')),
      ],
    },
    {
      id: 'institutions',
      label: {
        vi: 'Hiệu quả hoạt động của trung tâm học tập cộng đồng, thư viện công cộng cấp xã, trung tâm văn hóa, thể thao cấp xã',
        en: 'Performance of the community learning centre, the commune library and the commune cultural and sports centre',
      },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 3' },
      indicators: [
        met('institutions.learning-centre', share('Trung tâm học tập cộng đồng hoạt động hiệu quả', 'The community learning centre is effective'), UNCERTAIN),
        met('institutions.library', share('Thư viện công cộng (hoặc điểm đọc) cấp xã hoạt động hiệu quả', 'The commune public library or reading point is effective'), UNCERTAIN),
        met('institutions.culture-centre', share('Trung tâm văn hóa, thể thao cấp xã hoạt động hiệu quả', 'The commune cultural and sports centre is effective'), UNCERTAIN),
      ],
    },
    {
      id: 'literacy',
      label: { vi: 'Kết quả phổ cập giáo dục, xóa mù chữ', en: 'Universal education and literacy' },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 4' },
      indicators: [
        judgedLevel('literacy.universal-education', share('Mức đạt chuẩn phổ cập giáo dục (0: chưa đạt; 1: đạt yêu cầu mức độ 1; 2: đạt yêu cầu mức độ 2)', 'Universal-education standard reached (0 none; 1 as level 1 requires; 2 as level 2 requires)'), 2, UNCERTAIN),
        judgedLevel('literacy.literacy', share('Mức đạt chuẩn xóa mù chữ (0: chưa đạt; 1: đạt yêu cầu mức độ 1; 2: đạt yêu cầu mức độ 2)', 'Literacy standard reached (0 none; 1 as level 1 requires; 2 as level 2 requires)'), 2, UNCERTAIN),
      ],
    },
    {
      id: 'effects',
      label: { vi: 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp xã', en: 'Effects of building the commune learning community' },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 5' },
      indicators: [
        shareLevels('effects.learning-families', share('Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”', 'Share of households recognised as learning families'), share('Số gia đình học tập', 'Learning families'), share('Tổng số hộ gia đình của xã', 'Households of the commune'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-family' } }),
        shareLevels('effects.learning-clans', share('Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”', 'Share of clans recognised as learning clans'), share('Số dòng họ học tập', 'Learning clans'), share('Tổng số dòng họ trên địa bàn xã', 'Clans of the commune'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-clan' } }),
        shareLevels('effects.learning-hamlets', share('Tỷ lệ thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập”', 'Share of hamlets and residential groups recognised as learning communities'), share('Số thôn, tổ dân phố đạt danh hiệu', 'Hamlets recognised'), share('Tổng số thôn, tổ dân phố của xã', 'Hamlets and residential groups of the commune'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-community', level: 'hamlet' } }),
        shareLevels('effects.learning-units', share('Tỷ lệ cơ quan, đơn vị, trường học, doanh nghiệp cấp xã đạt danh hiệu “Đơn vị học tập”', 'Share of commune-level agencies, schools and businesses recognised as learning units'), share('Số đơn vị học tập', 'Learning units'), share('Tổng số đơn vị cấp xã quản lý', 'Units managed by the commune'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-unit', level: 'grassroots' } }),
      ],
    },
  ],
  outcome: twoLevels(
    { vi: 'Cộng đồng học tập cấp xã', en: 'Learning community (commune)' },
    ['literacy.universal-education', 'literacy.literacy', 'effects.learning-families', 'effects.learning-clans', 'effects.learning-hamlets', 'effects.learning-units'],
  ),
  notes: [LEVEL_TWO_RAISES, RECOGNITION_NOTE],
};

const DISTRICT_LEVEL_ENDS = {
  text: {
    vi: 'Cấp huyện chấm dứt hoạt động từ ngày 01/7/2025 (chính quyền địa phương hai cấp); bộ tiêu chí cấp huyện chỉ áp dụng đến hết ngày 30/6/2025.',
    en: 'The district level ceased on 1 July 2025 (two-tier local government); the district rule set applies up to 30 June 2025.',
  },
};

const PARTLY_CONFIRMED = {
  text: {
    vi: 'Đã đối chiếu: tên và chỉ tiêu của tiêu chí 1–2, hai mức độ. Chưa đối chiếu: các tiêu chí, chỉ tiêu còn lại và các ngưỡng phần trăm (đánh dấu chưa chắc chắn).',
    en: 'Confirmed: the names and targets of criteria 1–2, and the two levels. Not yet confirmed: the other criteria and targets and the percentages (marked uncertain).',
  },
  uncertain: true,
};

const learningCommunityDistrictTt25Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-community-district-tt25-2023',
  model: 'learning-community',
  level: 'district',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận “Cộng đồng học tập” cấp huyện (Thông tư 25/2023/TT-BGDĐT)',
    en: 'Criteria for recognising a district learning community (Circular 25/2023/TT-BGDĐT)',
  },
  sources: [TT_25_2023],
  validFrom: '2024-02-12',
  validTo: '2025-06-30',
  criteria: [
    {
      id: 'leadership',
      label: { vi: 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp huyện', en: 'Leadership of the district Party committee and authorities' },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 1 (cấp huyện)' },
      indicators: [
        AWARENESS,
        DOCUMENTS,
        LIFELONG_LEARNING_WEEK,
      ],
    },
    {
      id: 'resources',
      label: RESOURCES_LABEL,
      source: { ref: 'tt-25-2023', article: 'tiêu chí 2 (cấp huyện)' },
      indicators: [
        BUDGET,
        MOBILISATION,
        met('resources.policies', share('Thực hiện đầy đủ các chính sách thúc đẩy học tập suốt đời, xây dựng xã hội học tập do trung ương và tỉnh ban hành', 'Carries out the national and provincial lifelong-learning policies in full')),
        met('resources.digital', share('Các đơn vị cấp huyện được trang bị dịch vụ, công cụ số để thành viên chuyển đổi số trong công việc và học tập', 'District units are equipped with digital services and tools for work and study')),
      ],
    },
    {
      id: 'institutions',
      label: {
        vi: 'Hiệu quả hoạt động của các cơ sở giáo dục được đánh giá, công nhận ở cấp huyện, thư viện công cộng cấp huyện, trung tâm văn hóa, thể thao cấp huyện',
        en: 'Performance of district-recognised schools, the district public library and the district cultural and sports centre',
      },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 3 (cấp huyện)' },
      indicators: [
        met('institutions.schools', share('Các cơ sở giáo dục trên địa bàn hoạt động hiệu quả', 'Schools of the district are effective'), UNCERTAIN),
        met('institutions.library', share('Thư viện công cộng cấp huyện hoạt động hiệu quả', 'The district public library is effective'), UNCERTAIN),
        met('institutions.culture-centre', share('Trung tâm văn hóa, thể thao cấp huyện hoạt động hiệu quả', 'The district cultural and sports centre is effective'), UNCERTAIN),
      ],
    },
    {
      id: 'literacy',
      label: { vi: 'Kết quả phổ cập giáo dục, xóa mù chữ', en: 'Universal education and literacy' },
      uncertain: true,
      indicators: [
        judgedLevel('literacy.standards', share('Mức đạt chuẩn phổ cập giáo dục, xóa mù chữ của huyện (0–2)', 'Universal-education and literacy standards reached by the district (0–2)'), 2, UNCERTAIN),
      ],
    },
    {
      id: 'effects',
      label: { vi: 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp huyện', en: 'Effects of building the district learning community' },
      uncertain: true,
      indicators: [
        shareLevels('effects.learning-communes', share('Tỷ lệ xã, phường, thị trấn đạt “Cộng đồng học tập” cấp xã', 'Share of communes recognised as learning communities'), share('Số xã đạt', 'Communes recognised'), share('Tổng số xã, phường, thị trấn của huyện', 'Communes of the district'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-community', level: 'commune' } }),
        shareLevels('effects.learning-units', share('Tỷ lệ đơn vị cấp huyện đạt “Đơn vị học tập”', 'Share of district units recognised as learning units'), share('Số đơn vị học tập cấp huyện', 'District learning units'), share('Tổng số đơn vị cấp huyện', 'District units'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-unit', level: 'district' } }),
      ],
    },
  ],
  outcome: twoLevels({ vi: 'Cộng đồng học tập cấp huyện', en: 'Learning community (district)' }, ['literacy.standards', 'effects.learning-communes', 'effects.learning-units']),
  notes: [PARTLY_CONFIRMED, RECOGNITION_NOTE, DISTRICT_LEVEL_ENDS],
};

const learningCommunityProvinceTt25Data: RuleSet = {
  schemaVersion: 1,
  id: 'learning-community-province-tt25-2023',
  model: 'learning-community',
  level: 'province',
  jurisdiction: NATIONAL,
  scale: 'targets',
  title: {
    vi: 'Tiêu chí đánh giá, công nhận “Cộng đồng học tập” cấp tỉnh (Thông tư 25/2023/TT-BGDĐT)',
    en: 'Criteria for recognising a provincial learning community (Circular 25/2023/TT-BGDĐT)',
  },
  sources: [TT_25_2023],
  validFrom: '2024-02-12',
  criteria: [
    {
      id: 'leadership',
      label: { vi: 'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp tỉnh', en: 'Leadership of the provincial Party committee and government' },
      source: { ref: 'tt-25-2023', article: 'tiêu chí 1 (cấp tỉnh)' },
      indicators: [
        AWARENESS,
        DOCUMENTS,
        met('leadership.emulation', share('Tổ chức, triển khai phong trào thi đua xây dựng xã hội học tập, khuyến khích học tập suốt đời', 'Runs an emulation movement for the learning society and lifelong learning')),
      ],
    },
    {
      id: 'resources',
      label: RESOURCES_LABEL,
      source: { ref: 'tt-25-2023', article: 'tiêu chí 2 (cấp tỉnh)' },
      indicators: [
        BUDGET,
        met('resources.central-policies', share('Thực hiện đầy đủ các chính sách thúc đẩy học tập suốt đời, xây dựng xã hội học tập do trung ương ban hành', 'Carries out the national lifelong-learning policies in full')),
        met('resources.local-policies', share('Ban hành chính sách phù hợp điều kiện kinh tế - xã hội của địa phương để thúc đẩy học tập suốt đời', 'Issues local policies that promote lifelong learning')),
        met('resources.international', share('Tổ chức, triển khai hoạt động, mô hình thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời', 'Runs international co-operation on adult education and lifelong learning')),
      ],
    },
    {
      id: 'institutions',
      label: { vi: 'Hiệu quả hoạt động của các thiết chế giáo dục, văn hóa cấp tỉnh', en: 'Performance of provincial educational and cultural institutions' },
      uncertain: true,
      indicators: [
        met('institutions.library', share('Thư viện công cộng cấp tỉnh hoạt động hiệu quả', 'The provincial public library is effective'), UNCERTAIN),
        met('institutions.continuing-education', share('Các cơ sở giáo dục thường xuyên hoạt động hiệu quả', 'Continuing-education institutions are effective'), UNCERTAIN),
      ],
    },
    {
      id: 'effects',
      label: { vi: 'Tác dụng của việc xây dựng “Cộng đồng học tập” cấp tỉnh', en: 'Effects of building the provincial learning community' },
      uncertain: true,
      indicators: [
        shareLevels('effects.learning-communes', share('Tỷ lệ xã, phường đạt “Cộng đồng học tập” cấp xã', 'Share of communes recognised as learning communities'), share('Số xã đạt', 'Communes recognised'), share('Tổng số xã, phường, đặc khu của tỉnh', 'Communes of the province'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-community', level: 'commune' } }),
        shareLevels('effects.learning-units', share('Tỷ lệ đơn vị cấp tỉnh đạt “Đơn vị học tập”', 'Share of provincial units recognised as learning units'), share('Số đơn vị học tập cấp tỉnh', 'Provincial learning units'), share('Tổng số đơn vị cấp tỉnh', 'Provincial units'), [50, 70], { ...UNCERTAIN, rollup: { model: 'learning-unit', level: 'province' } }),
      ],
    },
  ],
  outcome: twoLevels({ vi: 'Cộng đồng học tập cấp tỉnh', en: 'Learning community (province)' }, ['effects.learning-communes', 'effects.learning-units']),
  notes: [PARTLY_CONFIRMED, RECOGNITION_NOTE],
};

/**
 * “Cộng đồng học tập” cấp xã (learning community of a commune) under Thông tư 25/2023/TT-BGDĐT of 27/12/2023,
 * in force from 12/02/2024: five criteria and fifteen targets, each met or not, recognised at level 1 (fair) or
 * level 2 (good). Criterion 5's shares are rolled up from the grass-roots results of the commune.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityCommuneTt25: RuleSet = /* @__PURE__ */ deepFreeze(learningCommunityCommuneTt25Data);
/**
 * “Cộng đồng học tập” cấp huyện (learning community of a district) under Thông tư 25/2023/TT-BGDĐT, from
 * 12/02/2024 until the district level ended (30/6/2025). Criterion 5's share of communes recognised is rolled up
 * from the district's communes.
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityDistrictTt25: RuleSet = /* @__PURE__ */ deepFreeze(learningCommunityDistrictTt25Data);
/**
 * “Cộng đồng học tập” cấp tỉnh (learning community of a province) under Thông tư 25/2023/TT-BGDĐT, from
 * 12/02/2024. Criterion 5's share of communes recognised is rolled up from the province's communes (with two tiers
 * of local government, communes are directly below the province).
 *
 * The object is frozen: read it, fork it or pass it to `evaluate`; `getRuleSet` returns a copy you may change.
 */
export const learningCommunityProvinceTt25: RuleSet = /* @__PURE__ */ deepFreeze(learningCommunityProvinceTt25Data);
