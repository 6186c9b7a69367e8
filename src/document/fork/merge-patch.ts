import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import { valueText } from '../../core/internal/value-text.js';
import { requireSet } from '../../core/internal/args.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/**
 * Applies a keyed merge patch (JSON Merge Patch, RFC 7386, extended for arrays of elements with an `id`):
 *
 * - an object merges into an object key by key; `null` removes the key;
 * - an object applied to one of the `keyedFields` (arrays of elements with an `id`) merges by id:
 *   `{ "adults": { … } }` patches the element with id `adults`, `{ "adults": null }` removes it, an id not yet
 *   present appends a new element (its `id` is taken from the key);
 * - in such a keyed patch, the key `"$order"` (a list of ids) gives the order of the resulting list: every id it has
 *   after the patch, each once (as Kubernetes' strategic merge patch does with `$setElementOrder`), so that a new
 *   element can go anywhere, not only at the end;
 * - anything else (a scalar, or an array) replaces the value.
 *
 * The result is a fresh copy; neither input is modified. Patches must already be checked JSON
 * (see {@link checkUntrustedJson}).
 *
 * @example
 * ```ts
 * import { applyKeyedMergePatch } from 'vn-learning-society';
 * const base = { criteria: [{ id: 'a', points: 1 }, { id: 'b', points: 2 }], note: 'x' };
 * const patched = applyKeyedMergePatch(base, { criteria: { a: { points: 5 }, b: null }, note: null }, new Set(['criteria']));
 * patched; // { criteria: [{ id: 'a', points: 5 }] }
 * base.criteria.length; // 2
 * // A new element placed first:
 * const first = applyKeyedMergePatch(base, { criteria: { c: { points: 3 }, $order: ['c', 'a', 'b'] } }, new Set(['criteria'])) as typeof base;
 * first.criteria.map((c) => c.id); // ['c', 'a', 'b']
 * ```
 */
export function applyKeyedMergePatch(base: unknown, patch: unknown, keyedFields: ReadonlySet<string>, options: KeyedMergeOptions = {}): unknown {
  requireSet(keyedFields, 'keyedFields');
  const issues: Issue[] = [];
  const out = merge(base as Json | undefined, patch as Json, [], { issues, keyedFields, claim: options.claim === true });
  if (issues.length > 0) {
    throw new LearningSocietyError(
      'invalid_patch',
      { vi: 'Bản sửa đổi không áp dụng được', en: 'The patch cannot be applied' },
      issues,
    );
  }
  return out;
}

function isObject(v: unknown): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Options of {@link applyKeyedMergePatch}. */
export interface KeyedMergeOptions {
  /**
   * A value the patch sets makes the node it belongs to the patch's own: an object marked `"uncertain": true` in the
   * base loses the mark when the patch sets one of its values directly (a number, text, list or `null`), unless the
   * patch sets `uncertain` itself, or records where the value was confirmed (`confirmed`). Forks use it: a province that
   * sets its own threshold, or confirms the base's from its text, vouches for it.
   */
  readonly claim?: boolean;
}

interface Ctx {
  readonly issues: Issue[];
  readonly keyedFields: ReadonlySet<string>;
  readonly claim: boolean;
}

type Keyed = { id: string; [k: string]: Json };

function clone(v: Json | undefined): Json | undefined {
  if (Array.isArray(v)) return v.map((e) => clone(e) as Json);
  if (isObject(v)) {
    const o: { [k: string]: Json } = {};
    for (const k of Object.keys(v)) o[k] = clone(v[k]) as Json;
    return o;
  }
  return v;
}

function merge(base: Json | undefined, patch: Json, path: Path, ctx: Ctx): Json {
  if (!isObject(patch)) return clone(patch) as Json;
  const field = path[path.length - 1];
  if (typeof field === 'string' && ctx.keyedFields.has(field) && (base === undefined || Array.isArray(base))) {
    return mergeKeyed((base ?? []) as Keyed[], patch, path, ctx);
  }
  const out: { [k: string]: Json } = isObject(base) ? (clone(base) as { [k: string]: Json }) : {};
  for (const k of Object.keys(patch)) {
    const v = patch[k]!;
    if (k === ORDER) {
      ctx.issues.push({
        path: [...path, k],
        code: 'order_not_keyed',
        message: { vi: '"$order" chỉ dùng cho danh sách phần tử có mã', en: '"$order" applies only to lists whose elements have ids' },
      });
      continue;
    }
    if (v === null) delete out[k];
    else out[k] = merge(isObject(base) ? base[k] : undefined, v, [...path, k], ctx);
  }
  if (ctx.claim && out.uncertain === true && !Object.hasOwn(patch, 'uncertain') && setsOwnValue(patch)) delete out.uncertain;
  return out;
}

/**
 * Whether a patch of an object sets one of the object's own values (not only values further down), or records where
 * the value was confirmed (`confirmed`).
 */
function setsOwnValue(patch: { [k: string]: Json }): boolean {
  return Object.keys(patch).some((k) => k === 'confirmed' || (k !== ORDER && !isObject(patch[k])));
}

function mergeKeyed(base: Keyed[], patch: { [k: string]: Json }, path: Path, ctx: Ctx): Json {
  const { issues } = ctx;
  const ids = new Set(base.map((e) => e.id));
  const out: Json[] = [];
  for (const el of base) {
    if (!Object.hasOwn(patch, el.id)) out.push(clone(el) as Json);
    else if (patch[el.id] !== null) out.push(merge(el, patch[el.id]!, [...path, el.id], ctx));
  }
  for (const k of Object.keys(patch)) {
    if (ids.has(k) || k === ORDER) continue;
    const v = patch[k]!;
    if (v === null) {
      issues.push({
        path: [...path, k],
        code: 'unknown_id',
        id: k,
        message: { vi: `không có phần tử mã "${k}" để xóa`, en: `there is no element with id "${k}" to remove` },
      });
      continue;
    }
    if (!isObject(v)) {
      issues.push({
        path: [...path, k],
        code: 'invalid_type',
        message: { vi: 'phần tử mới phải là một đối tượng', en: 'a new element must be an object' },
      });
      continue;
    }
    if (v.id !== undefined && v.id !== k) {
      issues.push({
        path: [...path, k, 'id'],
        code: 'id_mismatch',
        message: { vi: `mã ${valueText(v.id)} khác với khóa "${k}"`, en: `id ${valueText(v.id)} differs from its key "${k}"` },
      });
      continue;
    }
    out.push({ id: k, ...(merge(undefined, v, [...path, k], ctx) as { [key: string]: Json }) });
  }
  return Object.hasOwn(patch, ORDER) ? reorder(out as Keyed[], patch[ORDER]!, [...path, ORDER], issues) : out;
}

/** The key of a keyed patch that gives the order of the resulting list. */
const ORDER = '$order';

/** The elements in the order `order` names, which must be every id of the list, each once. */
function reorder(list: Keyed[], order: Json, path: Path, issues: Issue[]): Json {
  const ids = list.map((e) => e.id);
  const valid =
    Array.isArray(order) &&
    order.length === ids.length &&
    order.every((id) => typeof id === 'string') &&
    new Set(order).size === order.length &&
    ids.every((id) => order.includes(id));
  if (!valid) {
    issues.push({
      path,
      code: 'invalid_order',
      message: {
        vi: `"$order" phải liệt kê mỗi mã của danh sách đúng một lần: ${ids.join(', ')}`,
        en: `"$order" must list every id of the list exactly once: ${ids.join(', ')}`,
      },
    });
    return list;
  }
  const byId = new Map(list.map((e) => [e.id, e]));
  return (order as string[]).map((id) => byId.get(id)!);
}
