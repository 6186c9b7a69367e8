import { Option } from 'commander';
import type { Lang } from 'vn-learning-society';
import { INPUT_FORMATS, type InputFormat } from './io.js';

/**
 * The options several commands share, defined once: the same flags, choices and words wherever they appear. A command
 * adds one where its help lists it, in its own chain of calls (`.addOption(commonOption('sheet', lang))`), so that
 * commander's chaining and the order of options in `--help` stay the command's; where the words must say what this
 * command reads or writes (`-i` of `rollup` is results, of `evaluate` assessments), the command gives its own.
 */
export type CommonOptionName = 'rules' | 'input' | 'inputFormat' | 'keep' | 'delimiter' | 'sheet' | 'force' | 'strict';

/** How a command adds a common option: its own words, whether it must be given, the input formats it reads. */
export interface CommonOptionSpec {
  /** The command's own words for it; by default the shared ones (`--keep`, `--delimiter`, `--sheet`). */
  readonly description?: string;
  /** Whether the command needs it (`-r` and `-i` by default, as most commands do). */
  readonly required?: boolean;
  /** `--input-format`: the formats the command reads (by default all four). */
  readonly formats?: readonly InputFormat[];
}

/** The `--delimiter` choices: `,`, `;` or `tab` (`csvOptions` says what each means to the CSV reader). */
export const DELIMITER_CHOICES = [',', ';', 'tab'] as const;

/** The shared words of the options that say the same in every command. */
const WORDS = {
  vi: {
    delimiter: 'dấu phân cách của tệp CSV (mặc định: theo dòng tiêu đề; Excel tiếng Việt dùng ;)',
    sheet: 'trang tính của tệp .xlsx, theo tên hoặc số thứ tự (mặc định: trang đầu tiên có tên chỉ báo ở dòng tiêu đề)',
    // Every command that reads an assessment sheet (`evaluate`, `rulesets impact`, `documents decision`): columns that
    // are not indicators (a hamlet, a name, what `template --keep` added), carried through, never refused as unknown.
    keep: 'các cột không phải chỉ báo, giữ nguyên và không tính điểm (vd. cột template --keep đã thêm), cách nhau bởi dấu phẩy: "Thôn,Họ tên chủ hộ,Ghi chú"',
  },
  en: {
    delimiter: 'the CSV separator (default: the one the header uses; Excel set to Vietnamese writes ;)',
    sheet: 'the sheet of an .xlsx file, by name or number (default: the first whose header names indicators)',
    keep: 'columns that are not indicators, carried through and not scored (e.g. those template --keep added), comma-separated: "Thôn,Họ tên chủ hộ,Ghi chú"',
  },
} as const;

/** Each common option's flags, and whether commands need it unless they say otherwise. */
const FLAGS: Readonly<Record<CommonOptionName, { readonly flags: string; readonly required: boolean }>> = {
  rules: { flags: '-r, --rules <ruleSet>', required: true },
  input: { flags: '-i, --input <file>', required: true },
  inputFormat: { flags: '--input-format <format>', required: false },
  keep: { flags: '--keep <columns>', required: false },
  delimiter: { flags: '--delimiter <separator>', required: false },
  sheet: { flags: '--sheet <sheet>', required: false },
  force: { flags: '--force', required: false },
  strict: { flags: '--strict', required: false },
};

/**
 * A common option of a command, in `lang`: `.addOption(commonOption('delimiter', lang))`,
 * `.addOption(commonOption('input', lang, { description: d.input }))`.
 */
export function commonOption(name: CommonOptionName, lang: Lang, spec: CommonOptionSpec = {}): Option {
  const { flags, required } = FLAGS[name];
  const shared = name === 'delimiter' || name === 'sheet' || name === 'keep' ? WORDS[lang][name] : undefined;
  const option = new Option(flags, spec.description ?? shared ?? '');
  if (spec.required ?? required) option.makeOptionMandatory();
  if (name === 'delimiter') option.choices([...DELIMITER_CHOICES]);
  if (name === 'inputFormat') option.choices([...(spec.formats ?? INPUT_FORMATS)]);
  return option;
}
