// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { LegalSource } from '../../document/legal-source/index.js';
import { shipped } from '../shipped/index.js';
import qd281TtgFile from '../../../data/legal-sources/qd-281-ttg.json' with { type: 'json' };
import qd448KhvnFile from '../../../data/legal-sources/qd-448-khvn.json' with { type: 'json' };
import cv6782BgddtFile from '../../../data/legal-sources/cv-6782-bgddt.json' with { type: 'json' };
import tt442014File from '../../../data/legal-sources/tt-44-2014.json' with { type: 'json' };
import qd645BgddtFile from '../../../data/legal-sources/qd-645-bgddt.json' with { type: 'json' };
import qd1373TtgFile from '../../../data/legal-sources/qd-1373-ttg.json' with { type: 'json' };
import qd387TtgFile from '../../../data/legal-sources/qd-387-ttg.json' with { type: 'json' };
import qd677TtgFile from '../../../data/legal-sources/qd-677-ttg.json' with { type: 'json' };
import qd324KhvnFile from '../../../data/legal-sources/qd-324-khvn.json' with { type: 'json' };
import khvnCriteria2021File from '../../../data/legal-sources/khvn-criteria-2021.json' with { type: 'json' };
import tt222020File from '../../../data/legal-sources/tt-22-2020.json' with { type: 'json' };
import vinhLongDvht2016File from '../../../data/legal-sources/vinh-long-dvht-2016.json' with { type: 'json' };
import tt242023File from '../../../data/legal-sources/tt-24-2023.json' with { type: 'json' };
import tt252023File from '../../../data/legal-sources/tt-25-2023.json' with { type: 'json' };
import kh59SgddtHkh2023File from '../../../data/legal-sources/kh-59-sgddt-hkh-2023.json' with { type: 'json' };
import qd89TtgFile from '../../../data/legal-sources/qd-89-ttg.json' with { type: 'json' };
import kh1844UbndLongAnFile from '../../../data/legal-sources/kh-1844-ubnd-long-an.json' with { type: 'json' };
import kh34BcdLongAnFile from '../../../data/legal-sources/kh-34-bcd-long-an.json' with { type: 'json' };
import kh42SgddtHkh2023File from '../../../data/legal-sources/kh-42-sgddt-hkh-2023.json' with { type: 'json' };
import kh4344UbndHcmcFile from '../../../data/legal-sources/kh-4344-ubnd-hcmc.json' with { type: 'json' };
import kh204HaiPhong2024File from '../../../data/legal-sources/kh-204-hai-phong-2024.json' with { type: 'json' };
import kh254UbndHaiPhongFile from '../../../data/legal-sources/kh-254-ubnd-hai-phong.json' with { type: 'json' };
import nq092023HdndHaiPhongFile from '../../../data/legal-sources/nq-09-2023-hdnd-hai-phong.json' with { type: 'json' };
import cv1181UbndHaiPhongFile from '../../../data/legal-sources/cv-1181-ubnd-hai-phong.json' with { type: 'json' };
import cv1182UbndHaiPhongFile from '../../../data/legal-sources/cv-1182-ubnd-hai-phong.json' with { type: 'json' };
import ctph2381BenTreFile from '../../../data/legal-sources/ctph-2381-ben-tre.json' with { type: 'json' };
import ctr681BgddtHkhvnFile from '../../../data/legal-sources/ctr-681-bgddt-hkhvn.json' with { type: 'json' };
import kh3799UbndBenTreFile from '../../../data/legal-sources/kh-3799-ubnd-ben-tre.json' with { type: 'json' };
import kh13HkhBenTreFile from '../../../data/legal-sources/kh-13-hkh-ben-tre.json' with { type: 'json' };
import khDongThap2030File from '../../../data/legal-sources/kh-dong-thap-2030.json' with { type: 'json' };
import khSgddtLongAn2020File from '../../../data/legal-sources/kh-sgddt-long-an-2020.json' with { type: 'json' };
import nd1422025File from '../../../data/legal-sources/nd-142-2025.json' with { type: 'json' };
import nd1432025File from '../../../data/legal-sources/nd-143-2025.json' with { type: 'json' };
import tt112025BgddtFile from '../../../data/legal-sources/tt-11-2025-bgddt.json' with { type: 'json' };
import tt262025BgddtFile from '../../../data/legal-sources/tt-26-2025-bgddt.json' with { type: 'json' };
import qd1315TtgFile from '../../../data/legal-sources/qd-1315-ttg.json' with { type: 'json' };
import nq71Tw2025File from '../../../data/legal-sources/nq-71-tw-2025.json' with { type: 'json' };
import nq281Cp2025File from '../../../data/legal-sources/nq-281-cp-2025.json' with { type: 'json' };

// One constant per entry of the register (data/legal-sources/), for the catalogue's wiring: each shipped document
// is built with the entries it cites, so that a bundle carries only those.
/** `data/legal-sources/qd-281-ttg.json`. @internal */
export const QD_281_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd281TtgFile);
/** `data/legal-sources/qd-448-khvn.json`. @internal */
export const QD_448_KHVN: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd448KhvnFile);
/** `data/legal-sources/cv-6782-bgddt.json`. @internal */
export const CV_6782_BGDDT: LegalSource = /* @__PURE__ */ shipped<LegalSource>(cv6782BgddtFile);
/** `data/legal-sources/tt-44-2014.json`. @internal */
export const TT_44_2014: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt442014File);
/** `data/legal-sources/qd-645-bgddt.json`. @internal */
export const QD_645_BGDDT: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd645BgddtFile);
/** `data/legal-sources/qd-1373-ttg.json`. @internal */
export const QD_1373_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd1373TtgFile);
/** `data/legal-sources/qd-387-ttg.json`. @internal */
export const QD_387_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd387TtgFile);
/** `data/legal-sources/qd-677-ttg.json`. @internal */
export const QD_677_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd677TtgFile);
/** `data/legal-sources/qd-324-khvn.json`. @internal */
export const QD_324_KHVN: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd324KhvnFile);
/** `data/legal-sources/khvn-criteria-2021.json`. @internal */
export const KHVN_CRITERIA_2021: LegalSource = /* @__PURE__ */ shipped<LegalSource>(khvnCriteria2021File);
/** `data/legal-sources/tt-22-2020.json`. @internal */
export const TT_22_2020: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt222020File);
/** `data/legal-sources/vinh-long-dvht-2016.json`. @internal */
export const VINH_LONG_DVHT_2016: LegalSource = /* @__PURE__ */ shipped<LegalSource>(vinhLongDvht2016File);
/** `data/legal-sources/tt-24-2023.json`. @internal */
export const TT_24_2023: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt242023File);
/** `data/legal-sources/tt-25-2023.json`. @internal */
export const TT_25_2023: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt252023File);
/** `data/legal-sources/kh-59-sgddt-hkh-2023.json`. @internal */
export const KH_59_SGDDT_HKH_2023: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh59SgddtHkh2023File);
/** `data/legal-sources/qd-89-ttg.json`. @internal */
export const QD_89_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd89TtgFile);
/** `data/legal-sources/kh-1844-ubnd-long-an.json`. @internal */
export const KH_1844_UBND_LONG_AN: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh1844UbndLongAnFile);
/** `data/legal-sources/kh-34-bcd-long-an.json`. @internal */
export const KH_34_BCD_LONG_AN: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh34BcdLongAnFile);
/** `data/legal-sources/kh-42-sgddt-hkh-2023.json`. @internal */
export const KH_42_SGDDT_HKH_2023: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh42SgddtHkh2023File);
/** `data/legal-sources/kh-4344-ubnd-hcmc.json`. @internal */
export const KH_4344_UBND_HCMC: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh4344UbndHcmcFile);
/** `data/legal-sources/kh-204-hai-phong-2024.json`. @internal */
export const KH_204_HAI_PHONG_2024: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh204HaiPhong2024File);
/** `data/legal-sources/kh-254-ubnd-hai-phong.json`. @internal */
export const KH_254_UBND_HAI_PHONG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh254UbndHaiPhongFile);
/** `data/legal-sources/nq-09-2023-hdnd-hai-phong.json`. @internal */
export const NQ_09_2023_HDND_HAI_PHONG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(nq092023HdndHaiPhongFile);
/** `data/legal-sources/cv-1181-ubnd-hai-phong.json`. @internal */
export const CV_1181_UBND_HAI_PHONG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(cv1181UbndHaiPhongFile);
/** `data/legal-sources/cv-1182-ubnd-hai-phong.json`. @internal */
export const CV_1182_UBND_HAI_PHONG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(cv1182UbndHaiPhongFile);
/** `data/legal-sources/ctph-2381-ben-tre.json`. @internal */
export const CTPH_2381_BEN_TRE: LegalSource = /* @__PURE__ */ shipped<LegalSource>(ctph2381BenTreFile);
/** `data/legal-sources/ctr-681-bgddt-hkhvn.json`. @internal */
export const CTR_681_BGDDT_HKHVN: LegalSource = /* @__PURE__ */ shipped<LegalSource>(ctr681BgddtHkhvnFile);
/** `data/legal-sources/kh-3799-ubnd-ben-tre.json`. @internal */
export const KH_3799_UBND_BEN_TRE: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh3799UbndBenTreFile);
/** `data/legal-sources/kh-13-hkh-ben-tre.json`. @internal */
export const KH_13_HKH_BEN_TRE: LegalSource = /* @__PURE__ */ shipped<LegalSource>(kh13HkhBenTreFile);
/** `data/legal-sources/kh-dong-thap-2030.json`. @internal */
export const KH_DONG_THAP_2030: LegalSource = /* @__PURE__ */ shipped<LegalSource>(khDongThap2030File);
/** `data/legal-sources/kh-sgddt-long-an-2020.json`. @internal */
export const KH_SGDDT_LONG_AN_2020: LegalSource = /* @__PURE__ */ shipped<LegalSource>(khSgddtLongAn2020File);
/** `data/legal-sources/nd-142-2025.json`. @internal */
export const ND_142_2025: LegalSource = /* @__PURE__ */ shipped<LegalSource>(nd1422025File);
/** `data/legal-sources/nd-143-2025.json`. @internal */
export const ND_143_2025: LegalSource = /* @__PURE__ */ shipped<LegalSource>(nd1432025File);
/** `data/legal-sources/tt-11-2025-bgddt.json`. @internal */
export const TT_11_2025_BGDDT: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt112025BgddtFile);
/** `data/legal-sources/tt-26-2025-bgddt.json`. @internal */
export const TT_26_2025_BGDDT: LegalSource = /* @__PURE__ */ shipped<LegalSource>(tt262025BgddtFile);
/** `data/legal-sources/qd-1315-ttg.json`. @internal */
export const QD_1315_TTG: LegalSource = /* @__PURE__ */ shipped<LegalSource>(qd1315TtgFile);
/** `data/legal-sources/nq-71-tw-2025.json`. @internal */
export const NQ_71_TW_2025: LegalSource = /* @__PURE__ */ shipped<LegalSource>(nq71Tw2025File);
/** `data/legal-sources/nq-281-cp-2025.json`. @internal */
export const NQ_281_CP_2025: LegalSource = /* @__PURE__ */ shipped<LegalSource>(nq281Cp2025File);

/** Every entry of the register, in catalogue order. @internal */
export const REGISTER_ENTRIES: readonly LegalSource[] = /* @__PURE__ */ (() => [
  QD_281_TTG,
  QD_448_KHVN,
  CV_6782_BGDDT,
  TT_44_2014,
  QD_645_BGDDT,
  QD_1373_TTG,
  QD_387_TTG,
  QD_677_TTG,
  QD_324_KHVN,
  KHVN_CRITERIA_2021,
  TT_22_2020,
  VINH_LONG_DVHT_2016,
  TT_24_2023,
  TT_25_2023,
  KH_59_SGDDT_HKH_2023,
  QD_89_TTG,
  KH_1844_UBND_LONG_AN,
  KH_34_BCD_LONG_AN,
  KH_42_SGDDT_HKH_2023,
  KH_4344_UBND_HCMC,
  KH_204_HAI_PHONG_2024,
  KH_254_UBND_HAI_PHONG,
  NQ_09_2023_HDND_HAI_PHONG,
  CV_1181_UBND_HAI_PHONG,
  CV_1182_UBND_HAI_PHONG,
  CTPH_2381_BEN_TRE,
  CTR_681_BGDDT_HKHVN,
  KH_3799_UBND_BEN_TRE,
  KH_13_HKH_BEN_TRE,
  KH_DONG_THAP_2030,
  KH_SGDDT_LONG_AN_2020,
  ND_142_2025,
  ND_143_2025,
  TT_11_2025_BGDDT,
  TT_26_2025_BGDDT,
  QD_1315_TTG,
  NQ_71_TW_2025,
  NQ_281_CP_2025,
])();
