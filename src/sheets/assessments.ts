import { closestName, indicatorsOf, LearningSocietyError, parseViDecimal, type Assessment, type IndicatorKind, type Label, type RuleSet } from 'vn-learning-society';
import { badArgument, requireFunction, requireOptions, requireRows, requireStrings, requireTable } from './args.js';
import { cellAddress, cellText, columnLetter, isBlankCell, type SheetCell, type SheetTable } from './cells.js';
import { fold, headingKey, isIdHeading, parseYesNo } from './words.js';
import { quoted } from './xlsx-read/problems.js';

/** What is wrong in a sheet, and where: the row, the cell when it is one cell's, what it is about, in vi and en. */
export interface SheetProblem {
  /** The sheet's row number (1-based); for a CSV file, the line the record starts on. */
  readonly row: number;
  /** The cell's address as a spreadsheet shows it (`D17`), when the problem is one cell's. */
  readonly cell?: string;
  /** What it is about: an indicator id, `id`, or a column heading. */
  readonly field: string;
  /** A stable code: `unknown_column`, `not_a_number`, `duplicate_id`, … */
  readonly code: SheetProblemCode;
  readonly message: Label;
}

/** The kinds of {@link SheetProblem}. */
export type SheetProblemCode =
  | 'unknown_column'
  | 'ambiguous_column'
  | 'duplicate_column'
  | 'same_indicator_twice'
  | 'kept_column_missing'
  | 'no_header'
  | 'unnamed_column'
  | 'not_a_number'
  | 'too_precise'
  | 'excel_error'
  | 'too_long'
  | 'date_not_number'
  | 'not_yes_no'
  | 'not_a_ratio'
  | 'blank_id'
  | 'duplicate_id';

/** One assessment read from a row, with the row's number and the cells of the columns carried through. */
export interface SheetAssessment {
  readonly row: number;
  readonly assessment: Assessment;
  /** The carried-through columns (`keep`), heading → cell. */
  readonly kept: Readonly<Record<string, SheetCell>>;
}

/** How to read assessments from rows of cells. */
export interface AssessmentReaderOptions {
  /** Headings of columns to carry through to each result unchanged (a hamlet, a name). */
  readonly keep?: readonly string[];
}

/** A column of the header, as the reader understood it. */
export interface ReaderColumn {
  readonly index: number;
  readonly heading: string;
  /** `indicator` (with its id), `id` (the record's id), `keep` (carried through), or `blank` (no heading). */
  readonly role: 'indicator' | 'id' | 'keep' | 'blank';
  readonly indicator?: string;
}

/** The result of reading one row: the assessment, or every problem of the row (a row is never half read). */
export type SheetRowResult = { readonly ok: true; readonly value: SheetAssessment } | { readonly ok: false; readonly problems: readonly SheetProblem[] };

/**
 * Reads rows of cells as assessments of one rule set, the way a commune's sheet is laid out: a header row, then one
 * row per household or unit. Created once per file; `header()` reads the header, `row()` each row after it.
 */
export interface AssessmentReader {
  /** Reads the header row; its problems (an unknown heading with the nearest name, a duplicate, …). */
  header(cells: readonly SheetCell[], row: number): SheetProblem[];
  /** Reads one row after the header. */
  row(cells: readonly SheetCell[], row: number): SheetRowResult;
  /** The columns of the header read last. */
  readonly columns: readonly ReaderColumn[];
  /**
   * Takes an id read elsewhere (a JSON record's `id`) into the same record of ids the id column fills: its problem
   * (`blank_id`, or `duplicate_id` naming the row that had it first), or undefined when it is new. A caller that
   * reads both kinds of record keeps no record of its own, so that each id is held once: duplicate ids can only be
   * found by remembering every distinct id (about 70 bytes each for ids of a dozen characters).
   */
  claimId(id: string, row: number): SheetProblem | undefined;
  /**
   * A JSON record (an assessment object with other fields beside it) split as `row` splits cells: the fields named in
   * `keep` carried through in `kept`, the rest the assessment. Own properties only, set as data (no setter runs, a
   * `__proto__` key stays a key). Reads no id: take one into the record of ids with {@link AssessmentReader.claimId}.
   */
  splitRecord(value: Readonly<Record<string, unknown>>): { readonly assessment: Assessment; readonly kept: Readonly<Record<string, unknown>> };
  /**
   * The cell an issue of scoring came from, for a row read by {@link AssessmentReader.row}: the path of an issue of
   * the assessment (`['points', 'children.results']`, `['facts', 'children.attendance', 'part']`, `['id']`) as the
   * cell's address in `row` (`G2`), its column's index and heading; undefined when no column of the header holds it
   * (an issue of the whole record, an indicator the sheet has no column for).
   *
   * @example
   * ```ts
   * import { getRuleSet } from 'vn-learning-society';
   * import { assessmentReader } from 'vn-learning-society/sheets';
   * const reader = assessmentReader(getRuleSet('learning-family-khvn-2015'));
   * reader.header(['Mã hộ', 'conditions.bookshelf', 'children.results'], 1);
   * reader.cellOf(['points', 'children.results'], 2); // { cell: 'C2', column: 2, heading: 'children.results' }
   * ```
   */
  cellOf(path: readonly (string | number)[], row: number): { readonly cell: string; readonly column: number; readonly heading: string } | undefined;
}

/** Longer than this, a cell that should hold a number or yes/no is refused without being parsed. */
const MAX_VALUE_LENGTH = 64;

/**
 * An id as it is compared with the others: in one Unicode form (NFC), without the characters that show nothing
 * (zero-width spaces, joiners, a byte-order mark, controls) and the spaces around it — so that `H1` and `H1` followed by
 * a zero-width space, which look the same on screen and in Excel, are one household and not two.
 */
function idKey(id: string): string {
  return id.normalize('NFC').replace(/[\p{Cf}\p{Cc}]/gu, '').trim();
}

const M = {
  unknownColumn: (ruleSet: string, heading: string, near: string | undefined, ids: readonly string[]): Label => {
    if (near) return { vi: `bộ tiêu chí ${ruleSet} không có chỉ báo này; có phải ý bạn là "${near}"?`, en: `rule set ${ruleSet} has no such indicator; did you mean "${near}"?` };
    const list = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, … (${ids.length})` : ids.join(', ');
    const h = heading.length > 40 || heading.includes('"') ? undefined : heading;
    return {
      vi: `bộ tiêu chí ${ruleSet} không có chỉ báo này; các cột được đọc là mã phiếu ("Mã …") và các chỉ báo, theo mã hoặc tên (${list}); một cột riêng${h ? ` như "${h}"` : ''} thì khai là cột giữ lại (keep; dòng lệnh: --keep "${h ?? 'tên cột'}") để chép sang kết quả`,
      en: `rule set ${ruleSet} has no such indicator; the columns read are the id ("Id", "Mã …") and the indicators, by id or label (${list}); a column of your own${h ? ` such as "${h}"` : ''} is declared as kept (keep; on the command line: --keep "${h ?? 'heading'}") to carry it to the results`,
    };
  },
  ambiguous: (ids: readonly string[]): Label => ({
    vi: `tên cột này là tên của nhiều chỉ báo (${ids.join(', ')}); hãy dùng mã chỉ báo`,
    en: `this heading is the label of several indicators (${ids.join(', ')}); use the indicator id`,
  }),
  duplicateColumn: (first: string): Label => ({ vi: `cột này lặp lại cột ${first}`, en: `this column repeats column ${first}` }),
  sameIndicatorTwice: (id: string): Label => ({ vi: `hai cột cùng là chỉ báo ${id}`, en: `two columns are indicator ${id}` }),
  keptMissing: { vi: 'cột này không có trong dòng tiêu đề', en: 'this column is not in the header' },
  unnamed: (cell: string, text: string, letter: string): Label => ({
    vi: `ô ${cell} có dữ liệu ("${text}") nhưng cột ${letter} không có tên ở dòng tiêu đề`,
    en: `cell ${cell} holds "${text}" but column ${letter} has no name in the header`,
  }),
  notNumber: (text: string): Label => ({ vi: `"${text}" không phải là số`, en: `"${text}" is not a number` }),
  tooPrecise: (text: string): Label => ({
    vi: `"${text}" có quá nhiều chữ số có nghĩa để giữ chính xác (tối đa 15); hãy làm tròn`,
    en: `"${text}" has more significant digits than can be kept exactly (at most 15); round it`,
  }),
  excelError: (text: string): Label => ({ vi: `ô báo lỗi Excel ${text}: công thức của ô không tính được; hãy sửa công thức hoặc ghi số`, en: `the cell shows Excel's error ${text}: its formula failed; fix the formula or type the value` }),
  tooLong: (length: number): Label => ({
    vi: `ô dài ${length} ký tự, quá dài cho một số hoặc có/không (tối đa ${MAX_VALUE_LENGTH})`,
    en: `the cell is ${length} characters long, too long for a number or yes/no (at most ${MAX_VALUE_LENGTH})`,
  }),
  dateNotNumber: (date: Date, ratio: boolean): Label => {
    const iso = cellText(date);
    const vi = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    return ratio
      ? {
          vi: `Excel đã đổi ô này thành ngày ${vi}; hãy định dạng cột là Văn bản (Text) rồi gõ lại dạng phần/tổng, vd. 2/3`,
          en: `Excel turned this cell into a date (${iso}); format the column as Text and type part/whole again, e.g. 2/3`,
        }
      : { vi: `ô này là ngày ${vi}, không phải số; hãy định dạng cột là Số (Number)`, en: `the cell is a date (${iso}), not a number; format the column as Number` };
  },
  notYesNo: (text: string): Label => ({ vi: `"${text}" không phải có/không`, en: `"${text}" is not yes/no` }),
  notRatio: (text: string): Label => ({ vi: `"${text}" không có dạng phần/tổng (vd. 2/3)`, en: `"${text}" is not part/whole (e.g. 2/3)` }),
  blankId: { vi: 'mã bỏ trống; mỗi phiếu cần một mã riêng', en: 'blank id; each assessment needs an id of its own' },
  duplicateId: (id: string, row: number): Label => ({ vi: `mã "${quoted(id, 60)}" trùng với dòng ${row}`, en: `id "${quoted(id, 60)}" is the same as on line ${row}` }),
  noHeader: (ruleSet: string): Label => ({
    vi: `không tìm thấy dòng tiêu đề có tên chỉ báo của bộ tiêu chí ${ruleSet} trong 20 dòng đầu`,
    en: `no header row naming indicators of rule set ${ruleSet} in the first 20 rows`,
  }),
} as const;

/** A cell as short text for a message: long text is cut. */
function shown(cell: SheetCell): string {
  const t = cellText(cell);
  return t.length > 40 ? `${t.slice(0, 37)}…` : t;
}

/**
 * A number from a cell: a number as it is, text read the Vietnamese way (`7,5`, `1.234`), or with a decimal point where
 * a dot cannot group thousands (`7.5`, `7.25`; `7.500` is seven thousand five hundred). Text with more digits than a
 * number keeps exactly is refused (`too_precise`), never rounded silently.
 */
function numberOf(cell: SheetCell, ratio: boolean): number | { code: SheetProblemCode; message: Label } {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : { code: 'not_a_number', message: M.notNumber(String(cell)) };
  if (cell instanceof Date) return { code: 'date_not_number', message: M.dateNotNumber(cell, ratio) };
  if (typeof cell !== 'string') return { code: 'not_a_number', message: M.notNumber(shown(cell)) };
  const text = cell.trim();
  if (text.length > MAX_VALUE_LENGTH) return { code: 'too_long', message: M.tooLong(text.length) };
  try {
    const exact = parseViDecimal(text, { commaThree: text.includes(',') ? 'decimal' : 'refuse', dotDecimal: 'unambiguous' });
    const n = exact.toNumber();
    return exact.eq(n) ? n : { code: 'too_precise', message: M.tooPrecise(text) };
  } catch (e) {
    if (e instanceof LearningSocietyError) return { code: 'not_a_number', message: M.notNumber(text) };
    throw e;
  }
}

/** Excel's error values, as a cell shows them. */
const EXCEL_ERRORS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#SPILL!', '#CALC!', '#GETTING_DATA']);
const isExcelError = (text: string) => text.length <= 16 && EXCEL_ERRORS.has(text.trim().toUpperCase());

/** Digits only, 1 to 15 of them (a part or a whole); linear. */
function digits(s: string): boolean {
  if (s.length < 1 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A reader of assessments of `ruleSet` from rows of cells (an `.xlsx` sheet, a CSV file): headings may be indicator
 * ids or their labels in either language, as `rulesets show` prints them, matched without regard to case, diacritics
 * and a hint in square brackets; `Mã …` is the id. Each cell is read by its indicator's kind: points and counts as
 * numbers (`7,5` or 7.5), yes/no as `có`/`không`/`x`/`1`/`0` or TRUE/FALSE, a ratio as `2/3`. A bad cell is named by
 * its address; a date where a number belongs, and a ratio Excel turned into a date, say so.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { assessmentReader } from 'vn-learning-society/sheets';
 * const reader = assessmentReader(getRuleSet('learning-family-khvn-2015'));
 * reader.header(['Mã hộ', 'children.attendance', 'conditions.bookshelf'], 1); // []
 * const r = reader.row(['H01', '2/3', 'có'], 2);
 * r.ok && r.value.assessment.facts; // { 'children.attendance': { part: 2, whole: 3 }, 'conditions.bookshelf': true }
 * ```
 */
export function assessmentReader(ruleSet: RuleSet, options: AssessmentReaderOptions = {}): AssessmentReader {
  const s = readerState(ruleSet, options);
  return {
    header: (cells, row) => readHeader(s, cells, row),
    row: (cells, row) => readRow(s, cells, row),
    get columns() {
      return s.columns;
    },
    cellOf: (path, row) => cellOfPath(s, path, row),
    claimId: (id, row) => {
      if (typeof id !== 'string') badArgument('id', { vi: 'một chuỗi', en: 'a string' }, id);
      if (!Number.isSafeInteger(row)) badArgument('row', { vi: 'một số dòng', en: 'a row number' }, row);
      return claim(s, id, row);
    },
    splitRecord: (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) badArgument('value', { vi: 'một đối tượng', en: 'an object' }, value);
      return splitRecord(s.keep, value);
    },
  };
}

/** See {@link AssessmentReader.splitRecord}. */
function splitRecord(keep: readonly string[], value: Readonly<Record<string, unknown>>): { assessment: Assessment; kept: Record<string, unknown> } {
  if (keep.length === 0) return { assessment: value as Assessment, kept: {} };
  const assessment: Record<string, unknown> = {};
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(keep.includes(k) ? kept : assessment, k, { value: v, enumerable: true, writable: true, configurable: true });
  return { assessment: assessment as Assessment, kept };
}

/** What a reader knows of its rule set and options, and what it has read: the header's columns and the ids seen. */
interface ReaderState {
  readonly ruleSet: RuleSet;
  readonly indicators: ReturnType<typeof indicatorsOf>;
  readonly keep: readonly string[];
  /** The kept headings, folded → as given. */
  readonly keepKeys: ReadonlyMap<string, string>;
  readonly kinds: ReadonlyMap<string, IndicatorKind>;
  /** Each heading key (of an id or a label in either language) → the indicators it names. */
  readonly byName: ReadonlyMap<string, ReadonlySet<string>>;
  /** The names a heading is compared with for "did you mean". */
  readonly known: readonly string[];
  columns: ReaderColumn[];
  idColumn: number | undefined;
  /** Each id seen (as {@link idKey}) → the row it was first seen on. */
  readonly seenIds: Map<string, number>;
}

/** A reader's state before any header: the options checked, the indicators indexed by every name they go by. */
function readerState(ruleSet: RuleSet, options: AssessmentReaderOptions): ReaderState {
  const indicators = indicatorsOf(ruleSet);
  requireOptions(options);
  requireStrings(options.keep, 'options.keep');
  const keep = options.keep ?? [];
  const keepKeys = new Map(keep.map((k) => [fold(k), k]));
  const kinds = new Map<string, IndicatorKind>(indicators.map((i) => [i.id, i.kind]));
  const byName = new Map<string, Set<string>>();
  for (const i of indicators) {
    for (const name of [i.id, i.label.vi, i.label.en]) {
      const key = headingKey(name);
      const set = byName.get(key) ?? new Set<string>();
      set.add(i.id);
      byName.set(key, set);
    }
  }
  const known = [...indicators.flatMap((i) => [i.id, i.label.vi]), ...keep, 'id'];
  return { ruleSet, indicators, keep, keepKeys, kinds, byName, known, columns: [], idColumn: undefined, seenIds: new Map() };
}

/** Reads a header row into the reader's columns (forgetting the ids seen); its problems. */
function readHeader(s: ReaderState, cells: readonly SheetCell[], row: number): SheetProblem[] {
  requireRows([cells], 'cells');
  if (!Number.isSafeInteger(row)) badArgument('row', { vi: 'một số dòng', en: 'a row number' }, row);
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  s.columns = [];
  s.idColumn = undefined;
  s.seenIds.clear();
  cells.forEach((cell, index) => readHeading(s, cell, index, row, seen, problems));
  const counts = new Map<string, number>();
  for (const c of s.columns) if (c.indicator) counts.set(c.indicator, (counts.get(c.indicator) ?? 0) + 1);
  for (const [id, n] of counts) if (n > 1) problems.push({ row, field: id, code: 'same_indicator_twice', message: M.sameIndicatorTwice(id) });
  for (const k of s.keep) if (!s.columns.some((c) => c.role === 'keep' && c.heading === k)) problems.push({ row, field: k, code: 'kept_column_missing', message: M.keptMissing });
  return problems;
}

/** Reads one heading into a column (kept, id, indicator or blank); a duplicate, ambiguous or unknown one is a problem. */
function readHeading(s: ReaderState, cell: SheetCell, index: number, row: number, seen: Map<string, number>, problems: SheetProblem[]): void {
  const { columns } = s;
  const heading = cellText(cell).trim();
  const at = (code: SheetProblemCode, message: Label): SheetProblem => ({ row, cell: cellAddress(row, index), field: heading, code, message });
  if (heading === '') {
    columns.push({ index, heading, role: 'blank' });
    return;
  }
  const key = headingKey(heading);
  if (seen.has(key)) problems.push(at('duplicate_column', M.duplicateColumn(columnLetter(seen.get(key)!))));
  seen.set(key, index);
  if (s.keepKeys.has(fold(heading))) {
    columns.push({ index, heading: s.keepKeys.get(fold(heading))!, role: 'keep' });
    return;
  }
  if (isIdHeading(heading)) {
    if (s.idColumn === undefined) s.idColumn = index;
    columns.push({ index, heading, role: 'id' });
    return;
  }
  const ids = s.byName.get(key);
  if (ids && ids.size === 1) {
    columns.push({ index, heading, role: 'indicator', indicator: [...ids][0]! });
    return;
  }
  columns.push({ index, heading, role: 'blank' });
  if (ids && ids.size > 1) problems.push(at('ambiguous_column', M.ambiguous([...ids])));
  else problems.push(at('unknown_column', M.unknownColumn(s.ruleSet.id, heading, closestName(heading.slice(0, 200), s.known), s.indicators.map((i) => i.id))));
}

/** Takes an id into the record of ids seen: its problem (blank, or seen before on another row), or undefined. */
function claim(s: ReaderState, id: string, row: number, cell?: string): SheetProblem | undefined {
  const at = cell !== undefined ? { row, cell } : { row };
  const key = idKey(id);
  if (key === '') return { ...at, field: 'id', code: 'blank_id', message: M.blankId };
  const first = s.seenIds.get(key);
  if (first !== undefined) return { ...at, field: 'id', code: 'duplicate_id', message: M.duplicateId(id, first) };
  s.seenIds.set(key, row);
  return undefined;
}

/** What a row's cells are read into. */
interface RowValues {
  readonly problems: SheetProblem[];
  readonly points: Record<string, number>;
  readonly facts: Record<string, boolean | number | { part: number; whole: number }>;
  readonly kept: Record<string, SheetCell>;
}

/** Reads one row after the header: the assessment, or every problem of the row. */
function readRow(s: ReaderState, cells: readonly SheetCell[], row: number): SheetRowResult {
  requireRows([cells], 'cells');
  if (!Number.isSafeInteger(row)) badArgument('row', { vi: 'một số dòng', en: 'a row number' }, row);
  const into: RowValues = { problems: [], points: {}, facts: {}, kept: {} };
  const { problems, points, facts, kept } = into;
  let id: string | undefined;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index] ?? null;
    const column = s.columns[index];
    if (column === undefined || column.role === 'blank') {
      if (!isBlankCell(cell)) {
        const address = cellAddress(row, index);
        problems.push({ row, cell: address, field: column?.heading || columnLetter(index), code: 'unnamed_column', message: M.unnamed(address, shown(cell), columnLetter(index)) });
      }
      continue;
    }
    if (column.role === 'keep') {
      // Defined, not assigned: a column named __proto__ keeps its value like any other.
      Object.defineProperty(kept, column.heading, { value: cell, enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (column.role === 'id') {
      if (index === s.idColumn) id = cellText(cell).trim();
      continue;
    }
    if (isBlankCell(cell)) continue;
    readIndicatorCell(s, cell, column.indicator!, row, index, into);
  }
  if (s.idColumn !== undefined) {
    const problem = claim(s, id ?? '', row, cellAddress(row, s.idColumn));
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { row, assessment: { ...(id !== undefined ? { id } : {}), points, facts }, kept } };
}

/** Reads a cell of an indicator by the indicator's kind into the row's points or facts, or a problem at its address. */
function readIndicatorCell(s: ReaderState, cell: SheetCell, indicator: string, row: number, index: number, into: RowValues): void {
  const { problems, points, facts } = into;
  if (typeof cell === 'string' && isExcelError(cell)) {
    problems.push({ row, cell: cellAddress(row, index), field: indicator, code: 'excel_error', message: M.excelError(cell.trim()) });
    return;
  }
  const kind = s.kinds.get(indicator)!;
  const bad = (code: SheetProblemCode, message: Label) => problems.push({ row, cell: cellAddress(row, index), field: indicator, code, message });
  switch (kind) {
    case 'judged':
    case 'count': {
      const n = numberOf(cell, false);
      if (typeof n === 'number') (kind === 'judged' ? points : facts)[indicator] = n;
      else bad(n.code, n.message);
      break;
    }
    case 'boolean': {
      if (typeof cell === 'boolean') facts[indicator] = cell;
      else if (typeof cell === 'number' && (cell === 0 || cell === 1)) facts[indicator] = cell === 1;
      else if (typeof cell === 'string' && cell.trim().length > MAX_VALUE_LENGTH) bad('too_long', M.tooLong(cell.trim().length));
      else {
        const v = typeof cell === 'string' ? parseYesNo(cell) : undefined;
        if (v === undefined) bad('not_yes_no', M.notYesNo(shown(cell)));
        else facts[indicator] = v;
      }
      break;
    }
    case 'ratio': {
      if (cell instanceof Date) {
        bad('date_not_number', M.dateNotNumber(cell, true));
        break;
      }
      const text = cellText(cell).trim();
      const slash = text.length > MAX_VALUE_LENGTH ? -1 : text.indexOf('/');
      const part = slash < 0 ? '' : text.slice(0, slash).trim();
      const whole = slash < 0 ? '' : text.slice(slash + 1).trim();
      if (!digits(part) || !digits(whole)) bad(text.length > MAX_VALUE_LENGTH ? 'too_long' : 'not_a_ratio', text.length > MAX_VALUE_LENGTH ? M.tooLong(text.length) : M.notRatio(shown(cell)));
      else facts[indicator] = { part: Number(part), whole: Number(whole) };
      break;
    }
  }
}

/** The cell an issue of scoring came from (see {@link AssessmentReader.cellOf}). */
function cellOfPath(s: ReaderState, path: readonly (string | number)[], row: number): ReturnType<AssessmentReader['cellOf']> {
  if (!Array.isArray(path)) badArgument('path', { vi: 'một đường dẫn (mảng)', en: 'a path (an array)' }, path);
  if (!Number.isSafeInteger(row) || row < 1) badArgument('row', { vi: 'một số dòng', en: 'a row number' }, row);
  const [section, id] = path;
  const column =
    section === 'id' && path.length === 1
      ? s.columns.find((c) => c.index === s.idColumn)
      : (section === 'points' || section === 'facts') && typeof id === 'string'
        ? s.columns.find((c) => c.role === 'indicator' && c.indicator === id && (s.kinds.get(id) === 'judged') === (section === 'points'))
        : undefined;
  return column === undefined ? undefined : { cell: cellAddress(row, column.index), column: column.index, heading: column.heading };
}

/** The rows looked at for a header. */
const HEADER_SEARCH_ROWS = 20;

/** How many different things `keyOf` recognises among a row's headings. */
export function headingScore(row: readonly SheetCell[], keyOf: (heading: string) => string | undefined): number {
  requireRows([row], 'row');
  if (typeof keyOf !== 'function') badArgument('keyOf', { vi: 'một hàm', en: 'a function' }, keyOf);
  const keys = new Set<string>();
  for (const c of row) {
    if (typeof c !== 'string' || c.length > 500) continue;
    const k = keyOf(c);
    if (k !== undefined) keys.add(k);
  }
  return keys.size;
}

/**
 * The index (0-based) of the header row of a sheet. With `keyOf` (what a heading names, e.g. an indicator's id):
 * the row of the first 20 that names the most different things, the first of equals. Otherwise, or when no row names
 * any: the first row with two filled cells, or one filled cell that is a single word (title rows above a header, a
 * merged title saved as one cell, have one filled cell of several words). Undefined for a blank sheet.
 */
export function findHeaderRow(rows: readonly (readonly SheetCell[])[], keyOf?: (heading: string) => string | undefined): number | undefined {
  requireRows(rows, 'rows');
  requireFunction(keyOf, 'keyOf');
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  if (keyOf) {
    let best: number | undefined;
    let bestScore = 0;
    for (let r = 0; r < limit; r++) {
      const score = headingScore(rows[r]!, keyOf);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    if (best !== undefined) return best;
  }
  for (let r = 0; r < limit; r++) {
    const filled = rows[r]!.filter((c) => !isBlankCell(c));
    if (filled.length >= 2) return r;
    if (filled.length === 1 && rows[r]!.length === 1 && !cellText(filled[0]!).trim().includes(' ')) return r;
  }
  return undefined;
}

/** What a heading names for a rule set: an indicator's id (by id or label, either language), or undefined. */
export function indicatorOfHeading(ruleSet: RuleSet): (heading: string) => string | undefined {
  const byName = new Map<string, string | null>();
  for (const i of indicatorsOf(ruleSet)) {
    for (const name of [i.id, i.label.vi, i.label.en]) {
      const key = headingKey(name);
      const had = byName.get(key);
      byName.set(key, had === undefined || had === i.id ? i.id : null);
    }
  }
  return (heading) => byName.get(headingKey(heading)) ?? undefined;
}

/** What {@link readAssessmentSheet} read: every good row, every problem, and the header's row number. */
export interface AssessmentSheetResult {
  readonly assessments: SheetAssessment[];
  readonly problems: SheetProblem[];
  /** The sheet row of the header (1-based), undefined when none was found. */
  readonly headerRow: number | undefined;
  /** The rows read after the header (blank rows are not counted). */
  readonly rowsRead: number;
}

/**
 * Reads a whole sheet of assessments: finds the header (title rows above it are skipped), then reads each row after
 * it; blank rows are skipped, every bad row is reported with its cells' addresses, and no good row is lost.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'vn-learning-society';
 * import { readAssessmentSheet } from 'vn-learning-society/sheets';
 * const r = readAssessmentSheet(getRuleSet('learning-family-khvn-2015'), {
 *   name: 'Phiếu',
 *   rows: [['PHIẾU ĐÁNH GIÁ GIA ĐÌNH HỌC TẬP'], ['Mã hộ', 'conditions.bookshelf'], ['H01', 'có'], ['H02', 'hmm']],
 * });
 * r.assessments.length; // 1
 * r.problems[0]?.cell; // 'B4'
 * ```
 */
export function readAssessmentSheet(ruleSet: RuleSet, table: SheetTable, options: AssessmentReaderOptions = {}): AssessmentSheetResult {
  const reader = assessmentReader(ruleSet, options);
  requireTable(table, 'table');
  const at = findHeaderRow(table.rows, indicatorOfHeading(ruleSet));
  if (at === undefined) return { assessments: [], problems: [{ row: 1, field: table.name, code: 'no_header', message: M.noHeader(ruleSet.id) }], headerRow: undefined, rowsRead: 0 };
  const problems = reader.header(table.rows[at]!, at + 1);
  const assessments: SheetAssessment[] = [];
  if (problems.length > 0) return { assessments, problems, headerRow: at + 1, rowsRead: 0 };
  let rowsRead = 0;
  for (let r = at + 1; r < table.rows.length; r++) {
    const cells = table.rows[r]!;
    if (cells.every((c) => isBlankCell(c))) continue;
    rowsRead += 1;
    const result = reader.row(cells, r + 1);
    if (result.ok) assessments.push(result.value);
    else problems.push(...result.problems);
  }
  return { assessments, problems, headerRow: at + 1, rowsRead };
}
