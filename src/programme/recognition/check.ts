import type { Issue } from '../../core/errors/index.js';
import { bool, byKind, int, label, list, obj, oneOf, problemsOf, str, type Check } from '../../core/internal/check.js';
import { datedEntryFields, nodeId } from '../../document/dated-entry/check.js';
import { periodProblem } from '../../document/dated-entry/period.js';
import { confirmation, legalSource } from '../../document/legal-source/check.js';
import { READING_CONFIDENCE, RECOGNITION_FIELDS } from './keys.js';
import { readingIssues, type ReadingsOf } from './readings.js';

// The zod-free check of a recognition rule (`recognitionRuleSchema`, in schema.ts), which parseRecognitionRule runs.

const dayInCycle: Check = obj({ month: int(1, 12), day: int(1, 31), yearOffset: int(0, 2) });

const recognitionRule: Check = obj({
  ...datedEntryFields,
  registeringParty: label,
  evaluatingBody: label,
  recognizingAuthority: label,
  cycle: obj({ everyYears: int(1, 5) }),
  'evidencePeriod?': oneOf(['calendar-year']),
  'dossierDue?': dayInCycle,
  'decisionDue?': dayInCycle,
  'reportDue?': dayInCycle,
  validity: byKind({
    'years-after-recognition-year': obj({ kind: oneOf(['years-after-recognition-year']), years: int(1, 10) }),
    'months-from-decision': obj({ kind: oneOf(['months-from-decision']), months: int(1, 120) }),
    'one-cycle': obj({ kind: oneOf(['one-cycle']) }),
  }),
  'upgrade?': obj({ from: nodeId, to: nodeId, afterMonths: int(1, 120) }),
  sources: list(legalSource, 1, 20),
  'uncertain?': list(oneOf(RECOGNITION_FIELDS), 0, RECOGNITION_FIELDS.length),
  'notes?': list(obj({ text: label, 'about?': oneOf(RECOGNITION_FIELDS), 'uncertain?': bool }), 0, 50),
  'readings?': list(obj({ id: nodeId, label, 'evaluatingBody?': label, recognizingAuthority: label, reasoning: label, 'basis?': list(str(1, 64), 0, 20), confidence: oneOf(READING_CONFIDENCE) }), 2, 10),
  'reading?': nodeId,
  'readingConfirmed?': confirmation,
});

/** Every problem of a value as a recognition rule: its shape, then its period. @internal */
export function recognitionRuleIssues(value: unknown): Issue[] {
  const out = problemsOf(recognitionRule, value);
  if (out.length > 0) return out;
  const p = periodProblem(value as { validFrom: string; validTo?: string });
  if (p) return [{ path: p.path, code: p.code, message: { vi: p.vi, en: p.en } }];
  return readingIssues(value as ReadingsOf);
}
