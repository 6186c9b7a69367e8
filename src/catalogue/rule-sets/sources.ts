import type { LegalSource } from '../../document/legal-source/index.js';
import type { Jurisdiction } from '../../rules/rule-set/schema.js';

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

/** QĐ 677/QĐ-TTg of 03/6/2022: the "learning citizen" (Công dân học tập) programme, 2021–2030. */
export const QD_677_TTG: LegalSource = {
  id: 'qd-677-ttg',
  document: {
    kind: 'decision',
    number: '677/QĐ-TTg',
    date: '2022-06-03',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021–2030”',
      en: 'Programme to build the learning-citizen model, 2021–2030',
    },
  },
  urls: ['https://tuvanmienphi.vn/en/legal/1452-quyet-dinh-677qd-ttg-nam-2022-phe-duyet-chuong-trinh-xay-dung-mo-hinh-cong-dan-hoc-tap-giai-doan-2021-2030.html'],
};

const MOET = { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' };

/**
 * Thông tư 44/2014/TT-BGDĐT of 12/12/2014: evaluating and classifying commune "learning communities" on a
 * 100-point scale. Its effective date (45 days after signature is usual) is not confirmed.
 */
export const TT_44_2014: LegalSource = {
  id: 'tt-44-2014',
  document: {
    kind: 'circular',
    number: '44/2014/TT-BGDĐT',
    date: '2014-12-12',
    issuer: MOET,
    title: {
      vi: 'Quy định đánh giá, xếp loại “Cộng đồng học tập” cấp xã',
      en: 'Evaluating and classifying commune-level learning communities',
    },
  },
  urls: [
    'https://ancanmarketing.com/danh-gia-xep-loai-trung-tam-hoc-tap-cong-dong-nam-2024',
    'http://cand.com.vn/giao-duc/Huong-dan-danh-gia-xep-loai-Cong-dong-hoc-tap-389981/',
  ],
};

/** QĐ 645/QĐ-BGDĐT of 04/3/2015: the administrative procedure "evaluating and classifying a commune learning community". */
export const QD_645_BGDDT: LegalSource = {
  id: 'qd-645-bgddt',
  document: {
    kind: 'decision',
    number: '645/QĐ-BGDĐT',
    date: '2015-03-04',
    issuer: MOET,
    title: {
      vi: 'Công bố thủ tục hành chính “Quy trình đánh giá, xếp loại Cộng đồng học tập cấp xã”',
      en: 'Administrative procedure for evaluating and classifying commune learning communities',
    },
  },
  urls: [
    'https://baothainguyen.vn/giao-duc/201503/bo-gddt-cong-bo-thu-tuc-hanh-chinh-moi-ban-hanh-3676571',
    'https://tthc.thuathienhue.gov.vn/Content/Thutuc/chitiet.aspx?iThuTuc=19910',
  ],
};

/** Thông tư 25/2023/TT-BGDĐT of 27/12/2023, in force from 12/02/2024: learning communities of commune, district, province. */
export const TT_25_2023: LegalSource = {
  id: 'tt-25-2023',
  document: {
    kind: 'circular',
    number: '25/2023/TT-BGDĐT',
    date: '2023-12-27',
    issuer: MOET,
    title: {
      vi: 'Quy định đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh',
      en: 'Evaluating and recognising learning communities at commune, district and province level',
    },
  },
  urls: [
    'https://tuyengiao.vn/cac-tieu-chi-danh-gia-cong-nhan-cong-dong-hoc-tap-cap-xa-huyen-tinh-152467',
    'https://tapchivietduc.vn/hai-muc-do-cong-nhan-cong-dong-hoc-tap-a16926.html',
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/criteria-for-evaluating-and-recognizing-commune-level-learning-community-level-1-in-vietnam-130572.html',
    'https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/criteria-for-evaluating-and-recognizing-district-level-learning-community-from-february-12-2024-in-vietnam-130613.html',
    'https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/criteria-for-evaluating-and-recognizing-provincial-learning-community-from-february-12-2024-in-vietnam-130616.html',
    'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.005097',
  ],
};

/** Thông tư 24/2023/TT-BGDĐT of 11/12/2023: learning units at district and province level. Its effective date is not confirmed. */
export const TT_24_2023: LegalSource = {
  id: 'tt-24-2023',
  document: {
    kind: 'circular',
    number: '24/2023/TT-BGDĐT',
    date: '2023-12-11',
    issuer: MOET,
    title: {
      vi: 'Quy định đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh',
      en: 'Evaluating and recognising learning units at district and province level',
    },
  },
  urls: [
    'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/latest-evaluation-criteria-for-recognizing-learning-units-at-district-level-in-vietnam-129761.html',
    'https://lawnet.vn/thong-tin-phap-luat/en/thong-bao-van-ban-moi/criteria-for-evaluating-and-recognizing-learning-units-at-the-provincial-level-in-vietnam-133255.html',
    'https://dichvucong.binhphuoc.gov.vn/chi-tiet-thu-tuc?id=7898&unitId=1097',
    'https://en.baosonla.org.vn/xa-hoi/son-la-promotes-learning-society-iel7uNoNg.html',
  ],
};

/** QĐ 324/QĐ-KHVN: the Hội Khuyến học Việt Nam criteria of the "learning citizen" title for 2021–2030. Its date is not confirmed. */
export const QD_324_KHVN: LegalSource = {
  id: 'qd-324-khvn',
  document: {
    kind: 'decision',
    number: '324/QĐ-KHVN',
    issuer: HKHVN,
    title: {
      vi: 'Bộ tiêu chí đánh giá, công nhận danh hiệu “Công dân học tập” giai đoạn 2021–2030',
      en: 'Criteria for the “Learning citizen” title, 2021–2030',
    },
  },
  urls: [
    'https://lawnet.vn/giao-duc/en/guidelines-for-registering-the-title-of-learning-citizen-objectives-of-the-program-for-building-the--16408.html',
    'https://lawnet.vn/giao-duc/en/guidelines-for-self-assessment-of-learning-citizen-2024-what-is-the-purpose-of-the-assessment-and-re-16185.html',
  ],
};

const PM = { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' };

/** QĐ 281/QĐ-TTg of 20/02/2014: lifelong learning in families, clans and communities to 2020. */
export const QD_281_TTG: LegalSource = {
  id: 'qd-281-ttg',
  document: {
    kind: 'decision',
    number: '281/QĐ-TTg',
    date: '2014-02-20',
    issuer: PM,
    title: {
      vi: 'Phê duyệt Đề án “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020”',
      en: 'Scheme to promote lifelong learning in families, clans and communities to 2020',
    },
  },
  urls: ['https://baotintuc.vn/thoi-su/tong-ket-5-nam-de-an-day-manh-viec-hoc-tap-suot-doi-20190211181538271.htm'],
};

/** QĐ 1373/QĐ-TTg of 30/7/2021: building a learning society, 2021–2030. */
export const QD_1373_TTG: LegalSource = {
  id: 'qd-1373-ttg',
  document: {
    kind: 'decision',
    number: '1373/QĐ-TTg',
    date: '2021-07-30',
    issuer: PM,
    title: {
      vi: 'Phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030”',
      en: 'Scheme to build a learning society, 2021–2030',
    },
  },
  urls: [
    'https://lsu.vn/muc-tieu-cua-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030/',
    'https://baophunuthudo.vn/article/97367/214/thu-tuong-chinh-phu-phe-duyet-de-an-xay-dung-xa-hoi-hoc-tap-giai-doan-2021-2030',
    'https://thuvienphapluat.vn/van-ban/Giao-duc/Quyet-dinh-1373-QD-TTg-2021-De-an-Xay-dung-xa-hoi-hoc-tap-2021-2030-483017.aspx',
  ],
};

/** Đồng Tháp province: plan to 2030 under QĐ 387/QĐ-TTg (seed 001, an OCR copy whose heading, number and date are lost). */
export const DONG_THAP_PLAN_2030: LegalSource = {
  id: 'kh-dong-thap-2030',
  document: {
    kind: 'plan',
    issuer: { vi: 'Ủy ban nhân dân tỉnh Đồng Tháp', en: 'Đồng Tháp provincial People’s Committee' },
    title: {
      vi: 'Kế hoạch đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn tỉnh Đồng Tháp đến năm 2030',
      en: 'Plan to promote lifelong learning in families, clans, communities and units in Đồng Tháp to 2030',
    },
  },
  uncertain: true,
  note: {
    vi: 'Bản OCR không dấu; số và ngày ký của kế hoạch không đọc được.',
    en: 'OCR copy without diacritics; the plan’s number and date are not legible.',
  },
};

/** Ho Chi Minh City: Kế hoạch phối hợp 59/KH-SGDĐT-HKH of 09/5/2023 (seed 002). */
export const HCMC_PLAN_59_2023: LegalSource = {
  id: 'kh-59-sgddt-hkh-2023',
  document: {
    kind: 'plan',
    number: '59/KH-SGDĐT-HKH',
    date: '2023-05-09',
    issuer: {
      vi: 'Sở Giáo dục và Đào tạo và Hội Khuyến học Thành phố Hồ Chí Minh',
      en: 'Ho Chi Minh City Department of Education and Study Promotion Association',
    },
    title: {
      vi: 'Kế hoạch phối hợp triển khai hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023',
      en: 'Joint plan for study promotion and the learning society, 2023',
    },
  },
};

/** Long An Department of Education: plan to publish the 2020 yearbook of learning models (seed 000; number left blank). */
export const LONG_AN_YEARBOOK_PLAN_2020: LegalSource = {
  id: 'kh-sgddt-long-an-2020',
  document: {
    kind: 'plan',
    issuer: { vi: 'Sở Giáo dục và Đào tạo tỉnh Long An', en: 'Long An Department of Education and Training' },
    title: {
      vi: 'Kế hoạch phát hành Kỷ yếu các mô hình học tập năm 2020',
      en: 'Plan to publish the 2020 yearbook of learning models',
    },
  },
  note: {
    vi: 'Bản kế hoạch để trống số và ngày ("Số: /KH-SGDĐT", "ngày tháng 9 năm 2020").',
    en: 'The plan leaves its number and day blank ("Số: /KH-SGDĐT", "… tháng 9 năm 2020").',
  },
};
