import type { Plan } from '../../programme/plan/index.js';
import { PLANS } from '../generated/plans.js';

/**
 * The five source documents (shared/seeds) as plan data (data/plans/), in the seeds' order: 000 Long An's 2020
 * yearbook plan, 001 Đồng Tháp's plan to 2030 (an OCR copy whose number and date are lost), 002 Ho Chi Minh City's
 * joint plan 59/KH-SGDĐT-HKH of 09/5/2023, 003 Hải Phòng's plan for the 2024 Study Promotion Month, and 004 Bến Tre's
 * co-ordination programme 2381 of 21/11/2017 for 2017–2020; then any file of data/plans/ added since, by name
 * (`npm run data:catalogue`). Frozen.
 */
export const SEED_PLANS: readonly Plan[] = PLANS;
