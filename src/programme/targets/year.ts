import { LearningSocietyError } from '../../core/errors/index.js';
import { valueText } from '../../core/internal/value-text.js';

/** Refuses a year that is not a whole number. @internal */
export function checkTargetYear(year: number): void {
  if (!Number.isInteger(year)) {
    throw new LearningSocietyError('invalid_input', { vi: 'Năm không hợp lệ', en: 'Invalid year' }, [
      { path: [], code: 'invalid_year', message: { vi: `${valueText(year)} không phải năm hợp lệ`, en: `${valueText(year)} is not a valid year` } },
    ]);
  }
}
