/** Lists of a rule set whose elements are addressed by id (in patches and diffs). */
export const RULE_SET_KEYED_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['criteria', 'indicators', 'rules', 'classes', 'sources']);
