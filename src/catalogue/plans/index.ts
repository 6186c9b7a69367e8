import type { Plan } from '../../programme/plan/index.js';
import { shipped } from '../shipped/index.js';
import longAnFile from '../../../data/plans/plan-long-an-yearbook-2020.json' with { type: 'json' };
import dongThapFile from '../../../data/plans/plan-dong-thap-2030.json' with { type: 'json' };
import hcmcFile from '../../../data/plans/plan-hcmc-2023.json' with { type: 'json' };
import haiPhongFile from '../../../data/plans/plan-hai-phong-study-promotion-month-2024.json' with { type: 'json' };
import benTreFile from '../../../data/plans/programme-ben-tre-2017-2020.json' with { type: 'json' };

/**
 * The five source documents (shared/seeds) as plan data (data/plans/), in the seeds' order: 000 Long An's 2020
 * yearbook plan, 001 Đồng Tháp's plan to 2030 (an OCR copy whose number and date are lost), 002 Ho Chi Minh City's
 * joint plan 59/KH-SGDĐT-HKH of 09/5/2023, 003 Hải Phòng's plan for the 2024 Study Promotion Month, and 004 Bến Tre's
 * co-ordination programme 2381 of 21/11/2017 for 2017–2020. Frozen.
 */
export const SEED_PLANS: readonly Plan[] = /* @__PURE__ */ (() =>
  [longAnFile, dongThapFile, hcmcFile, haiPhongFile, benTreFile].map((f) => shipped<Plan>(f)))();
