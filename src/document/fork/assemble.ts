import type { ForkMeta } from './types.js';
import { applyKeyedMergePatch } from './merge-patch.js';

/**
 * A fork before validation: the base patched, then the fork's metadata applied (id, jurisdiction, `derivedFrom`,
 * title and dates, and the fork's own sources before the base's). Both inputs must already be checked; the
 * mechanism of {@link forkDocument}, and how the catalogue builds the shipped forks from `data/` (whose validity the
 * tests prove).
 *
 * @internal
 */
export function assembleFork(base: { readonly id: string }, patch: object, meta: ForkMeta, keyedFields: ReadonlySet<string>): Record<string, unknown> {
  const merged = applyKeyedMergePatch(base, patch, keyedFields, { claim: true }) as Record<string, unknown>;
  const derived: Record<string, unknown> = {
    ...merged,
    id: meta.id,
    jurisdiction: meta.jurisdiction,
    derivedFrom: { id: base.id, ...(meta.note ? { note: meta.note } : {}) },
  };
  // A fork is the province's own: without a title of its own it is named after the base and the jurisdiction (unless
  // the base is already that jurisdiction's).
  const baseTitle = (merged as { title?: unknown }).title;
  const baseCode = (base as { jurisdiction?: { code?: unknown } }).jurisdiction?.code;
  if (meta.title) derived.title = meta.title;
  else if (typeof baseTitle === 'object' && baseTitle !== null && 'vi' in baseTitle && 'en' in baseTitle && meta.jurisdiction.code !== 'VN' && meta.jurisdiction.code !== baseCode) {
    const t = baseTitle as { vi: string; en: string };
    derived.title = { vi: `${t.vi} — ${meta.jurisdiction.name.vi}`, en: `${t.en} — ${meta.jurisdiction.name.en}` };
  }
  if (meta.validFrom) derived.validFrom = meta.validFrom;
  if (meta.validTo) derived.validTo = meta.validTo;
  if (meta.sources) derived.sources = [...meta.sources, ...(merged.sources as unknown[])];
  return derived;
}

