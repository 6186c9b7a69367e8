import { isDateFormat } from './dates.js';
import { count, refuse } from './problems.js';
import { decodeExcelEscapes, MAX_TEXT, XmlError, type Attributes, type XmlHandler } from './xml.js';

/**
 * The readers of the parts around the sheets: the workbook (its sheets, in order, and its date system), its
 * relationships (where each sheet, the shared strings and the styles are), the styles (which cell styles show dates)
 * and the shared strings. Each is told of elements by the streaming tokenizer and keeps only what it needs.
 */

/** More sheets than this and the workbook is refused. */
export const MAX_SHEETS = 10_000;
/** More cell styles than this and the workbook is refused (Excel itself allows 64,000). */
export const MAX_STYLES = 1_000_000;

function tooManySheets(): never {
  const m = count(MAX_SHEETS);
  refuse('too_large', { vi: `tệp có hơn ${m.vi} trang tính`, en: `the workbook has more than ${m.en} sheets` }, MAX_SHEETS);
}

/** `xl/workbook.xml`: the sheets in order (name, relationship id) and whether dates count from 1904. */
export class WorkbookReader implements XmlHandler {
  readonly withAttributes: ReadonlySet<string> = new Set(['workbookPr', 'sheet']);
  wantText = false;
  readonly sheets: { readonly name: string; readonly rid: string | undefined }[] = [];
  epoch1904: boolean | undefined;

  open(name: string, a: Attributes): void {
    if (name === 'workbookPr') {
      // The first one counts, as in other readers.
      this.epoch1904 ??= a.date1904 === '1' || a.date1904 === 'true';
    } else if (name === 'sheet' && a.name) {
      if (this.sheets.length >= MAX_SHEETS) tooManySheets();
      this.sheets.push({ name: decodeExcelEscapes(a.name), rid: a.id });
    }
  }
  close(): void {}
  text(): void {}
}

const RELATIONSHIPS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** The kind of a relationship (`worksheet`, `styles`, `sharedStrings`, …), from its type. */
function relationKind(type: string | undefined): string | undefined {
  for (const base of RELATIONSHIPS) if (type?.startsWith(base)) return type.slice(base.length);
  return undefined;
}

/** A relationship's target as a path in the zip: relative to `xl/`, or absolute; `.` and `..` resolved. */
export function partPath(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** `xl/_rels/workbook.xml.rels`: where the worksheets, the shared strings and the styles are. */
export class RelationshipsReader implements XmlHandler {
  readonly withAttributes: ReadonlySet<string> = new Set(['Relationship']);
  wantText = false;
  readonly worksheets = new Map<string, string>();
  /** Relationships to sheets that are not worksheets (charts, dialogs, macros): their sheets are left out. */
  readonly otherSheets = new Set<string>();
  styles: string | undefined;
  sharedStrings: string | undefined;

  open(name: string, a: Attributes): void {
    if (name !== 'Relationship' || !a.Target || a.TargetMode === 'External') return;
    const kind = relationKind(a.Type);
    if (kind === 'worksheet' && a.Id !== undefined) {
      if (this.worksheets.size >= MAX_SHEETS) tooManySheets();
      this.worksheets.set(a.Id, partPath(a.Target));
    } else if (kind === 'styles') this.styles = partPath(a.Target);
    else if (kind === 'sharedStrings') this.sharedStrings = partPath(a.Target);
    else if (kind !== undefined && kind.endsWith('sheet') && a.Id !== undefined && this.otherSheets.size < MAX_SHEETS) this.otherSheets.add(a.Id);
  }
  close(): void {}
  text(): void {}
}

/** `xl/styles.xml`: which cell styles (`s="N"`, the N-th `<xf>` of `<cellXfs>`) show numbers as dates. */
export class StylesReader implements XmlHandler {
  readonly withAttributes: ReadonlySet<string> = new Set(['numFmt', 'xf']);
  wantText = false;
  /** The codes of the formats the file defines, for ids from 100 (lower ids are built in). */
  private readonly codes = new Map<number, string>();
  /** `<cellStyleXfs>`: each base style's number format (-1: none). */
  private readonly base: number[] = [];
  /** `<cellXfs>`: each cell style's own number format (-1: none) and base style (0: none). */
  private readonly formats: number[] = [];
  private readonly bases: number[] = [];
  private inBase = false;
  private inCell = false;

  open(name: string, a: Attributes): void {
    if (name === 'numFmt') {
      const id = Number(a.numFmtId);
      if (Number.isInteger(id) && id >= 100 && a.formatCode !== undefined) this.codes.set(id, a.formatCode);
    } else if (name === 'cellStyleXfs') this.inBase = true;
    else if (name === 'cellXfs') this.inCell = true;
    else if (name === 'xf' && (this.inBase || this.inCell)) {
      if (this.base.length + this.formats.length >= MAX_STYLES) {
        const m = count(MAX_STYLES);
        refuse('too_large', { vi: `phần styles có hơn ${m.vi} kiểu ô`, en: `the styles part has more than ${m.en} cell styles` }, MAX_STYLES);
      }
      const id = a.numFmtId ? Number(a.numFmtId) : -1;
      const format = Number.isInteger(id) && id >= 0 ? id : -1;
      if (this.inCell) {
        this.formats.push(format);
        const xfId = a.xfId ? Number(a.xfId) : 0;
        this.bases.push(Number.isInteger(xfId) && xfId > 0 ? xfId : 0);
      } else this.base.push(format);
    }
  }
  close(name: string): void {
    if (name === 'cellStyleXfs') this.inBase = false;
    else if (name === 'cellXfs') this.inCell = false;
  }
  text(): void {}

  /** For each cell style, 1 when its numbers are dates. */
  dateStyles(): Uint8Array {
    const out = new Uint8Array(this.formats.length);
    const known = new Map<number, boolean>();
    const isDate = (id: number, withCode: boolean) => {
      const key = withCode ? id : -2 - id;
      let d = known.get(key);
      if (d === undefined) known.set(key, (d = isDateFormat(withCode ? { id, code: this.codes.get(id) } : { id })));
      return d;
    };
    for (let i = 0; i < out.length; i++) {
      const own = this.formats[i]!;
      // A style's own number format; else its base style's (whose format code, as before, is not looked at).
      const base = own < 0 && this.bases[i]! > 0 ? (this.base[this.bases[i]!] ?? -1) : -1;
      out[i] = own >= 0 ? Number(isDate(own, true)) : base >= 0 ? Number(isDate(base, false)) : 0;
    }
    return out;
  }
}

/**
 * `xl/sharedStrings.xml`: the table of texts cells point to (`t="s"`). Rich text runs (`<r><t>`) are joined;
 * phonetic runs (`<rPh>`) are left out; Excel's `_xHHHH_` escapes are decoded. At most `max` strings.
 */
export class SharedStringsReader implements XmlHandler {
  readonly withAttributes: ReadonlySet<string> = new Set();
  wantText = false;
  readonly strings: string[] = [];
  private inItem = false;
  private inText = false;
  private inRun = false;
  private inPhonetic = false;
  private current = '';

  constructor(private readonly max: number) {}

  open(name: string): void {
    if (name === 'si') {
      this.inItem = true;
      this.current = '';
    } else if (name === 't') this.inText = true;
    else if (name === 'r') this.inRun = true;
    else if (name === 'rPh') this.inPhonetic = true;
    this.wantText = this.inItem && this.inText && !this.inPhonetic;
  }
  close(name: string): void {
    if (name === 'si') {
      if (this.strings.length >= this.max) {
        const m = count(this.max);
        refuse('too_large', { vi: `bảng chuỗi dùng chung có hơn ${m.vi} chuỗi (giới hạn maxCells)`, en: `the shared-strings table has more than ${m.en} strings (the maxCells limit)` }, this.max);
      }
      this.strings.push(decodeExcelEscapes(this.current));
      this.current = '';
      this.inItem = this.inText = this.inRun = this.inPhonetic = false;
    } else if (name === 't') this.inText = false;
    else if (name === 'r') this.inRun = false;
    else if (name === 'rPh') this.inPhonetic = false;
    this.wantText = this.inItem && this.inText && !this.inPhonetic;
  }
  text(text: string): void {
    // Runs of rich text are joined into one string, held to the same length as one piece of text (a file of a few
    // hundred KB can hold millions of runs).
    if (this.inRun && this.current.length + text.length > MAX_TEXT) throw new XmlError('text', 'si');
    this.current = this.inRun ? this.current + text : text;
  }
}
