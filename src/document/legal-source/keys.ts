// Constants of legal sources, without the zod schemas (schema.ts) that read them.

/**
 * Kinds of legal and administrative documents the programme cites:
 * quyết định (decision), thông tư (circular), công văn (official letter), hướng dẫn (guidance),
 * kế hoạch (plan), chương trình phối hợp (co-ordination programme).
 */
export const DOCUMENT_KINDS = [
  'decision',
  'circular',
  'decree',
  'directive',
  'resolution',
  'conclusion',
  'official-letter',
  'guidance',
  'plan',
  'coordination-programme',
  'criteria-set',
  'other',
] as const;
