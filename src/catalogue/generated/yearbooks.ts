// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { YearbookPlan } from '../../programme/yearbook/schema.js';
import { shipped } from '../shipped/index.js';
import { KH_SGDDT_LONG_AN_2020, QD_281_TTG } from './legal-sources.js';
import yearbookLongAn2020File from '../../../data/yearbooks/yearbook-long-an-2020.json' with { type: 'json' };

/** `data/yearbooks/yearbook-long-an-2020.json`. @internal */
export const YEARBOOK_PLAN_YEARBOOK_LONG_AN_2020: YearbookPlan = /* @__PURE__ */ shipped<YearbookPlan>(yearbookLongAn2020File, [KH_SGDDT_LONG_AN_2020, QD_281_TTG]);

/** Every shipped yearbook plan (data/yearbooks/), in catalogue order. @internal */
export const YEARBOOK_PLANS: readonly YearbookPlan[] = /* @__PURE__ */ (() => [
  YEARBOOK_PLAN_YEARBOOK_LONG_AN_2020,
])();
