import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  PageBorderDisplay,
  PageBorderOffsetFrom,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { LearningSocietyError, type Issue } from 'vn-learning-society';
import { checkText, isObject, requireArg, shown, throwIfAny } from './check.js';
import { ND_30_2020_LAYOUT, type DocumentLayout } from './layout.js';
import { MOTTO, NATIONAL_NAME, type DocumentBlock, type OfficialDocument, type TextRun as Run } from './model.js';

/** Options of {@link documentToDocx}. */
export interface DocxOptions {
  /** The layout (paper, margins, font, sizes); by default {@link ND_30_2020_LAYOUT}. */
  readonly layout?: DocumentLayout;
}

/** Red, for what must be resolved before signing. */
const MARK_COLOR = 'C00000';
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

/** Twentieths of a point (twips) of a length in millimetres, rounded: A4 is 11906 × 16838, as Word writes it. */
const convertMillimetersToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Half-points, as Word counts font sizes. */
const hp = (pt: number): number => Math.round(pt * 2);

/**
 * Writes a document as a Word file (.docx, Office Open XML) with the `docx` package: A4 (or the layout's paper),
 * the layout's margins and font, the letterhead as a two-column table without borders, the page number at the top
 * from the second page, table headers repeated on every page. The file is the same, byte for byte, for the same
 * document: its dates are the document's own, never the clock's.
 *
 * @example
 * ```ts
 * import { documentToDocx } from 'vn-learning-society/documents';
 * const bytes = await documentToDocx({ kind: 'year-report', title: 'Báo cáo', date: '2025-12-20', orientation: 'portrait', draft: false, warnings: [], blocks: [
 *   { kind: 'paragraph', runs: [{ text: 'BÁO CÁO', bold: true }], align: 'center' },
 * ] });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true (a zip file, as every .docx is)
 * ```
 */
export async function documentToDocx(doc: OfficialDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  checkDocument(doc);
  requireArg(isObject(options), 'options', { vi: 'các tùy chọn (một đối tượng)', en: 'options (an object)' }, options);
  const layout = options.layout ?? ND_30_2020_LAYOUT;
  const landscape = doc.orientation === 'landscape';
  const pageWidth = landscape ? layout.page.height : layout.page.width;
  const textWidth = convertMillimetersToTwip(pageWidth - layout.margins.left - layout.margins.right);
  const ctx: Ctx = { layout, textWidth };
  const children = doc.blocks.flatMap((b) => block(b, ctx));
  const file = new Document({
    creator: 'vn-learning-society',
    title: doc.title,
    styles: { default: { document: { run: { font: layout.font, size: hp(layout.sizes.body) } } } },
    sections: [
      {
        properties: {
          page: pageOf(layout, landscape),
          titlePage: true,
          ...(doc.kind === 'recognition-certificates' ? { page: { ...pageOf(layout, landscape), borders: CERTIFICATE_BORDER } } : {}),
        },
        headers: doc.kind === 'recognition-certificates' ? {} : { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(layout.sizes.body) })] })] }) },
        children,
      },
    ],
  });
  return fixZipTimes(new Uint8Array(await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: coreProperties(doc) }])), doc.date);
}

const BLOCK_KINDS = new Set(['letterhead', 'paragraph', 'rule', 'table', 'signature', 'page-break']);

/**
 * A document made by hand (or changed after it was built) is checked before it is written: its date, the kind of each
 * block, and every text in it (no control character, which would make the file unreadable). Every problem is named.
 */
function checkDocument(doc: OfficialDocument): void {
  const out: Issue[] = [];
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.blocks)) {
    throw new LearningSocietyError('invalid_input', WHAT, [{ path: ['blocks'], code: 'invalid_type', message: { vi: 'cần một văn bản có danh sách blocks', en: 'expected a document with a list of blocks' } }]);
  }
  if (typeof doc.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) {
    out.push({ path: ['date'], code: 'invalid_date', message: { vi: `ngày của văn bản phải có dạng YYYY-MM-DD, nhận được ${shown(doc.date)}`, en: `the document's date must be YYYY-MM-DD, got ${shown(doc.date)}` } });
  }
  const text = (value: unknown, path: (string | number)[]) => checkText(value, path, out, { vi: 'Nội dung', en: 'Text' }, { max: 100_000, optional: true, blank: true });
  doc.blocks.forEach((block: unknown, i) => {
    const kind = typeof block === 'object' && block !== null ? (block as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || !BLOCK_KINDS.has(kind)) {
      out.push({ path: ['blocks', i, 'kind'], code: 'invalid_value', message: { vi: `loại khối không có: ${shown(kind)}`, en: `not a kind of block: ${shown(kind)}` } });
      return;
    }
    const b = block as DocumentBlock;
    const at = (...rest: (string | number)[]) => ['blocks', i, ...rest];
    if (b.kind === 'letterhead') for (const k of ['parent', 'issuer', 'number', 'placeDate'] as const) text(b[k], at(k));
    if (b.kind === 'paragraph') b.runs.forEach((r, j) => text(r.text, at('runs', j, 'text')));
    if (b.kind === 'table') {
      b.columns.forEach((c, j) => text(c.label, at('columns', j, 'label')));
      b.rows.forEach((row, j) => row.forEach((cell, k) => text(cell, at('rows', j, k))));
      b.totals?.forEach((cell, k) => text(cell, at('totals', k)));
    }
    if (b.kind === 'signature') {
      b.recipients.forEach((r, j) => text(r, at('recipients', j)));
      for (const k of ['left', 'dateLine', 'capacity', 'title', 'name'] as const) text(b[k], at(k));
    }
  });
  throwIfAny(out, WHAT);
}

const WHAT = { vi: 'Văn bản không ghi được thành tệp', en: 'The document cannot be written' };

const escapeXml = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the document's day as its created and modified times (`docx` takes them from the clock). */
function coreProperties(doc: OfficialDocument): string {
  const stamp = `${doc.date}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title)}</dc:title><dc:creator>vn-learning-society</dc:creator><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Sets the time of every entry of a zip to noon of the document's day, in place: the DOS time and date of each central
 * directory record and of the local header it points to (`docx` takes them from the clock). One pass over the
 * directory; nothing is compressed again, and the checksums (of the contents) still hold.
 */
function fixZipTimes(bytes: Uint8Array, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dosTime = 12 << 11;
  const dosDate = ((y - 1980) << 9) | (m << 5) | d;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new LearningSocietyError('invalid_input', WHAT, [{ path: [], code: 'invalid_type', message: { vi: 'tệp .docx tạo ra không phải tệp zip', en: 'the .docx made is not a zip file' } }]);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let k = 0; k < entries; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, dosTime, true);
      view.setUint16(local + 12, dosDate, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

function pageOf(layout: DocumentLayout, landscape: boolean) {
  return {
    size: { width: convertMillimetersToTwip(layout.page.width), height: convertMillimetersToTwip(layout.page.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
    margin: {
      top: convertMillimetersToTwip(layout.margins.top),
      bottom: convertMillimetersToTwip(layout.margins.bottom),
      left: convertMillimetersToTwip(layout.margins.left),
      right: convertMillimetersToTwip(layout.margins.right),
    },
  };
}

/** A certificate's frame: a thick-thin double line round the page. */
const CERTIFICATE_SIDE = { style: BorderStyle.THICK_THIN_LARGE_GAP, size: 24, color: '1F3864', space: 24 } as const;
const CERTIFICATE_BORDER = {
  pageBorders: { display: PageBorderDisplay.ALL_PAGES, offsetFrom: PageBorderOffsetFrom.PAGE },
  pageBorderTop: CERTIFICATE_SIDE,
  pageBorderBottom: CERTIFICATE_SIDE,
  pageBorderLeft: CERTIFICATE_SIDE,
  pageBorderRight: CERTIFICATE_SIDE,
};

interface Ctx {
  readonly layout: DocumentLayout;
  readonly textWidth: number;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function runs(list: readonly Run[], size: number): ParagraphChild[] {
  return list.map((r) => new TextRun({ text: r.text, size: hp(size), ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}), ...(r.mark ? { color: MARK_COLOR } : {}) }));
}

function para(text: string, size: number, opts: { bold?: boolean; italic?: boolean; align?: keyof typeof ALIGN; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[opts.align ?? 'center'],
    spacing: { after: (opts.after ?? 0) * 20 },
    children: [new TextRun({ text, size: hp(size), ...(opts.bold ? { bold: true } : {}), ...(opts.italic ? { italics: true } : {}) })],
  });
}

/** The words a body's name breaks before, as offices write the name of the body on two lines. */
const UNIT_WORDS = [' THÀNH PHỐ ', ' THỊ TRẤN ', ' THỊ XÃ ', ' ĐẶC KHU ', ' PHƯỜNG ', ' HUYỆN ', ' QUẬN ', ' TỈNH ', ' XÃ '];

/**
 * The name of a body in the letterhead: a long one ("ỦY BAN NHÂN DÂN XÃ AN BÌNH") on two lines, broken before the
 * kind of unit ("ỦY BAN NHÂN DÂN / XÃ AN BÌNH") rather than wherever the column ends.
 */
function bodyName(text: string, size: number, bold: boolean): Paragraph {
  const at = text.length > 22 ? Math.min(...UNIT_WORDS.map((w) => text.indexOf(w, 6)).filter((i) => i > 0)) : Infinity;
  const parts = Number.isFinite(at) ? [text.slice(0, at), text.slice(at + 1)] : [text];
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0 },
    children: parts.map((t, i) => new TextRun({ text: t, size: hp(size), ...(bold ? { bold: true } : {}), ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/** A short centred line, `share` of the width it sits in. */
function shortLine(width: number, share: number): Paragraph {
  const indent = Math.round((width * (1 - share)) / 2);
  return new Paragraph({ indent: { left: indent, right: indent }, border: { top: LINE }, spacing: { after: 60 }, children: [] });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { left: 0, right: 0 }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } });
}

/** A block of a document as `.docx` paragraphs and tables. */
function block(b: DocumentBlock, ctx: Ctx): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'letterhead':
      return letterheadBlock(b, ctx);
    case 'paragraph':
      return paragraphBlock(b, ctx);
    case 'rule':
      return [shortLine(ctx.textWidth, 0.3)];
    case 'table':
      return tableBlock(b, ctx);
    case 'signature':
      return signatureBlock(b, ctx);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** One kind of block. */
type BlockOf<K extends DocumentBlock['kind']> = Extract<DocumentBlock, { kind: K }>;

/** The letterhead: the issuing body (under its parent) and the national name and motto side by side, then the number and the place and date. */
function letterheadBlock(b: BlockOf<'letterhead'>, ctx: Ctx): Table[] {
  const { layout, textWidth } = ctx;
  const left = Math.round(textWidth * 0.4);
  const right = textWidth - left;
  const leftTop = [
    ...(b.parent ? [bodyName(b.parent, layout.sizes.issuer, false)] : []),
    bodyName(b.issuer, layout.sizes.issuer, true),
    shortLine(left, 0.4),
  ];
  const rightTop = [para(NATIONAL_NAME, layout.sizes.nationalName, { bold: true }), para(MOTTO, layout.sizes.motto, { bold: true }), shortLine(right, 0.62)];
  return [
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: [left, right],
      borders: TableBorders.NONE,
      rows: [
        new TableRow({ children: [cell(leftTop, left), cell(rightTop, right)] }),
        new TableRow({ children: [cell([para(b.number, layout.sizes.number)], left), cell([para(b.placeDate, layout.sizes.placeDate, { italic: true })], right)] }),
      ],
    }),
  ];
}

/** A paragraph of text, aligned, indented and spaced as the layout says. */
function paragraphBlock(b: BlockOf<'paragraph'>, ctx: Ctx): Paragraph[] {
  const { layout } = ctx;
  return [
    new Paragraph({
      alignment: ALIGN[b.align ?? 'justify'],
      ...(b.indent ? { indent: { firstLine: convertMillimetersToTwip(layout.indent) } } : {}),
      spacing: { before: (b.spaceBefore ?? 0) * 20, after: layout.paragraphSpacing * 20, line: Math.round(layout.lineSpacing * 240), lineRule: LineRuleType.AUTO },
      ...(b.keepNext ? { keepNext: true } : {}),
      children: runs(b.runs, layout.sizes[b.size ?? 'body']),
    }),
  ];
}

/** A table: its header row repeated on each page, its rows, its totals in bold. */
function tableBlock(b: BlockOf<'table'>, ctx: Ctx): Table[] {
  const { layout, textWidth } = ctx;
  const widths = b.columns.map((c) => Math.round((textWidth * c.width) / 100));
  const tableSize = layout.sizes.table;
  const row = (cells: readonly string[], opts: { header?: boolean; bold?: boolean } = {}): TableRow =>
    new TableRow({
      ...(opts.header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            margins: { left: 80, right: 80, top: 20, bottom: 20 },
            children: [new Paragraph({ alignment: opts.header ? AlignmentType.CENTER : ALIGN[b.columns[i]?.align ?? 'left'], children: [new TextRun({ text, size: hp(tableSize), ...(opts.header || opts.bold ? { bold: true } : {}) })] })],
          }),
      ),
    });
  return [
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(b.columns.map((c) => c.label), { header: true }), ...b.rows.map((r) => row(r)), ...(b.totals ? [row(b.totals, { bold: true })] : [])],
    }),
  ];
}

/** The signature: the recipients (or a note) on the left, the date, capacity, title, room to sign and name on the right. */
function signatureBlock(b: BlockOf<'signature'>, ctx: Ctx): (Paragraph | Table)[] {
  const { layout, textWidth } = ctx;
  const left = Math.round(textWidth * 0.45);
  const right = textWidth - left;
  const recipients =
    b.recipients.length > 0
      ? [para('Nơi nhận:', layout.sizes.recipientsTitle, { bold: true, italic: true, align: 'left' }), ...b.recipients.map((r) => para(`- ${r}`, layout.sizes.recipients, { align: 'left' }))]
      : [para(b.left ?? '', layout.sizes.body, { align: 'left' })];
  const signer = [
    ...(b.dateLine ? [para(b.dateLine, layout.sizes.placeDate, { italic: true })] : []),
    ...(b.capacity ? [para(b.capacity, layout.sizes.signature, { bold: true })] : []),
    para(b.title, layout.sizes.signature, { bold: true }),
    ...Array.from({ length: b.dateLine ? 3 : 4 }, () => para('', layout.sizes.signature)),
    para(b.name, layout.sizes.signature, { bold: true }),
  ];
  return [
    new Paragraph({ children: [] }),
    new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: [left, right], borders: TableBorders.NONE, rows: [new TableRow({ cantSplit: true, children: [cell(recipients, left), cell(signer, right)] })] }),
  ];
}
