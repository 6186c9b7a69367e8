import { LONG_AN_YEARBOOK_PLAN_2020, QD_281_TTG } from '../rule-sets/sources.js';
import type { YearbookPlan } from '../../programme/yearbook/index.js';
import { bilingual as l } from '../../core/internal/bilingual.js';


/**
 * Long An's 2020 yearbook of learning models (seed 000): each of the 15 districts, towns and cities nominates one
 * exemplary case of each of the five models (5 reports), 6 pages each — 450 pages; 258 copies handed out to six kinds
 * of recipient.
 */
export const LONG_AN_YEARBOOK_2020: YearbookPlan = {
  schemaVersion: 1,
  id: 'yearbook-long-an-2020',
  jurisdiction: { code: 'VN-41', name: l('Tỉnh Long An', 'Long An province') },
  title: l('Kỷ yếu các mô hình học tập năm 2020', 'Yearbook of learning models 2020'),
  year: 2020,
  sources: [LONG_AN_YEARBOOK_PLAN_2020, QD_281_TTG],
  units: { label: l('Huyện, thị xã, thành phố', 'Districts, towns and cities'), count: 15 },
  quota: [
    { id: 'learning-family', model: 'learning-family', label: l('Gia đình học tập', 'Learning family'), perUnit: 1 },
    { id: 'learning-clan', model: 'learning-clan', label: l('Dòng họ học tập', 'Learning clan'), perUnit: 1 },
    { id: 'learning-unit', model: 'learning-unit', level: 'grassroots', label: l('Đơn vị học tập', 'Learning unit'), perUnit: 1 },
    { id: 'learning-community-hamlet', model: 'learning-community', level: 'hamlet', label: l('Cộng đồng học tập cấp ấp, khu phố', 'Learning community of a hamlet or quarter'), perUnit: 1 },
    { id: 'learning-community-commune', model: 'learning-community', level: 'commune', label: l('Cộng đồng học tập cấp xã', 'Commune learning community'), perUnit: 1 },
  ],
  pagesPerReport: 6,
  distribution: [
    { id: 'steering-committee', recipient: l('Thành viên Ban Chỉ đạo xây dựng XHHT tỉnh và Tổ giúp việc', 'Members of the provincial steering committee and its working group'), count: 37, copiesEach: 1 },
    { id: 'department', recipient: l('Sở Giáo dục và Đào tạo', 'Department of Education'), count: 1, copiesEach: 2 },
    { id: 'provincial-association', recipient: l('Hội Khuyến học tỉnh', 'Provincial study-promotion association'), count: 1, copiesEach: 1 },
    { id: 'district-offices', recipient: l('Phòng Giáo dục và Đào tạo', 'District education offices'), count: 15, copiesEach: 1 },
    { id: 'district-associations', recipient: l('Hội Khuyến học cấp huyện', 'District study-promotion associations'), count: 15, copiesEach: 1 },
    { id: 'communes', recipient: l('Xã, phường, thị trấn', 'Communes, wards and towns'), count: 188, copiesEach: 1 },
  ],
};
