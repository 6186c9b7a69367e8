import { LearningSocietyError, type Label } from 'vn-learning-society';

/** A wrong argument from plain JavaScript, as a `LearningSocietyError` that names it (never a `TypeError` from inside). */
export function refuseArgument(name: string, expected: Label, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  throw new LearningSocietyError('invalid_input', { vi: `Đối số "${name}" không hợp lệ`, en: `Invalid argument "${name}"` }, [
    { path: [name], code: 'invalid_type', message: { vi: `cần ${expected.vi}, nhận được ${got}`, en: `expected ${expected.en}, got ${got}` } },
  ]);
}

/** `options` of the parser: an object whose limits are positive whole numbers and whose file name is text. */
export function checkParseOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) refuseArgument('options', { vi: 'một đối tượng tùy chọn', en: 'an options object' }, options);
  const o = options as Record<string, unknown>;
  if (o.fileName !== undefined && typeof o.fileName !== 'string') refuseArgument('options.fileName', { vi: 'tên tệp (chuỗi)', en: 'a file name (string)' }, o.fileName);
  for (const k of ['maxLength', 'maxCases'] as const) {
    if (o[k] !== undefined && !(Number.isSafeInteger(o[k]) && (o[k] as number) > 0)) refuseArgument(`options.${k}`, { vi: 'một số nguyên dương', en: 'a positive whole number' }, o[k]);
  }
}
