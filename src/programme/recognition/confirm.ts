import { dayMonthYear as dmy } from '../../core/calendar-date/index.js';
import type { Label } from '../../core/label/index.js';
import { requireObject } from '../../core/internal/args.js';
import type { Confirmation } from '../../document/legal-source/index.js';
import { READING_FIELDS } from './keys.js';
import type { RecognitionReading, RecognitionRule } from './schema.js';

/**
 * Which reading of an unsettled rule is in effect, and whether it is confirmed (cách hiểu đang áp dụng): what a
 * document, an explanation or `rulesets show` says of it.
 */
export interface ReadingStatus {
  /** The reading in effect. */
  readonly reading: RecognitionReading;
  /** The rule's other readings. */
  readonly others: readonly RecognitionReading[];
  /** Where the reading was confirmed, when it is. */
  readonly confirmed?: Confirmation;
  /** One sentence: the reading, and either where it was confirmed or that it is not, with the other readings. */
  readonly text: Label;
}

/**
 * The reading in effect of a rule that has readings, and whether it is confirmed; `undefined` for a rule without
 * readings (the law settles it).
 *
 * @example
 * ```ts
 * import { readingStatus, recognitionRule } from 'vn-learning-society';
 * const status = readingStatus(recognitionRule('learning-community', 'commune', '2025-11-15'));
 * status?.reading.id; // 'department-director'
 * status?.confirmed; // undefined: not confirmed
 * status?.text.en; // 'reading “The provincial Department recognises”, not confirmed; the other reading: “The commune chairperson recognises”'
 * ```
 */
export function readingStatus(rule: RecognitionRule): ReadingStatus | undefined {
  requireObject(rule, 'rule');
  const reading = rule.readings?.find((r) => r.id === rule.reading);
  if (reading === undefined) return undefined;
  const others = (rule.readings ?? []).filter((r) => r !== reading);
  const c = rule.readingConfirmed;
  const names = (lang: 'vi' | 'en') => others.map((r) => `“${r.label[lang]}”`).join(', ');
  const text: Label =
    c === undefined
      ? {
          vi: `cách hiểu “${reading.label.vi}”, chưa được xác nhận; cách hiểu khác: ${names('vi')}`,
          en: `reading “${reading.label.en}”, not confirmed; the other reading${others.length > 1 ? 's' : ''}: ${names('en')}`,
        }
      : {
          vi: `cách hiểu “${reading.label.vi}”, đã được ${c.by} xác nhận ngày ${dmy(c.on)} theo ${c.ref}${c.article ? `, ${c.article}` : ''}: “${c.quote}”`,
          en: `reading “${reading.label.en}”, confirmed by ${c.by} on ${dmy(c.on)} from ${c.ref}${c.article ? `, ${c.article}` : ''}: “${c.quote}”`,
        };
  return { reading, others, ...(c ? { confirmed: c } : {}), text };
}

/** Whether a field of a recognition rule is one a reading decides (see `READING_FIELDS`). @internal */
export function isReadingField(field: string | undefined): boolean {
  return field !== undefined && (READING_FIELDS as readonly string[]).includes(field);
}

/** The rule's `uncertain` without the fields a reading decides, or with them: `undefined` when it would be empty. @internal */
export function withReadingFieldsUncertain(uncertain: RecognitionRule['uncertain'], uncertainNow: boolean): RecognitionRule['uncertain'] {
  const rest = (uncertain ?? []).filter((f) => !isReadingField(f));
  const out = uncertainNow ? [...rest, ...READING_FIELDS] : rest;
  return out.length > 0 ? out : undefined;
}
