import { Help, type Command, type Option } from 'commander';
import type { Lang } from 'vn-learning-society';

/**
 * The language the command line speaks, read from the arguments before they are parsed (so that `--help` is in it
 * too): `--lang en`, `-l en`, `--lang=en`; Vietnamese otherwise.
 */
export function languageOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if ((a === '--lang' || a === '-l') && args[i + 1] === 'en') return 'en';
    if (a === '--lang=en' || a === '-len') return 'en';
  }
  return 'vi';
}

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Đối số:',
  'Global Options:': 'Tùy chọn chung:',
};

/** Commander's own sentences and their Vietnamese, replaced in order (plain text, no patterns: linear time). */
const PHRASES: readonly (readonly [string, string])[] = [
  ["error: required option '", "lỗi: thiếu tùy chọn bắt buộc '"],
  ["' not specified", "'"],
  ["error: unknown option '", "lỗi: không có tùy chọn '"],
  ["error: unknown command '", "lỗi: không có lệnh '"],
  ["error: missing required argument '", "lỗi: thiếu đối số bắt buộc '"],
  ["error: too many arguments for '", "lỗi: quá nhiều đối số cho lệnh '"],
  ['error: too many arguments', 'lỗi: quá nhiều đối số'],
  ["' argument missing", "' chưa có giá trị"],
  ["error: option '", "lỗi: tùy chọn '"],
  ["' argument '", "' có giá trị '"],
  ["' is invalid.", "' không hợp lệ."],
  ['Allowed choices are ', 'Các giá trị được phép: '],
  ['(Did you mean ', '(Có phải ý bạn là '],
  ['Expected ', 'Cần '],
  [' arguments but got ', ' đối số nhưng có '],
  [' argument but got ', ' đối số nhưng có '],
  ['(add --help for additional information)', '(thêm --help để xem hướng dẫn)'],
];

/** Commander's message in Vietnamese. */
export function translateCommanderMessage(text: string): string {
  let s = text;
  for (const [en, vi] of PHRASES) s = s.split(en).join(vi);
  return s;
}

/** Sets the help's titles, option notes and the help option itself in the language; call before adding commands. */
export function speak(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  const words = (text: string) => text.replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
  program.configureHelp({
    styleTitle: (title: string) => TITLES[title] ?? title,
    subcommandTerm(this: Help, cmd: Command): string {
      return words(Help.prototype.subcommandTerm.call(this, cmd));
    },
    commandUsage(this: Help, cmd: Command): string {
      return words(Help.prototype.commandUsage.call(this, cmd));
    },
    optionDescription(this: Help, option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`giá trị: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`mặc định: ${String(option.defaultValue)}`);
      return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  });
  program.helpOption('-h, --help', 'hiện hướng dẫn này');
  program.helpCommand('help [lệnh]', 'hướng dẫn của một lệnh');
}
