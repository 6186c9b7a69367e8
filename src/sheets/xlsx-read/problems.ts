import { LearningSocietyError, type Label } from 'vn-learning-society';

/** The summary of every error of reading a workbook. */
export const NOT_A_WORKBOOK: Label = { vi: 'Không đọc được tệp Excel', en: 'Cannot read the Excel file' };

/**
 * Throws the error of a workbook that cannot be read: `invalid_workbook` (not a workbook, or damaged) or `too_large`
 * (above one of the limits of `ReadWorkbookOptions`, whose value is the issue's `maximum`).
 */
export function refuse(code: 'invalid_workbook', message: Label): never;
export function refuse(code: 'too_large', message: Label, maximum: number): never;
export function refuse(code: 'invalid_workbook' | 'too_large', message: Label, maximum?: number): never {
  const issue = code === 'too_large' ? { path: [], code, message, maximum: maximum! } : { path: [], code, message };
  throw new LearningSocietyError('invalid_input', NOT_A_WORKBOOK, [issue]);
}

/** A damaged file: `invalid_workbook`, saying what is wrong in `part` (a file inside the `.xlsx`). */
export function damaged(part: string, what: Label): never {
  refuse('invalid_workbook', { vi: `tệp .xlsx bị hỏng (${part}: ${what.vi})`, en: `the .xlsx file is damaged (${part}: ${what.en})` });
}

/** A whole number with its thousands grouped as each language writes them: 1.048.576 / 1,048,576. */
export function count(n: number): Label {
  const digits = String(Math.trunc(n));
  let en = '';
  for (let i = 0; i < digits.length; i++) en += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return { vi: en.replaceAll(',', '.'), en };
}

/** A number of bytes in MB (1 MB = 1,048,576 bytes) when it is one, else in bytes. */
export function size(bytes: number): Label {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
    const mb = count(bytes / (1024 * 1024));
    return { vi: `${mb.vi} MB`, en: `${mb.en} MB` };
  }
  const b = count(bytes);
  return { vi: `${b.vi} byte`, en: `${b.en} bytes` };
}

/** Text from the file, shortened for a message (an id or a heading may be megabytes long). */
export function quoted(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
