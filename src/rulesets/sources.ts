import type { LegalSource } from '../legal-source/index.js';
import type { Jurisdiction } from '../rule-set/schema.js';

/** The nation as a jurisdiction: rule sets issued nationally carry it. */
export const NATIONAL: Jurisdiction = { code: 'VN', name: { vi: 'Toàn quốc', en: 'Vietnam (national)' } };

const HKHVN = { vi: 'Hội Khuyến học Việt Nam', en: 'Vietnam Association for Promoting Education' };

/**
 * QĐ 448/QĐ-KHVN: the criteria of the four grass-roots models for 2016–2020. Two dates are printed in copies
 * (10/11/2015 and 01/12/2015); 01/12/2015 is the one in MOET's letter 6782/BGDĐT-GDTX and in the copy read.
 */
export const QD_448_KHVN: LegalSource = {
  id: 'qd-448-khvn',
  document: {
    kind: 'decision',
    number: '448/QĐ-KHVN',
    date: '2015-12-01',
    issuer: HKHVN,
    title: {
      vi: 'Ban hành Bộ tiêu chí và hướng dẫn đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản, ấp, tổ dân phố và “Đơn vị học tập” ở cơ sở thuộc xã quản lý, giai đoạn 2016–2020',
      en: 'Criteria and guidance for recognising learning families, learning clans, learning communities of hamlets and learning units managed by communes, 2016–2020',
    },
  },
  urls: [
    'https://phandien76.violet.vn/present/show/entry_id/12164217',
    'https://giaoducthoidai.vn/trien-khai-to-chuc-danh-gia-cong-nhan-gia-dinh-hoc-tap-dong-ho-hoc-tap-post84892.html',
    'http://hoctapsuotdoi.edu.vn/gia-dinh-hoc-tap-ma-cac-chu-ho-dang-phai-dang-ky-la-gi.html',
  ],
  note: {
    vi: 'Bản sao in hai ngày ký (10/11/2015 và 01/12/2015); ngày 01/12/2015 theo Công văn 6782/BGDĐT-GDTX và bản bộ tiêu chí đã đọc.',
    en: 'Copies print two dates (10/11/2015 and 01/12/2015); 01/12/2015 is the one in MOET letter 6782/BGDĐT-GDTX and in the criteria copy read.',
  },
};

/** MOET letter 6782/BGDĐT-GDTX of 29/12/2015: apply QĐ 448; Departments report results by 15 December each year. */
export const CV_6782_BGDDT: LegalSource = {
  id: 'cv-6782-bgddt',
  document: {
    kind: 'official-letter',
    number: '6782/BGDĐT-GDTX',
    date: '2015-12-29',
    issuer: { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' },
    title: {
      vi: 'Triển khai tổ chức đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” và “Đơn vị học tập”',
      en: 'Organising the assessment and recognition of learning families, clans, communities and units',
    },
  },
  urls: ['https://luatminhkhue.vn/cong-van-6782-bgddt-gdtx-danh-gia-cong-nhan-danh-hieu-gia-dinh-hoc-tap-cong-dong-hoc-tap-2015.aspx'],
};

/** QĐ 387/QĐ-TTg of 25/3/2022: programme for building learning models to 2030, under which the 2021–2030 criteria were issued. */
export const QD_387_TTG: LegalSource = {
  id: 'qd-387-ttg',
  document: {
    kind: 'decision',
    number: '387/QĐ-TTg',
    date: '2022-03-25',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chương trình “Đẩy mạnh các mô hình học tập trong gia đình, dòng họ, cộng đồng, đơn vị đến năm 2030”',
      en: 'Programme to promote learning models in families, clans, communities and units to 2030',
    },
  },
};

/**
 * The Hội Khuyến học Việt Nam criteria for 2021–2030 that succeed QĐ 448. Its number, date and text were not
 * found in the public sources read for this release: marked uncertain.
 */
export const KHVN_CRITERIA_2021: LegalSource = {
  id: 'khvn-criteria-2021',
  document: {
    kind: 'criteria-set',
    issuer: HKHVN,
    title: {
      vi: 'Bộ tiêu chí đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn và “Đơn vị học tập” cấp xã giai đoạn 2021–2030',
      en: 'Criteria for recognising learning families, clans, hamlet communities and commune-level units, 2021–2030',
    },
  },
  urls: [
    'https://tapchigiaoduc.edu.vn/article/88019/211/xay-dung-mo-hinh-xa-hoi-hoc-tap-tren-dia-ban-hanh-chinh-cac-cap-de-tao-nguon-nhan-luc-chat-luong-cao-dap-ung-yeu-cau-phat-trien-ben-vung',
  ],
  uncertain: true,
  note: {
    vi: 'Chưa tìm được số hiệu, ngày ký và toàn văn; cấu trúc được kế thừa từ QĐ 448 và chỉnh theo các mục tiêu của QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg.',
    en: 'Number, date and full text not found yet; the structure is carried over from QĐ 448 and adjusted to the aims of QĐ 387/QĐ-TTg and QĐ 677/QĐ-TTg.',
  },
};

/** QĐ 677/QĐ-TTg (2022): the "learning citizen" (Công dân học tập) programme. */
export const QD_677_TTG: LegalSource = {
  id: 'qd-677-ttg',
  document: {
    kind: 'decision',
    number: '677/QĐ-TTg',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021–2030”',
      en: 'Programme to build the learning-citizen model, 2021–2030',
    },
  },
};
