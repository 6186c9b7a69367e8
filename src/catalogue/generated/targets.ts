// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { TargetTable } from '../../programme/targets/schema.js';
import { shipped } from '../shipped/index.js';
import { KH_59_SGDDT_HKH_2023, KH_DONG_THAP_2030, QD_1373_TTG, QD_281_TTG, QD_387_TTG, QD_677_TTG } from './legal-sources.js';
import targetsQd2812014File from '../../../data/targets/targets-qd-281-2014.json' with { type: 'json' };
import targetsQd13732021File from '../../../data/targets/targets-qd-1373-2021.json' with { type: 'json' };
import targetsQd3872022File from '../../../data/targets/targets-qd-387-2022.json' with { type: 'json' };
import targetsQd6772022File from '../../../data/targets/targets-qd-677-2022.json' with { type: 'json' };
import targetsDongThap2030File from '../../../data/targets/targets-dong-thap-2030.json' with { type: 'json' };
import targetsHcmc2023File from '../../../data/targets/targets-hcmc-2023.json' with { type: 'json' };

/** `data/targets/targets-qd-281-2014.json`. @internal */
export const TARGET_TABLE_TARGETS_QD_281_2014: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsQd2812014File, [QD_281_TTG]);
/** `data/targets/targets-qd-1373-2021.json`. @internal */
export const TARGET_TABLE_TARGETS_QD_1373_2021: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsQd13732021File, [QD_1373_TTG]);
/** `data/targets/targets-qd-387-2022.json`. @internal */
export const TARGET_TABLE_TARGETS_QD_387_2022: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsQd3872022File, [QD_387_TTG]);
/** `data/targets/targets-qd-677-2022.json`. @internal */
export const TARGET_TABLE_TARGETS_QD_677_2022: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsQd6772022File, [QD_677_TTG]);
/** `data/targets/targets-dong-thap-2030.json`. @internal */
export const TARGET_TABLE_TARGETS_DONG_THAP_2030: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsDongThap2030File, [KH_DONG_THAP_2030, QD_387_TTG]);
/** `data/targets/targets-hcmc-2023.json`. @internal */
export const TARGET_TABLE_TARGETS_HCMC_2023: TargetTable = /* @__PURE__ */ shipped<TargetTable>(targetsHcmc2023File, [KH_59_SGDDT_HKH_2023]);

/** Every shipped target table (data/targets/), in catalogue order. @internal */
export const TARGET_TABLES: readonly TargetTable[] = /* @__PURE__ */ (() => [
  TARGET_TABLE_TARGETS_QD_281_2014,
  TARGET_TABLE_TARGETS_QD_1373_2021,
  TARGET_TABLE_TARGETS_QD_387_2022,
  TARGET_TABLE_TARGETS_QD_677_2022,
  TARGET_TABLE_TARGETS_DONG_THAP_2030,
  TARGET_TABLE_TARGETS_HCMC_2023,
])();
