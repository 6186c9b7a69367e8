import * as z from 'zod';
import type { Label } from '../label/index.js';

/**
 * The learning models (mô hình học tập) the programme recognises.
 *
 * | id | vi |
 * |---|---|
 * | `learning-family` | Gia đình học tập |
 * | `learning-clan` | Dòng họ học tập |
 * | `learning-community` | Cộng đồng học tập |
 * | `learning-unit` | Đơn vị học tập |
 * | `learning-citizen` | Công dân học tập |
 */
export const MODELS = [
  'learning-family',
  'learning-clan',
  'learning-community',
  'learning-unit',
  'learning-citizen',
] as const;

/** One of {@link MODELS}. */
export type Model = (typeof MODELS)[number];

/**
 * The level at which a model is recognised, where the model has levels: a community of a hamlet
 * (`hamlet`, cấp thôn/ấp/bản/tổ dân phố) or of a commune (`commune`, cấp xã), district (`district`, cấp huyện)
 * or province (`province`, cấp tỉnh); a unit at the grass roots (`grassroots`, ở cơ sở thuộc xã quản lý).
 */
export const LEVELS = ['hamlet', 'commune', 'district', 'province', 'grassroots'] as const;

/** One of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number];

/** Zod schema of a {@link Model} id. */
export const modelSchema = z.enum(MODELS);
/** Zod schema of a {@link Level} id. */
export const levelSchema = z.enum(LEVELS);

/** Official names of the models and levels, for reports. */
export const MODEL_LABELS: Readonly<Record<Model, Label>> = {
  'learning-family': { vi: 'Gia đình học tập', en: 'Learning family' },
  'learning-clan': { vi: 'Dòng họ học tập', en: 'Learning clan' },
  'learning-community': { vi: 'Cộng đồng học tập', en: 'Learning community' },
  'learning-unit': { vi: 'Đơn vị học tập', en: 'Learning unit' },
  'learning-citizen': { vi: 'Công dân học tập', en: 'Learning citizen' },
};

/** Official names of the levels, for reports. */
export const LEVEL_LABELS: Readonly<Record<Level, Label>> = {
  hamlet: { vi: 'cấp thôn, ấp, bản, tổ dân phố', en: 'hamlet or residential group' },
  commune: { vi: 'cấp xã', en: 'commune' },
  district: { vi: 'cấp huyện', en: 'district' },
  province: { vi: 'cấp tỉnh', en: 'province' },
  grassroots: { vi: 'ở cơ sở thuộc cấp xã quản lý', en: 'grass roots, managed by the commune' },
};
