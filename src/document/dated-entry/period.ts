// The check of a document's period, without the schemas of index.ts (the check of a rule set that scoring runs uses it).

/**
 * The problem with a document's period, when its last day comes before its first: `[path, code, en, vi]` for the
 * caller's report, or `undefined` when the period is fine.
 *
 * @internal
 */
export function periodProblem(doc: { readonly validFrom?: string; readonly validTo?: string }): { path: ['validTo']; code: 'invalid_period'; en: string; vi: string } | undefined {
  if (doc.validFrom === undefined || doc.validTo === undefined || doc.validTo >= doc.validFrom) return undefined;
  return {
    path: ['validTo'],
    code: 'invalid_period',
    en: `validTo ${doc.validTo} is before validFrom ${doc.validFrom}`,
    vi: `validTo ${doc.validTo} trước validFrom ${doc.validFrom}`,
  };
}
