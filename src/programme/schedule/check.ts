import { bool, int, isoDate, label, list, obj, type Check } from '../../core/internal/check.js';
import { nodeId } from '../../document/dated-entry/check.js';
import { sourceRef } from '../../document/legal-source/check.js';

// The zod-free checks of phases and recurring events (`phaseSchema`, `scheduleSchema`, `recurringEventSchema`).

/** @internal */
export const phase: Check = obj({
  id: nodeId,
  label,
  start: isoDate,
  end: isoDate,
  'deliverable?': label,
  'responsible?': label,
  'deadline?': isoDate,
});
/** @internal */
export const schedule: Check = list(phase, 0, 200);

const dayOfYear = obj({ month: int(1, 12), day: int(1, 31) });
/** @internal */
export const recurringEvent: Check = obj({
  id: nodeId,
  label,
  from: dayOfYear,
  'to?': dayOfYear,
  'source?': sourceRef,
  basis: label,
  'uncertain?': bool,
  'note?': label,
});
