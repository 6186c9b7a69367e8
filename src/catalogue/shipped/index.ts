import { LearningSocietyError, type Issue } from '../../core/errors/index.js';
import { deepFreeze } from '../../core/internal/deep-freeze.js';
import { assembleFork } from '../../document/fork/assemble.js';
import type { DocumentPatch, ForkMeta } from '../../document/fork/index.js';
import type { LegalSource, SourceRef } from '../../document/legal-source/index.js';

/**
 * A file of `data/`: a document with the `$schema` line that lets an editor check it as a clerk types, and its
 * sources as references to the register (`data/legal-sources/`): `{ "ref": "qd-448-khvn", "article": "Mục A" }`.
 * The tests validate every file, so the catalogue reads them as they are.
 */
export interface DataFile {
  readonly $schema?: string;
  readonly sources?: readonly SourceRef[];
}

/** A fork file of `data/`: the id of its base, the fork's metadata (its own sources by reference) and the patch. */
export interface ForkFile extends DataFile {
  readonly base: string;
  readonly meta: Omit<ForkMeta, 'sources'> & { readonly sources?: readonly SourceRef[] };
  readonly patch: DocumentPatch;
}

/**
 * A shipped document read from `data/`: without its `$schema` line, each source reference replaced by the register's
 * entry (with the reference's article), and frozen, so that no caller can change what another caller sees.
 * `sources` are the register entries the file cites.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function shipped<T>(file: DataFile, sources: readonly LegalSource[] = []): T {
  const { $schema: _schema, ...doc } = file;
  const out = doc.sources ? { ...doc, sources: resolveShipped(doc.sources, sources) } : doc;
  return deepFreeze(out) as T;
}

/**
 * A shipped fork read from `data/`, built on its base (itself shipped; `test/catalogue/data.test.ts` proves it is the file's
 * `base`) by the one fork mechanism, with the fork's own sources taken from the register, and frozen.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function shippedFork<T extends { readonly id: string }>(
  file: DataFile,
  base: T,
  keyedFields: ReadonlySet<string>,
  sources: readonly LegalSource[] = [],
): T {
  const fork = file as ForkFile;
  const { sources: refs, ...rest } = fork.meta;
  const meta: ForkMeta = refs ? { ...rest, sources: resolveShipped(refs, sources) } : rest;
  return deepFreeze(assembleFork(base, fork.patch, meta, keyedFields)) as unknown as T;
}

/**
 * The one place a data file's source references are resolved: each `{ "ref": "<id>", "article"?: "…" }` of `list`
 * becomes the register's entry (with the reference's article); an item without `ref` is a whole source (a province's
 * own document, which the register cannot hold) and is kept as it is. A reference the register does not hold, or one
 * with other keys than `ref` and `article`, is reported in `issues` (at `path`) and left in place.
 *
 * The catalogue passes the entries each shipped file cites (so that a bundle carries only those; the wiring is
 * generated from the files' references by `npm run data:catalogue`, which refuses a reference the register lacks); `parseRuleSetFile` and the other public loaders of data files pass the whole register.
 *
 * @internal
 */
export function resolveSources(
  list: readonly unknown[],
  register: readonly LegalSource[],
  path: readonly (string | number)[] = ['sources'],
  issues: Issue[] = [],
  /** The nearest id of the register, for "did you mean" (the loaders pass `closestName`; the catalogue, which needs none, keeps it out of its bundles). */
  nearest: (ref: string, ids: readonly string[]) => string | undefined = () => undefined,
): unknown[] {
  return list.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || !('ref' in item)) return item;
    const { ref, article, ...rest } = item as { ref: unknown; article?: unknown };
    const at = [...path, i];
    const extra = Object.keys(rest);
    if (extra.length > 0) {
      issues.push({ path: at, code: 'unrecognized_keys', message: { vi: `một tham chiếu căn cứ chỉ có "ref" và "article"; thừa: ${extra.join(', ')}`, en: `a source reference has only "ref" and "article"; unknown: ${extra.join(', ')}` } });
      return item;
    }
    const entry = typeof ref === 'string' ? register.find((s) => s.id === ref) : undefined;
    if (!entry) {
      const near = typeof ref === 'string' ? nearest(ref, register.map((s) => s.id)) : undefined;
      const hint = { vi: near ? `; có phải ý bạn là "${near}"?` : '', en: near ? `; did you mean "${near}"?` : '' };
      issues.push(
        typeof ref === 'string'
          ? { path: [...at, 'ref'], code: 'unknown_source', id: ref, ...(near ? { suggestion: near } : {}), message: { vi: `không có văn bản "${ref}" trong danh mục căn cứ (data/legal-sources/)${hint.vi}`, en: `no document "${ref}" in the register of legal sources (data/legal-sources/)${hint.en}` } }
          : { path: [...at, 'ref'], code: 'invalid_type', message: { vi: 'cần mã văn bản (chuỗi ký tự)', en: 'Invalid input: expected string' } },
      );
      return item;
    }
    return article === undefined ? entry : { ...entry, article };
  });
}

/** The register entries a shipped file cites, each with the article the file gives; a reference not given is a bug of the catalogue's wiring. */
function resolveShipped(refs: readonly SourceRef[], register: readonly LegalSource[]): LegalSource[] {
  const issues: Issue[] = [];
  const out = resolveSources(refs, register, ['sources'], issues);
  if (issues.length > 0) throw new LearningSocietyError('invalid_input', { vi: 'Dữ liệu đi kèm không hợp lệ', en: 'Invalid shipped data' }, issues);
  return out as LegalSource[];
}
