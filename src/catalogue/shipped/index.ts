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
  const out = doc.sources ? { ...doc, sources: resolveSources(doc.sources, sources) } : doc;
  return deepFreeze(out) as T;
}

/**
 * A shipped fork read from `data/`, built on its base (itself shipped; `test/data.test.ts` proves it is the file's
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
  const meta: ForkMeta = refs ? { ...rest, sources: resolveSources(refs, sources) } : rest;
  return deepFreeze(assembleFork(base, fork.patch, meta, keyedFields)) as unknown as T;
}

/**
 * The register entries a file cites, each with the article the file gives. The catalogue passes the entries each
 * file cites; `test/data.test.ts` proves the wiring (every shipped document equals its file with the register's
 * entries in place).
 */
function resolveSources(refs: readonly SourceRef[], register: readonly LegalSource[]): LegalSource[] {
  return refs.map((r) => {
    const entry = register.find((s) => s.id === r.ref)!;
    return r.article === undefined ? entry : { ...entry, article: r.article };
  });
}
