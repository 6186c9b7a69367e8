import type { Plan } from '../../programme/plan/index.js';
import { bilingual as l } from '../../core/internal/bilingual.js';


const SO_GDDT = l('Sở Giáo dục và Đào tạo', 'Department of Education and Training');
const HKH_TINH = l('Hội Khuyến học tỉnh', 'Provincial study-promotion association');
const PHONG_GDDT = l('Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố', 'District education offices');
const HKH_HUYEN = l('Hội Khuyến học các huyện, thị xã, thành phố', 'District study-promotion associations');

/** Seed 000: Long An, plan to publish the 2020 yearbook of learning models. */
const longAn2020: Plan = {
  schemaVersion: 1,
  id: 'plan-long-an-yearbook-2020',
  kind: 'plan',
  month: '2020-09',
  jurisdiction: { code: 'VN-41', name: l('Tỉnh Long An', 'Long An province') },
  title: l('Kế hoạch phát hành Kỷ yếu các mô hình học tập năm 2020', 'Plan to publish the 2020 yearbook of learning models'),
  issuers: [l('Sở Giáo dục và Đào tạo tỉnh Long An', 'Long An Department of Education and Training')],
  signedBy: [{ name: 'Phan Thị Dạ Thảo', position: l('Phó Giám đốc', 'Deputy Director') }],
  legalBases: [
    { reference: '281/QĐ-TTg', kind: 'decision', date: '2014-02-20' },
    { reference: '1844/KH-UBND', kind: 'plan', date: '2014-06-16' },
    { reference: '34/KH-BCĐ', kind: 'plan', date: '2017-03-08' },
  ],
  tasks: [
    { id: 'compile', title: l('Xây dựng, triển khai kế hoạch; photo và phân phát kỷ yếu', 'Plan, copy and hand out the yearbook'), lead: SO_GDDT, coordinating: [] },
    { id: 'review', title: l('Xem xét, rà soát các báo cáo; thống nhất cấu trúc, nội dung kỷ yếu', 'Review the reports and agree the yearbook’s structure'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'choose', title: l('Bình chọn 01 gương điển hình cho mỗi mô hình học tập của huyện', 'Choose one exemplary case per model in each district'), lead: PHONG_GDDT, coordinating: [HKH_HUYEN] },
    { id: 'hand-out', title: l('Phân phát kỷ yếu đến các xã, phường, thị trấn', 'Hand the yearbook out to the communes'), lead: PHONG_GDDT, coordinating: [] },
  ],
  yearbook: 'yearbook-long-an-2020',
  schedule: [
    { id: 'choose-and-write', label: l('Bình chọn, viết báo cáo gương điển hình', 'Choose and write up the exemplary cases'), start: '2020-09-11', end: '2020-09-25', deadline: '2020-09-25', deliverable: l('Báo cáo gửi Sở GD&ĐT (qua phòng GDTrH) trước ngày 25/9/2020', 'Reports to the Department before 25/9/2020'), responsible: l('Hội Khuyến học và Phòng GD&ĐT các huyện, thị xã, thành phố', 'District associations and education offices') },
    { id: 'compile-and-review', label: l('Tập hợp, xem xét, chỉnh sửa các báo cáo', 'Compile and review the reports'), start: '2020-09-26', end: '2020-09-30', responsible: l('Sở GD&ĐT phối hợp Hội Khuyến học tỉnh', 'The Department with the provincial association') },
    { id: 'copy-and-hand-out', label: l('Photo và phân phát kỷ yếu', 'Copy and hand out the yearbook'), start: '2020-10-01', end: '2020-10-10', responsible: l('Sở GD&ĐT; Phòng GD&ĐT các huyện', 'The Department; district education offices') },
  ],
  funding: l('Nguồn kinh phí sự nghiệp giáo dục tại Sở GD&ĐT năm 2020', 'The Department’s 2020 education budget'),
};

/** Seed 001: Đồng Tháp, plan to 2030 under QĐ 387/QĐ-TTg (OCR copy; number and date lost). */
const dongThap2030: Plan = {
  schemaVersion: 1,
  id: 'plan-dong-thap-2030',
  kind: 'plan',
  jurisdiction: { code: 'VN-45', name: l('Tỉnh Đồng Tháp', 'Đồng Tháp province') },
  title: l('Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn tỉnh Đồng Tháp đến năm 2030', 'Promoting lifelong learning in families, clans, communities and units in Đồng Tháp to 2030'),
  issuers: [l('Ủy ban nhân dân tỉnh Đồng Tháp', 'Đồng Tháp provincial People’s Committee')],
  legalBases: [{ reference: '387/QĐ-TTg', kind: 'decision', date: '2022-03-25' }],
  period: { from: 2021, to: 2030 },
  tasks: [
    { id: 'provincial-departments', title: l('Tuyên truyền, tạo điều kiện cho cán bộ, công chức học tập; lồng ghép kế hoạch', 'Inform staff and let them learn; fold the plan into other programmes'), lead: l('Các sở, ban, ngành tỉnh', 'Provincial departments'), coordinating: [] },
    { id: 'association', title: l('Chủ trì triển khai kế hoạch; hướng dẫn Hội Khuyến học huyện; kiểm tra, giám sát, báo cáo', 'Lead the plan; guide the district associations; monitor and report'), lead: HKH_TINH, coordinating: [l('Các sở, ngành, đoàn thể, tổ chức chính trị - xã hội', 'Departments, mass and socio-political organisations')] },
    { id: 'education', title: l('Đánh giá tác động, hiệu quả của Trung tâm văn hóa - học tập cộng đồng; chỉ đạo đánh giá, công nhận các mô hình cấp xã', 'Assess the community cultural and learning centres; direct recognition at commune level'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'information', title: l('Hướng dẫn báo chí, thông tin cơ sở tuyên truyền về học tập suốt đời', 'Guide the press and local information on lifelong learning'), lead: l('Sở Thông tin và Truyền thông', 'Department of Information and Communications'), coordinating: [HKH_TINH] },
    { id: 'culture', title: l('Đánh giá các mô hình gắn với “Gia đình văn hóa”, “Ấp nông thôn mới”; phát động “Gia đình đọc sách”', 'Link the models with the cultural-family titles; launch “Reading families”'), lead: l('Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'), coordinating: [HKH_TINH] },
    { id: 'finance', title: l('Thẩm định dự toán kinh phí phát sinh', 'Appraise extra budget requests'), lead: l('Sở Tài chính', 'Department of Finance'), coordinating: [] },
    { id: 'media', title: l('Tuyên truyền nội dung kế hoạch', 'Report on the plan'), lead: l('Đài Phát thanh và Truyền hình Đồng Tháp, Báo Đồng Tháp', 'Đồng Tháp radio and television; Đồng Tháp newspaper'), coordinating: [] },
    { id: 'front', title: l('Phát động các cuộc vận động, phong trào thi đua về khuyến học, khuyến tài', 'Launch campaigns and emulation movements for study promotion'), lead: l('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Provincial Vietnam Fatherland Front'), coordinating: [l('Các tổ chức chính trị - xã hội, xã hội nghề nghiệp', 'Socio-political and professional organisations')] },
    { id: 'districts', title: l('Xây dựng kế hoạch tại địa phương; báo cáo kết quả hằng năm', 'Plan locally; report every year'), lead: l('Ủy ban nhân dân các huyện, thành phố', 'District People’s Committees'), coordinating: [l('Hội Khuyến học cùng cấp', 'The association at the same level')] },
  ],
  targetTable: 'targets-dong-thap-2030',
  reviews: [
    { id: 'five-year-review', label: l('Hội nghị sơ kết 5 năm và Đại hội biểu dương các mô hình học tập tiêu biểu giai đoạn 2021–2025', 'Five-year review and congress of exemplary learning models, 2021–2025'), quarter: { year: 2026, quarter: 2 } },
    { id: 'ten-year-review', label: l('Hội nghị tổng kết 10 năm và Đại hội biểu dương các mô hình học tập tiêu biểu', 'Ten-year review and congress of exemplary learning models'), quarter: { year: 2030, quarter: 4 } },
  ],
  reportDue: { to: l('Hội Khuyến học tỉnh', 'The provincial association'), yearly: { month: 11, day: 20, before: true } },
  funding: l('Ngân sách nhà nước theo phân cấp; nguồn xã hội hóa và các nguồn tài chính hợp pháp khác', 'State budget by level; socialised and other lawful sources'),
};

/** Seed 002: Ho Chi Minh City, joint plan 59/KH-SGDĐT-HKH of 09/5/2023. */
const hcmc2023: Plan = {
  schemaVersion: 1,
  id: 'plan-hcmc-2023',
  kind: 'plan',
  reference: '59/KH-SGDĐT-HKH',
  date: '2023-05-09',
  jurisdiction: { code: 'VN-SG', name: l('Thành phố Hồ Chí Minh', 'Ho Chi Minh City') },
  title: l('Kế hoạch phối hợp triển khai thực hiện hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023', 'Joint plan for study promotion and the learning society, 2023'),
  issuers: [l('Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'HCMC Department of Education and Training'), l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association')],
  legalBases: [
    { reference: '42/KH-SGDĐT-HKH', kind: 'plan', date: '2023-04-11' },
    { reference: '4344/KH-UBND', kind: 'plan' },
  ],
  period: { from: 2023, to: 2023 },
  tasks: [
    { id: 'promote-in-schools', title: l('Tuyên truyền khuyến học, khuyến tài trong các cơ sở giáo dục', 'Promote study in schools'), lead: SO_GDDT, coordinating: [l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'spread-models', title: l('Tuyên truyền nhân rộng các mô hình học tập, gương người tốt việc tốt', 'Spread the learning models and good examples'), lead: l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association'), coordinating: [SO_GDDT, l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'policies', title: l('Tham mưu ban hành văn bản, cơ chế chính sách thúc đẩy học tập suốt đời', 'Propose documents and policies for lifelong learning'), lead: SO_GDDT, coordinating: [l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association'), l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'learning-centres-guidance', title: l('Ban hành văn bản quản lý, hướng dẫn hoạt động trung tâm học tập cộng đồng', 'Guide the community learning centres'), lead: SO_GDDT, coordinating: [l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'learning-centres-sessions', title: l('Tổ chức ít nhất 03 chuyên đề khuyến học ở các trung tâm học tập cộng đồng', 'Hold at least 3 thematic sessions at each learning centre'), lead: l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association'), coordinating: [SO_GDDT, l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'learning-models', title: l('Tập huấn, kiểm tra, đánh giá, xếp loại các mô hình học tập', 'Train, check, evaluate and classify the learning models'), lead: SO_GDDT, coordinating: [l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association'), l('UBND thành phố Thủ Đức và quận, huyện', 'Thủ Đức city and district People’s Committees')] },
    { id: 'university-branches', title: l('Sơ kết việc thành lập thí điểm 03 Hội Khuyến học cơ sở tại các trường đại học, cao đẳng', 'Review the 3 pilot association branches at universities and colleges'), lead: l('Hội Khuyến học Thành phố Hồ Chí Minh', 'HCMC Study Promotion Association'), coordinating: [SO_GDDT, l('Các trường đại học và cao đẳng', 'Universities and colleges')] },
  ],
  targetTable: 'targets-hcmc-2023',
  reviews: [{ id: 'yearly-review', label: l('Sơ kết, đánh giá thực hiện nhiệm vụ năm trước', 'Review of the year'), month: '2024-04' }],
};

/** Seed 003: Hải Phòng, Department of Education plan for the 2024 Study Promotion Month. */
const haiPhong2024: Plan = {
  schemaVersion: 1,
  id: 'plan-hai-phong-study-promotion-month-2024',
  kind: 'plan',
  jurisdiction: { code: 'VN-HP', name: l('Thành phố Hải Phòng', 'Hải Phòng city') },
  title: l('Kế hoạch triển khai tổ chức hoạt động Tháng Khuyến học năm 2024', 'Plan for the 2024 Study Promotion Month'),
  issuers: [l('Sở Giáo dục và Đào tạo Hải Phòng', 'Hải Phòng Department of Education and Training')],
  signedBy: [{ name: 'Đỗ Thị Hòa', position: l('Phó Giám đốc', 'Deputy Director') }],
  legalBases: [
    { reference: '204/KH-SGDĐT', kind: 'plan', date: '2024-08-23' },
    { reference: '1373/QĐ-TTg', kind: 'decision' },
    { reference: '09/2023/NQ-HĐND', kind: 'resolution' },
    { reference: '254/KH-UBND', kind: 'plan', date: '2021-11-15' },
    { reference: '09/NQ-HĐND', kind: 'resolution', date: '2023-12-08' },
    { reference: '1181/UBND-VX', kind: 'official-letter', date: '2024-05-22' },
    { reference: '25/2023/TT-BGDĐT', kind: 'circular', date: '2023-12-27' },
    { reference: '1182/UBND-VX', kind: 'official-letter', date: '2024-05-22' },
    { reference: '24/2023/TT-BGDĐT', kind: 'circular', date: '2023-12-11' },
  ],
  period: { from: 2024, to: 2024 },
  tasks: [
    { id: 'information', title: l('Tuyên truyền về khuyến học, Ngày Khuyến học Việt Nam (02/10), Tuần lễ học tập suốt đời', 'Inform on study promotion, Study Promotion Day (2 October), Lifelong Learning Week'), lead: l('Các cơ sở giáo dục', 'Schools'), coordinating: [] },
    { id: 'steering-committees', title: l('Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập, tổ giúp việc', 'Strengthen the steering committees and working groups'), lead: l('Phòng GD&ĐT quận, huyện', 'District education offices'), coordinating: [] },
    { id: 'learning-society', title: l('Thực hiện Quyết định 1373/QĐ-TTg và Nghị quyết 09/2023/NQ-HĐND; đăng ký “Công dân học tập” trên congdanhoctap.vn', 'Carry out QĐ 1373/QĐ-TTg and NQ 09/2023/NQ-HĐND; register learning citizens on congdanhoctap.vn'), lead: l('Phòng GD&ĐT quận, huyện', 'District education offices'), coordinating: [l('Hội Khuyến học các cấp', 'Study-promotion associations'), l('Các cơ sở giáo dục', 'Schools')] },
    { id: 'lifelong-learning-week', title: l('Phát động Tuần lễ học tập suốt đời; triển khai Thông tư 24 và 25', 'Launch the Lifelong Learning Week; apply Circulars 24 and 25'), lead: l('Phòng GD&ĐT quận, huyện', 'District education offices'), coordinating: [l('Hội Khuyến học các cấp', 'Study-promotion associations')] },
    { id: 'fund', title: l('Vận động Quỹ Khuyến học; hỗ trợ, khen thưởng học sinh', 'Raise the study-promotion fund; support and reward pupils'), lead: l('Các cơ sở giáo dục', 'Schools'), coordinating: [l('Phòng GD&ĐT quận, huyện', 'District education offices')] },
  ],
  schedule: [
    { id: 'study-promotion-month', label: l('Tháng Khuyến học năm 2024', 'Study Promotion Month 2024'), start: '2024-09-05', end: '2024-10-05', responsible: l('Các cơ sở giáo dục trong toàn thành phố', 'Every school in the city') },
  ],
  reportDue: { to: l('Sở Giáo dục và Đào tạo', 'The Department of Education'), date: '2024-10-08' },
};

/** Seed 004: Bến Tre, co-ordination programme 2381 of 21/11/2017 for 2017–2020. */
const benTre2017: Plan = {
  schemaVersion: 1,
  id: 'programme-ben-tre-2017-2020',
  kind: 'coordination-programme',
  reference: '2381/CTPH-SGD&ĐT-HKH',
  date: '2017-11-21',
  jurisdiction: { code: 'VN-50', name: l('Tỉnh Bến Tre', 'Bến Tre province') },
  title: l('Chương trình phối hợp hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập giữa Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh giai đoạn 2017–2020', 'Co-ordination programme on study promotion and the learning society between the Department of Education and the provincial association, 2017–2020'),
  issuers: [l('Sở Giáo dục và Đào tạo tỉnh Bến Tre', 'Bến Tre Department of Education and Training'), l('Hội Khuyến học tỉnh Bến Tre', 'Bến Tre Study Promotion Association')],
  signedBy: [
    { name: 'Đặng Thị Hoa', position: l('Chủ tịch Hội Khuyến học tỉnh', 'Chair of the provincial association') },
    { name: 'Lê Ngọc Bửu', position: l('Giám đốc Sở Giáo dục và Đào tạo', 'Director of the Department of Education') },
  ],
  legalBases: [
    { reference: '681/CTr-BGDĐT-HKHVN', kind: 'coordination-programme', date: '2017-09-20' },
    { reference: '89/QĐ-TTg', kind: 'decision' },
    { reference: '3799/KH-UBND', kind: 'plan', date: '2016-07-26' },
    { reference: '281/QĐ-TTg', kind: 'decision' },
    { reference: '13/KH-HKH', kind: 'plan', date: '2016-10-13' },
    { reference: '44/2014/TT-BGDĐT', kind: 'circular', date: '2014-12-12' },
    { reference: '448/QĐ-KHVN', kind: 'decision' },
  ],
  period: { from: 2017, to: 2020 },
  tasks: [
    { id: 'information', title: l('Đẩy mạnh tuyên truyền về khuyến học, khuyến tài, xây dựng xã hội học tập', 'Inform on study promotion and the learning society'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'policies', title: l('Tham mưu, đề xuất cơ chế, chính sách thúc đẩy học tập suốt đời', 'Propose lifelong-learning policies'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'learning-centres', title: l('Củng cố, nâng cao chất lượng hoạt động trung tâm học tập cộng đồng', 'Strengthen the community learning centres'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'learning-models', title: l('Xây dựng, kiểm tra, đánh giá, xếp loại các mô hình học tập theo TT 44/2014 và QĐ 448/QĐ-KHVN', 'Build, check and classify the learning models under TT 44/2014 and QĐ 448/QĐ-KHVN'), lead: SO_GDDT, coordinating: [HKH_TINH] },
    { id: 'membership', title: l('Phát triển hội viên, tổ chức Hội; xây dựng trường thành đơn vị học tập', 'Grow the association; make schools learning units'), lead: SO_GDDT, coordinating: [HKH_TINH] },
  ],
  reviews: [
    { id: 'tt44-two-year-review', label: l('Hội nghị sơ kết 02 năm thực hiện Thông tư 44/2014/TT-BGDĐT', 'Two-year review of Circular 44/2014/TT-BGDĐT') },
    { id: 'first-congress', label: l('Đại hội biểu dương điển hình xây dựng các mô hình học tập lần thứ I', 'First congress of exemplary learning models'), quarter: { year: 2018, quarter: 4 } },
    { id: 'final-review', label: l('Tổng kết, đánh giá sau 03 năm thực hiện Chương trình phối hợp', 'Final review after three years'), quarter: { year: 2020, quarter: 4 } },
  ],
};

/** The five source documents (shared/seeds) as plan data. */
export const SEED_PLANS: readonly Plan[] = [longAn2020, dongThap2030, hcmc2023, haiPhong2024, benTre2017];
