// Constants of target tables, without the zod schemas (schema.ts) that read them.

/**
 * What a share is a share of (cơ sở tính):
 * `all` (every unit of the population, e.g. all households), `registered` (those that registered for the title),
 * `evaluated` (those evaluated), or `parent` (the units that met the parent target: "of which" a share of a share).
 */
export const TARGET_BASES = ['all', 'registered', 'evaluated', 'parent'] as const;
/** Lists of a target table whose elements are addressed by id (in patches and diffs). */
export const TARGET_TABLE_KEYED_FIELDS: ReadonlySet<string> = new Set(['targets', 'sources']);
