import { LearningSocietyError } from '../errors/index.js';
import { requirePath } from '../internal/args.js';
import { valueText } from '../internal/value-text.js';
import type { Label } from '../label/index.js';
import { closestName } from '../suggest/index.js';

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

function refuse(what: Label, value: unknown, known: readonly string[], names: Readonly<Record<string, Label>>, path: readonly (string | number)[], code: 'invalid_model' | 'invalid_level'): never {
  const text = valueText(value);
  const byName = typeof value === 'string' ? closestName(value, [...known, ...known.flatMap((k) => [names[k]!.vi, names[k]!.en])]) : undefined;
  const suggestion = byName === undefined ? undefined : (known.find((k) => k === byName || names[k]!.vi === byName || names[k]!.en === byName) ?? byName);
  throw new LearningSocietyError('invalid_input', { vi: `${what.vi} không hợp lệ: ${text}`, en: `Not a ${what.en}: ${text}` }, [
    {
      path,
      code,
      message: {
        vi: `${suggestion ? `có phải ý bạn là "${suggestion}"? ` : ''}các mã: ${known.join(', ')}`,
        en: `${suggestion ? `did you mean "${suggestion}"? ` : ''}the ids are: ${known.join(', ')}`,
      },
    },
  ]);
}

/**
 * Checks that a value from outside (plain JS, a form, a file) is a {@link Model} id, and says which one was meant
 * when it is not (`gia-dinh`, `Gia đình học tập` → `learning-family`).
 *
 * @throws {@link LearningSocietyError} `invalid_input` with an `invalid_model` issue.
 *
 * @example
 * ```ts
 * import { checkModel } from 'vn-learning-society';
 * checkModel('learning-clan'); // 'learning-clan'
 * try { checkModel('Dòng họ học tập'); } catch (e) { (e as Error).message; } // …did you mean "learning-clan"?…
 * ```
 */
export function checkModel(value: unknown, path: readonly (string | number)[] = []): Model {
  if (typeof value === 'string' && (MODELS as readonly string[]).includes(value)) return value as Model;
  requirePath(path, 'path');
  return refuse({ vi: 'Mô hình', en: 'model' }, value, MODELS, MODEL_LABELS, path, 'invalid_model');
}

/**
 * Checks that a value from outside is a {@link Level} id (see {@link checkModel}).
 *
 * @throws {@link LearningSocietyError} `invalid_input` with an `invalid_level` issue.
 *
 * @example
 * ```ts
 * import { checkLevel } from 'vn-learning-society';
 * checkLevel('commune'); // 'commune'
 * try { checkLevel('cấp xã'); } catch (e) { (e as Error).message; } // …did you mean "commune"?…
 * ```
 */
export function checkLevel(value: unknown, path: readonly (string | number)[] = []): Level {
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as Level;
  requirePath(path, 'path');
  return refuse({ vi: 'Cấp', en: 'level' }, value, LEVELS, LEVEL_LABELS, path, 'invalid_level');
}
