// Constants of recognition rules, without the zod schemas (schema.ts) that read them.

/** Fields of a recognition rule that can be marked uncertain. */
export const RECOGNITION_FIELDS = [
  'registeringParty',
  'evaluatingBody',
  'recognizingAuthority',
  'cycle',
  'evidencePeriod',
  'dossierDue',
  'decisionDue',
  'reportDue',
  'validity',
  'upgrade',
  'validFrom',
  'validTo',
  'reading',
] as const;

/** How sure a reading of an unsettled rule is: `high`, `medium` or `low` (see `RecognitionReading`). */
export const READING_CONFIDENCE = ['high', 'medium', 'low'] as const;
/** The fields a reading decides: who evaluates, who recognises, and which reading is in effect. A confirmed reading
 * (`readingConfirmed`) leaves none of them uncertain. */
export const READING_FIELDS = ['evaluatingBody', 'recognizingAuthority', 'reading'] as const;
