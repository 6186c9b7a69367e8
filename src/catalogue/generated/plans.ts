// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { Plan } from '../../programme/plan/schema.js';
import { shipped } from '../shipped/index.js';
import planLongAnYearbook2020File from '../../../data/plans/plan-long-an-yearbook-2020.json' with { type: 'json' };
import planDongThap2030File from '../../../data/plans/plan-dong-thap-2030.json' with { type: 'json' };
import planHcmc2023File from '../../../data/plans/plan-hcmc-2023.json' with { type: 'json' };
import planHaiPhongStudyPromotionMonth2024File from '../../../data/plans/plan-hai-phong-study-promotion-month-2024.json' with { type: 'json' };
import programmeBenTre20172020File from '../../../data/plans/programme-ben-tre-2017-2020.json' with { type: 'json' };

/** Every shipped plan (data/plans/), in catalogue order. @internal */
export const PLANS: readonly Plan[] = /* @__PURE__ */ (() => [
  /* @__PURE__ */ shipped<Plan>(planLongAnYearbook2020File),
  /* @__PURE__ */ shipped<Plan>(planDongThap2030File),
  /* @__PURE__ */ shipped<Plan>(planHcmc2023File),
  /* @__PURE__ */ shipped<Plan>(planHaiPhongStudyPromotionMonth2024File),
  /* @__PURE__ */ shipped<Plan>(programmeBenTre20172020File),
])();
