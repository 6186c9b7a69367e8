import { LearningSocietyError } from 'vn-learning-society';
import type { SheetTable } from '../cells.js';
import { RelationshipsReader, SharedStringsReader, StylesReader, WorkbookReader } from './parts.js';
import { count, damaged, quoted, refuse } from './problems.js';
import { SheetReader } from './sheet.js';
import { XmlError, XmlReader, MAX_TAG, MAX_TEXT, type XmlHandler } from './xml.js';
import { readZip, unpack, type Budget, type ZipDirectory } from './zip.js';

/** The limits a workbook is read within (see `ReadWorkbookOptions`). */
export interface ReadLimits {
  readonly maxEntryBytes: number;
  readonly maxUnpackedBytes: number;
  readonly maxCells: number;
}

/**
 * Reads every worksheet of an `.xlsx` (a zip) in the order of the workbook: the workbook and its relationships, the
 * styles and the shared strings, then each sheet, every part streamed from the inflater through the tokenizer to its
 * reader. Chart sheets (no cells) are left out.
 *
 * @throws `LearningSocietyError` `invalid_input` (`invalid_workbook`, `too_large`).
 */
export function readXlsx(bytes: Uint8Array, limits: ReadLimits): SheetTable[] {
  const zip = readZip(bytes);
  const budget: Budget = { left: limits.maxUnpackedBytes, total: limits.maxUnpackedBytes };
  const read = <H extends XmlHandler>(path: string, handler: H, required: boolean): H | undefined => {
    const entry = zip.find(path);
    if (!entry) {
      if (required) damaged(quoted(path), { vi: 'thiếu phần này', en: 'the part is missing' });
      return undefined;
    }
    readPart(bytes, zip, path, handler, limits, budget);
    return handler;
  };
  const rels = read('xl/_rels/workbook.xml.rels', new RelationshipsReader(), true)!;
  const workbook = read('xl/workbook.xml', new WorkbookReader(), true)!;
  const styles = read(rels.styles ?? 'xl/styles.xml', new StylesReader(), false);
  const dateStyles = styles?.dateStyles() ?? new Uint8Array(0);
  const strings = read(rels.sharedStrings ?? 'xl/sharedStrings.xml', new SharedStringsReader(limits.maxCells), false)?.strings ?? [];
  const out: SheetTable[] = [];
  let cells = 0;
  for (const sheet of workbook.sheets) {
    const path = sheet.rid === undefined ? undefined : rels.worksheets.get(sheet.rid);
    if (path === undefined) {
      if (sheet.rid !== undefined && rels.otherSheets.has(sheet.rid)) continue; // a chart sheet
      damaged('xl/workbook.xml', { vi: `trang "${quoted(sheet.name)}" không trỏ tới trang tính nào`, en: `the sheet "${quoted(sheet.name)}" points to no worksheet` });
    }
    const reader = new SheetReader({ name: sheet.name, strings, dateStyles, epoch1904: workbook.epoch1904 ?? false, cells: limits.maxCells - cells, maxCells: limits.maxCells });
    read(path, reader, true);
    cells += reader.cells;
    out.push({ name: sheet.name, rows: reader.result() });
  }
  return out;
}

/** Streams one part: unpacked in pieces, decoded as UTF-8 (a byte that is not is read as U+FFFD), tokenized. */
function readPart(bytes: Uint8Array, zip: ZipDirectory, path: string, handler: XmlHandler, limits: ReadLimits, budget: Budget): void {
  const entry = zip.find(path)!;
  const decoder = new TextDecoder('utf-8');
  const xml = new XmlReader(handler);
  try {
    unpack(bytes, entry, limits.maxEntryBytes, budget, (piece) => xml.write(decoder.decode(piece, { stream: true })));
    xml.write(decoder.decode());
    xml.end();
  } catch (e) {
    if (e instanceof LearningSocietyError) throw e;
    if (e instanceof XmlError) xmlProblem(quoted(path), e);
    throw e;
  }
}

function xmlProblem(part: string, e: XmlError): never {
  switch (e.kind) {
    case 'tag':
      return refuse('too_large', { vi: `phần ${part}: thẻ <${quoted(e.element)}> dài hơn ${count(MAX_TAG).vi} ký tự`, en: `the part ${part}: a <${quoted(e.element)}> tag longer than ${count(MAX_TAG).en} characters` }, MAX_TAG);
    case 'text':
      return refuse('too_large', { vi: `phần ${part}: một đoạn văn bản dài hơn ${count(MAX_TEXT).vi} ký tự`, en: `the part ${part}: a text longer than ${count(MAX_TEXT).en} characters` }, MAX_TEXT);
    case 'name':
      return damaged(part, { vi: `tên thẻ quá dài (${quoted(e.element)})`, en: `an element name too long (${quoted(e.element)})` });
    case 'doctype':
      return damaged(part, { vi: 'XML có DOCTYPE, điều tệp Excel không có', en: 'the XML has a DOCTYPE, which Excel files never have' });
    case 'markup':
      return damaged(part, { vi: `XML sai ở "${quoted(e.element)}"`, en: `malformed XML at "${quoted(e.element)}"` });
    case 'truncated':
      return damaged(part, { vi: 'XML bị cắt cụt', en: 'the XML is cut short' });
  }
}
