import type { Label } from '../../core/label/index.js';
import type { Jurisdiction } from '../../document/jurisdiction/index.js';
import {
  DONG_THAP_PLAN_2030,
  HCMC_PLAN_59_2023,
  NATIONAL,
  QD_1373_TTG,
  QD_281_TTG,
  QD_387_TTG,
  QD_677_TTG,
} from '../rule-sets/sources.js';
import type { Target, TargetTable } from '../../programme/targets/schema.js';
import { bilingual as l } from '../../core/internal/bilingual.js';


/** Common populations (the base of each share, in words). */
const POP = {
  families: l('Hộ gia đình trên địa bàn', 'Households in the area'),
  clans: l('Dòng họ trên địa bàn', 'Clans in the area'),
  communities: l('Thôn, làng, ấp, bản, tổ dân phố và tương đương', 'Hamlets, villages and residential groups'),
  units: l('Tổ chức, cơ quan, trường học, doanh nghiệp, cơ sở sản xuất trên địa bàn cấp xã', 'Organisations, agencies, schools, businesses and production sites managed at commune level'),
  workersInLearningModels: l('Người lao động trong “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”', 'Working people in learning families, clans and communities'),
  adultsInLearningModels: l('Người lớn trong gia đình học tập, dòng họ học tập, cộng đồng học tập', 'Adults in learning families, clans and communities'),
  staffInLearningUnits: l('Cán bộ, công chức, viên chức, người lao động trong “Đơn vị học tập”', 'Cadres, civil servants, public employees and workers in learning units'),
  associationMembers: l('Cán bộ, hội viên Hội Khuyến học', 'Cadres and members of the study-promotion association'),
  communeAssociationLeaders: l('Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã', 'Chairs or vice-chairs of commune study-promotion associations'),
  communePromotionCadres: l('Cán bộ làm công tác khuyến học cấp xã', 'Commune study-promotion cadres'),
  provinces: l('Tỉnh, thành phố trực thuộc trung ương', 'Provinces and centrally run cities'),
  workingAge: l('Người trong độ tuổi lao động', 'People of working age'),
  population15: l('Dân số từ 15 tuổi trở lên', 'Population aged 15 and over'),
  universities: l('Trường đại học', 'Universities'),
  schools: l('Cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở giáo dục khác', 'Schools, continuing-education, vocational and other institutions'),
  learningCentres: l('Trung tâm học tập cộng đồng', 'Community learning centres'),
  citizens: l('Công dân', 'Citizens'),
  learningCitizens: l('Người đạt danh hiệu “Công dân học tập”', 'People holding the learning-citizen title'),
} as const;

type Extra = Partial<Pick<Target, 'subPopulation' | 'parent' | 'uncertain' | 'note' | 'source'>> & { base?: Target['base'] };

/** A percentage target; `all` is the base unless said otherwise. */
function pct(id: string, indicator: string, year: number, percent: number, label: Label, population: Label, extra: Extra = {}): Target {
  return { id, indicator, label, year, value: { kind: 'percent', percent }, population, base: 'all', ...extra };
}

/** The four learning models and the two learning-citizen shares, as national programmes and provinces state them. */
function modelTargets(
  prefix: string,
  year: number,
  [families, clans, communities, units]: readonly [number, number, number, number],
  extra: Extra = {},
): Target[] {
  return [
    pct(`families-${prefix}`, 'learning-families', year, families, l('Gia đình được công nhận “Gia đình học tập”', 'Families recognised as learning families'), POP.families, extra),
    pct(`clans-${prefix}`, 'learning-clans', year, clans, l('Dòng họ được công nhận “Dòng họ học tập”', 'Clans recognised as learning clans'), POP.clans, extra),
    pct(`communities-${prefix}`, 'learning-communities', year, communities, l('Cộng đồng được công nhận “Cộng đồng học tập”', 'Communities recognised as learning communities'), POP.communities, extra),
    pct(`units-${prefix}`, 'learning-units', year, units, l('Tổ chức, cơ quan, trường học, doanh nghiệp được công nhận “Đơn vị học tập”', 'Organisations recognised as learning units'), POP.units, extra),
  ];
}

const asCitizens = (population: Label): Label =>
  l(`${population.vi} đạt danh hiệu “Công dân học tập”`, `${population.en} recognised as learning citizens`);

function citizenTargets(prefix: string, year: number, [adults, staff]: readonly [number, number], populations: readonly [Label, Label] = [POP.workersInLearningModels, POP.staffInLearningUnits]): Target[] {
  return [
    pct(`citizens-in-models-${prefix}`, 'learning-citizens-in-models', year, adults, asCitizens(populations[0]), populations[0]),
    pct(`citizens-in-units-${prefix}`, 'learning-citizens-in-units', year, staff, asCitizens(populations[1]), populations[1]),
  ];
}

/** QĐ 281/QĐ-TTg: targets to 2020, with lower ones for mountainous, remote and especially difficult areas. */
const qd281: TargetTable = {
  schemaVersion: 1,
  id: 'targets-qd-281-2014',
  jurisdiction: NATIONAL,
  title: l('Chỉ tiêu của Đề án theo QĐ 281/QĐ-TTg đến năm 2020', 'Targets of QĐ 281/QĐ-TTg to 2020'),
  sources: [QD_281_TTG],
  validFrom: '2014-02-20',
  validTo: '2020-12-31',
  targets: [
    ...modelTargets('2020', 2020, [70, 50, 60, 50]),
    ...modelTargets('difficult-2020', 2020, [60, 40, 50, 50], {
      subPopulation: l('Vùng núi, vùng sâu, vùng xa, vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn', 'Mountainous, remote and especially disadvantaged areas'),
    }).slice(0, 3),
    pct('association-trained-2020', 'association-trained', 2020, 100, l('Cán bộ, hội viên Hội Khuyến học được học tập, tập huấn', 'Association cadres and members trained'), POP.associationMembers),
  ],
};

/** QĐ 1373/QĐ-TTg: the learning-society scheme, targets for 2025 and 2030. */
const qd1373: TargetTable = {
  schemaVersion: 1,
  id: 'targets-qd-1373-2021',
  jurisdiction: NATIONAL,
  title: l('Chỉ tiêu của Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” (QĐ 1373/QĐ-TTg)', 'Targets of the learning-society scheme 2021–2030 (QĐ 1373/QĐ-TTg)'),
  sources: [QD_1373_TTG],
  validFrom: '2021-07-30',
  validTo: '2030-12-31',
  targets: [
    pct('literacy-l2-2025', 'provinces-literacy-level-2', 2025, 70, l('Tỉnh đạt chuẩn xóa mù chữ mức độ 2', 'Provinces at literacy standard level 2'), POP.provinces),
    pct('preschool-2025', 'provinces-universal-preschool', 2025, 70, l('Tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo', 'Provinces with universal pre-school'), POP.provinces),
    pct('primary-l3-2025', 'provinces-primary-level-3', 2025, 50, l('Tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3', 'Provinces at universal primary level 3'), POP.provinces),
    pct('lower-secondary-l2-2025', 'provinces-lower-secondary-level-2', 2025, 100, l('Tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2', 'Provinces at universal lower-secondary level 2'), POP.provinces),
    pct('lower-secondary-l3-2025', 'provinces-lower-secondary-level-3', 2025, 20, l('Trong đó: tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3', 'Of which: provinces at universal lower-secondary level 3'), POP.provinces, { parent: 'lower-secondary-l2-2025' }),
    pct('information-competence-2025', 'information-competence', 2025, 50, l('Người trong độ tuổi lao động được trang bị năng lực thông tin', 'Working-age people with information competence'), POP.workingAge),
    pct('life-skills-2025', 'life-skills', 2025, 50, l('Người trong độ tuổi lao động được trang bị kỹ năng sống', 'Working-age people with life skills'), POP.workingAge),
    pct('technical-2025', 'technical-qualification', 2025, 50, l('Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật', 'Population 15+ with a technical qualification'), POP.population15),
    pct('university-2025', 'university-degree', 2025, 12, l('Trong đó: dân số có trình độ đại học trở lên', 'Of which: population with a university degree or higher'), POP.population15, { parent: 'technical-2025' }),
    pct('digital-universities-2025', 'digital-universities', 2025, 70, l('Trường đại học triển khai đại học số và xây dựng học liệu số', 'Universities running digital programmes and materials'), POP.universities),
    pct('digital-schools-2025', 'digital-schools', 2025, 60, l('Cơ sở giáo dục triển khai quản lý, giảng dạy, học tập trên môi trường số', 'Institutions managing, teaching and learning digitally'), POP.schools),
    pct('learning-centres-it-2025', 'learning-centres-it', 2025, 70, l('Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin', 'Community learning centres using IT'), POP.learningCentres),
    pct('learning-citizens-2025', 'learning-citizens', 2025, 40, l('Công dân đạt danh hiệu “Công dân học tập”', 'Citizens recognised as learning citizens'), POP.citizens),
    pct('literacy-l2-2030', 'provinces-literacy-level-2', 2030, 90, l('Tỉnh đạt chuẩn xóa mù chữ mức độ 2', 'Provinces at literacy standard level 2'), POP.provinces),
    pct('preschool-2030', 'provinces-universal-preschool', 2030, 100, l('Tỉnh hoàn thành phổ cập giáo dục mầm non cho trẻ mẫu giáo', 'Provinces with universal pre-school'), POP.provinces),
    pct('primary-l3-2030', 'provinces-primary-level-3', 2030, 70, l('Tỉnh đạt chuẩn phổ cập giáo dục tiểu học mức độ 3', 'Provinces at universal primary level 3'), POP.provinces),
    pct('lower-secondary-l3-2030', 'provinces-lower-secondary-level-3', 2030, 40, l('Tỉnh đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3', 'Provinces at universal lower-secondary level 3'), POP.provinces),
    pct('information-competence-2030', 'information-competence', 2030, 70, l('Người trong độ tuổi lao động được trang bị năng lực thông tin', 'Working-age people with information competence'), POP.workingAge),
    pct('life-skills-2030', 'life-skills', 2030, 70, l('Người trong độ tuổi lao động được trang bị kỹ năng sống', 'Working-age people with life skills'), POP.workingAge),
    pct('technical-2030', 'technical-qualification', 2030, 60, l('Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật', 'Population 15+ with a technical qualification'), POP.population15),
    pct('university-2030', 'university-degree', 2030, 15, l('Trong đó: dân số có trình độ đại học trở lên', 'Of which: population with a university degree or higher'), POP.population15, { parent: 'technical-2030' }),
    pct('digital-universities-2030', 'digital-universities', 2030, 90, l('Trường đại học triển khai đại học số và xây dựng học liệu số', 'Universities running digital programmes and materials'), POP.universities),
    pct('digital-schools-2030', 'digital-schools', 2030, 80, l('Cơ sở giáo dục triển khai quản lý, giảng dạy, học tập trên môi trường số', 'Institutions managing, teaching and learning digitally'), POP.schools),
    pct('learning-citizens-2030', 'learning-citizens', 2030, 60, l('Công dân đạt danh hiệu “Công dân học tập”', 'Citizens recognised as learning citizens'), POP.citizens),
  ],
  notes: [
    {
      text: l(
        '“Trong đó” (của 12% và 15% dân số có trình độ đại học; 20% tỉnh đạt mức độ 3) là tỷ lệ trên cùng tổng thể, không phải trên chỉ tiêu mẹ. Các chỉ tiêu 2030 khác (tỷ lệ huyện, tỉnh đạt “Cộng đồng học tập”) chưa được đọc đầy đủ.',
        '“Of which” (12% and 15% of the population with a degree; 20% of provinces at level 3) is a share of the same population, not of the parent target. The other 2030 targets (shares of districts and provinces recognised as learning communities) were not read in full.',
      ),
      uncertain: true,
    },
  ],
};

/** QĐ 387/QĐ-TTg: the learning-models programme, targets to 2025. */
const qd387: TargetTable = {
  schemaVersion: 1,
  id: 'targets-qd-387-2022',
  jurisdiction: NATIONAL,
  title: l('Chỉ tiêu của Chương trình theo QĐ 387/QĐ-TTg', 'Targets of the programme under QĐ 387/QĐ-TTg'),
  sources: [QD_387_TTG],
  validFrom: '2022-03-25',
  validTo: '2030-12-31',
  targets: [
    pct('association-study-2025', 'association-study', 2025, 100, l('Cán bộ, hội viên Hội Khuyến học Việt Nam được học tập, quán triệt các chủ trương', 'Association cadres and members study the directives'), POP.associationMembers),
    ...modelTargets('2025', 2025, [70, 65, 65, 80]),
    ...citizenTargets('2025', 2025, [40, 60]),
    pct('association-leaders-in-clc-2025', 'association-leaders-in-clc', 2025, 100, l('Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã tham gia quản lý trung tâm học tập cộng đồng', 'Commune association chairs or vice-chairs help manage the community learning centre'), POP.communeAssociationLeaders),
    pct('promotion-cadres-it-2025', 'promotion-cadres-it', 2025, 40, l('Cán bộ khuyến học cấp xã tham gia hoạt động trung tâm học tập cộng đồng và được bồi dưỡng về ứng dụng công nghệ thông tin', 'Commune study-promotion cadres active in the learning centre and trained in IT'), POP.communePromotionCadres),
  ],
  notes: [
    {
      text: l('Các chỉ tiêu đến năm 2030 của QĐ 387/QĐ-TTg chưa được đọc; tỉnh có thể bổ sung.', 'The 2030 targets of QĐ 387/QĐ-TTg were not read; add them in a fork.'),
      uncertain: true,
    },
  ],
};

/** QĐ 677/QĐ-TTg: the learning-citizen programme, targets for 2025 and 2030. */
const qd677: TargetTable = {
  schemaVersion: 1,
  id: 'targets-qd-677-2022',
  jurisdiction: NATIONAL,
  title: l('Chỉ tiêu của Chương trình “Xây dựng mô hình Công dân học tập” (QĐ 677/QĐ-TTg)', 'Targets of the learning-citizen programme (QĐ 677/QĐ-TTg)'),
  sources: [QD_677_TTG],
  validFrom: '2022-06-03',
  validTo: '2030-12-31',
  targets: [
    pct('association-criteria-2025', 'association-study-criteria', 2025, 100, l('Cán bộ, hội viên Hội Khuyến học được quán triệt tiêu chí “Công dân học tập”', 'Association cadres and members know the learning-citizen criteria'), POP.associationMembers),
    ...citizenTargets('2025', 2025, [40, 60], [POP.adultsInLearningModels, l('Cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã, huyện, tỉnh và trung ương', 'Cadres, civil servants, public employees and workers in learning units at commune, district, province and central level')]),
    pct('citizens-digital-2025', 'learning-citizens-digital', 2025, 70, l('Người đạt “Công dân học tập” có kỹ năng số đáp ứng yêu cầu công việc', 'Learning citizens with the digital skills their work needs'), POP.learningCitizens),
    pct('citizens-digital-proficient-2025', 'learning-citizens-digital-proficient', 2025, 60, l('Trong đó: thành thạo kỹ năng số để tự cập nhật tiêu chí trên môi trường số', 'Of which: proficient in digital skills'), l('Người đạt “Công dân học tập” có kỹ năng số', 'Learning citizens with digital skills'), { parent: 'citizens-digital-2025', base: 'parent' }),
    ...citizenTargets('2030', 2030, [70, 80], [POP.adultsInLearningModels, l('Cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã, huyện, tỉnh và trung ương', 'Cadres, civil servants, public employees and workers in learning units at commune, district, province and central level')]),
  ],
};

/** The province of Đồng Tháp (ISO 3166-2 code before the 2025 merger). */
export const DONG_THAP: Jurisdiction = { code: 'VN-45', name: l('Tỉnh Đồng Tháp', 'Đồng Tháp province') };
/** Ho Chi Minh City. */
export const HO_CHI_MINH_CITY: Jurisdiction = { code: 'VN-SG', name: l('Thành phố Hồ Chí Minh', 'Ho Chi Minh City') };

/** Đồng Tháp's plan to 2030 under QĐ 387/QĐ-TTg (seed 001). */
const dongThap: TargetTable = {
  schemaVersion: 1,
  id: 'targets-dong-thap-2030',
  jurisdiction: DONG_THAP,
  title: l('Chỉ tiêu của Kế hoạch đẩy mạnh phong trào học tập suốt đời tỉnh Đồng Tháp đến năm 2030', 'Targets of Đồng Tháp’s lifelong-learning plan to 2030'),
  sources: [DONG_THAP_PLAN_2030, QD_387_TTG],
  validFrom: '2022-03-25',
  validTo: '2030-12-31',
  targets: [
    pct('association-study-2025', 'association-study', 2025, 100, l('Cán bộ, hội viên Hội Khuyến học tỉnh được học tập, quán triệt các chủ trương', 'Provincial association cadres and members study the directives'), POP.associationMembers),
    ...modelTargets('2025', 2025, [90, 80, 95, 95]),
    ...citizenTargets('2025', 2025, [40, 60]),
    pct('association-leaders-in-clc-2025', 'association-leaders-in-clc', 2025, 100, l('Chủ tịch hoặc Phó Chủ tịch Hội Khuyến học cấp xã tham gia quản lý trung tâm học tập cộng đồng', 'Commune association chairs or vice-chairs help manage the community learning centre'), POP.communeAssociationLeaders),
    pct('promotion-cadres-it-2025', 'promotion-cadres-it', 2025, 40, l('Cán bộ khuyến học cấp xã tham gia hoạt động trung tâm học tập cộng đồng và được bồi dưỡng về ứng dụng công nghệ thông tin', 'Commune study-promotion cadres active in the learning centre and trained in IT'), POP.communePromotionCadres),
    pct('association-study-2030', 'association-study', 2030, 100, l('Cán bộ, hội viên Hội Khuyến học tỉnh được học tập, quán triệt các chủ trương mới', 'Provincial association cadres and members study the new directives'), POP.associationMembers),
    ...modelTargets('2030', 2030, [95, 85, 100, 100]),
    ...citizenTargets('2030', 2030, [60, 80]),
    pct('promotion-cadres-it-2030', 'promotion-cadres-it', 2030, 70, l('Cán bộ khuyến học cấp xã tham gia hoạt động trung tâm học tập cộng đồng và được bồi dưỡng về ứng dụng công nghệ thông tin', 'Commune study-promotion cadres active in the learning centre and trained in IT'), POP.communePromotionCadres),
    {
      id: 'books-per-person-2030',
      indicator: 'books-per-person',
      label: l('Mức hưởng thụ bình quân sách', 'Books enjoyed per person per year, on average'),
      year: 2030,
      value: { kind: 'at-least', amount: 3, unit: l('bản sách/người dân/năm', 'books per person per year') },
      population: l('Người dân trên địa bàn tỉnh', 'People of the province'),
      base: 'all',
      note: l('Kế hoạch không ghi năm; dùng năm cuối của kế hoạch (2030).', 'The plan gives no year; its last year (2030) is used.'),
      uncertain: true,
    },
  ],
};

/** Ho Chi Minh City, joint plan 59/KH-SGDĐT-HKH of 09/5/2023: year-end targets for 2023 (seed 002). */
const hcmc2023: TargetTable = {
  schemaVersion: 1,
  id: 'targets-hcmc-2023',
  jurisdiction: HO_CHI_MINH_CITY,
  title: l('Chỉ tiêu năm 2023 của Kế hoạch phối hợp 59/KH-SGDĐT-HKH', 'Targets for 2023 of joint plan 59/KH-SGDĐT-HKH'),
  sources: [HCMC_PLAN_59_2023],
  validFrom: '2023-05-09',
  validTo: '2023-12-31',
  targets: [
    ...modelTargets('2023', 2023, [60, 55, 55, 60]).map((t) =>
      t.indicator === 'learning-communities' ? { ...t, population: l('Cộng đồng (tổ dân phố và tương đương)', 'Communities (residential groups and equivalent)') } : t,
    ),
    ...citizenTargets('2023', 2023, [30, 50], [
      POP.adultsInLearningModels,
      l('Cán bộ, công chức, viên chức, người lao động trong đơn vị học tập cấp xã, cấp huyện, cấp thành phố', 'Cadres, civil servants, public employees and workers in learning units at commune, district and city level'),
    ]),
    {
      id: 'clc-thematic-sessions-2023',
      indicator: 'clc-thematic-sessions',
      label: l('Chuyên đề khuyến học, khuyến tài, xây dựng xã hội học tập ở mỗi trung tâm học tập cộng đồng', 'Thematic sessions on study promotion and the learning society at each community learning centre'),
      year: 2023,
      value: { kind: 'at-least', amount: 3, unit: l('chuyên đề/trung tâm', 'sessions per centre') },
      population: POP.learningCentres,
      base: 'all',
    },
  ],
};

/** Every shipped target table, in catalogue order. */
export const TARGET_TABLES: readonly TargetTable[] = [qd281, qd1373, qd387, qd677, dongThap, hcmc2023];
