import { LearningSocietyError } from '../../core/errors/index.js';
import { prefixIssue } from '../../core/errors/prefix.js';
import { problemsOf } from '../../core/internal/check.js';
import { checkUntrustedJson, type InputLimits } from '../../core/untrusted/index.js';
import { forkMeta } from './meta-check.js';
import { explainForkError } from './explain.js';
import { assembleFork } from './assemble.js';
import type { applyKeyedMergePatch } from './merge-patch.js';
import { requireObject } from '../../core/internal/args.js';
import type { ForkMeta } from './types.js';

/**
 * A patch to a document (bản sửa đổi): the fields to change, in the shape of the document, where the elements of
 * its keyed lists (a rule set's `criteria`, `indicators`, `rules`, `classes` and `sources`; a target table's
 * `targets`) are addressed by id (see {@link applyKeyedMergePatch}). `null` removes.
 *
 * @example
 * ```ts
 * import type { DocumentPatch } from 'vn-learning-society';
 * const patch: DocumentPatch = {
 *   outcome: { rules: { 'min-total': { points: 85 } } },
 *   criteria: { adults: { label: { vi: 'Việc học của người lớn' } } },
 * };
 * ```
 */
export type DocumentPatch = { readonly [field: string]: unknown };

/**
 * A patch to a rule set.
 *
 * @deprecated Use {@link DocumentPatch}: one patch format serves every kind of document.
 */
export type RuleSetPatch = DocumentPatch;

export type { ForkMeta } from './types.js';

/** Fields a patch may not set: they come from {@link ForkMeta}. */
const META_FIELDS = ['schemaVersion', 'id', 'jurisdiction', 'derivedFrom'] as const;

/** What {@link forkDocument} needs to know about a kind of dated, sourced document (rule set, target table). */
export interface ForkableKind<T> {
  /** Lists whose elements a patch addresses by id. */
  readonly keyedFields: ReadonlySet<string>;
  /** Validates a document of this kind, throwing a {@link LearningSocietyError}. */
  readonly parse: (input: unknown) => T;
  readonly limits?: InputLimits;
}

/**
 * Derives a new document from a base by a keyed merge patch and fork metadata, and validates it: the machinery of
 * {@link forkRuleSet}, shared by every kind of dated, sourced document (rule sets, target tables).
 *
 * @example
 * ```ts
 * import { forkDocument, listTargets, parseTargetTable, TARGET_TABLE_KEYED_FIELDS } from 'vn-learning-society';
 * const national = listTargets().find((t) => t.id === 'targets-qd-387-2022')!;
 * const mine = forkDocument(national, { targets: { 'families-2025': { value: { percent: 85 } } } }, {
 *   id: 'targets-my-province', jurisdiction: { code: 'VN-X', name: { vi: 'Tỉnh X', en: 'X province' } },
 * }, { keyedFields: TARGET_TABLE_KEYED_FIELDS, parse: parseTargetTable });
 * mine.derivedFrom?.id; // 'targets-qd-387-2022'
 * ```
 */
export function forkDocument<T extends { id: string; sources: readonly unknown[] }>(
  base: T,
  patch: DocumentPatch | string,
  meta: ForkMeta,
  kind: ForkableKind<T>,
): T {
  requireObject(base, 'base');
  requireObject(kind, 'kind');
  const checkedPatch = checkUntrustedJson(patch, kind.limits);
  if (typeof checkedPatch !== 'object' || checkedPatch === null || Array.isArray(checkedPatch)) {
    throw new LearningSocietyError('invalid_patch', { vi: 'Bản sửa đổi không hợp lệ', en: 'Invalid patch' }, [
      { path: [], code: 'invalid_type', message: { vi: 'bản sửa đổi phải là một đối tượng', en: 'a patch must be an object' } },
    ]);
  }
  const m = checkUntrustedJson(meta, kind.limits) as ForkMeta;
  const metaIssues = problemsOf(forkMeta, m);
  if (metaIssues.length > 0) {
    throw new LearningSocietyError('invalid_patch', { vi: 'Thông tin bản phái sinh không hợp lệ', en: 'Invalid fork metadata' }, metaIssues.map((i) => prefixIssue(i, ['meta'])));
  }
  const setMeta = META_FIELDS.filter((f) => Object.hasOwn(checkedPatch, f));
  if (setMeta.length > 0) {
    throw new LearningSocietyError(
      'invalid_patch',
      { vi: 'Bản sửa đổi không hợp lệ', en: 'Invalid patch' },
      setMeta.map((f) => ({
        path: [f],
        code: 'meta_field',
        message: { vi: `"${f}" được đặt qua tham số meta, không qua bản sửa đổi`, en: `"${f}" is set through meta, not the patch` },
      })),
    );
  }
  const checkedBase = kind.parse(base);
  const assembled = assembleFork(checkedBase, checkedPatch, m, kind.keyedFields);
  try {
    return kind.parse(assembled);
  } catch (e) {
    if (e instanceof LearningSocietyError) throw explainForkError(e, assembled, checkedBase, kind.keyedFields);
    throw e;
  }
}

export { assembleFork } from './assemble.js';
