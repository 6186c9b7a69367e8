import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LearningSocietyError } from 'vn-learning-society';
import { readWorkbook, workbookBytes, type ReadWorkbookOptions, type SheetTable } from 'vn-learning-society/sheets';

// Workbooks an attacker sends (issue 22): each is made here, small, and each read ends in a typed error or the right
// rows, never a crash, within bounded memory. Memory is the growth of the process's peak resident set over the read
// (`process.resourceUsage().maxRSS`, which only rises): the tests that measure it run first, before the 100,000-row
// workbook at the end.

const MB = 1024 * 1024;
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet's XML around the XML of its `<sheetData>`. */
const worksheet = (data: string) => `${HEAD}<worksheet ${MAIN}><sheetData>${data}</sheetData></worksheet>`;

/** The parts of a workbook around its sheets' XML (each sheet `xl/worksheets/sheetN.xml`), without the sheets. */
function frame(names: readonly string[], extra: { strings?: string; styles?: string; workbookPr?: string } = {}): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    '_rels/.rels': strToU8(`${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`${HEAD}<workbook ${MAIN}>${extra.workbookPr ?? ''}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  if (extra.strings !== undefined) files['xl/sharedStrings.xml'] = strToU8(extra.strings);
  if (extra.styles !== undefined) files['xl/styles.xml'] = strToU8(extra.styles);
  return files;
}

/** A workbook of sheets given as `<sheetData>` XML. */
function workbook(sheets: Record<string, string>, extra: Parameters<typeof frame>[1] = {}): Uint8Array {
  const names = Object.keys(sheets);
  const files = frame(names, extra);
  names.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(sheets[n]!))));
  return zipSync(files);
}

/** The first issue's code and both messages of what `read` threw (it must be a LearningSocietyError). */
async function refused(bytes: Uint8Array, options?: ReadWorkbookOptions): Promise<{ code: string; vi: string; en: string; maximum?: number }> {
  const e = await readWorkbook(bytes, options).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(LearningSocietyError);
  const issue = (e as LearningSocietyError).issues[0]!;
  return { code: issue.code, vi: issue.message.vi, en: issue.message.en, ...(issue.code === 'too_large' ? { maximum: issue.maximum } : {}) };
}

/** Runs `f` and gives its result and how far the process's peak memory rose above the memory before it, in MB. */
async function measured<T>(f: () => Promise<T>): Promise<{ value: T; peakMb: number; seconds: number }> {
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const value = await f();
  const seconds = (performance.now() - start) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  return { value, peakMb: Math.max(0, peak - before) / MB, seconds };
}

// --- A zip written by hand: entries deflated in pieces, sizes declared as we like. ---

/** Text as a raw deflate block stored as it is (at most 65,535 bytes), the last of its stream when `final`. */
function stored(text: string, final: boolean): Uint8Array {
  const bytes = strToU8(text);
  const head = Uint8Array.of(final ? 1 : 0, bytes.length & 0xff, bytes.length >> 8, ~bytes.length & 0xff, (~bytes.length >> 8) & 0xff);
  return concat([head, bytes]);
}

/** Text compressed on its own by fflate's Deflate, ending with a sync flush: byte-aligned and not final, so that
 * repeating the piece repeats the text. */
function deflatedPiece(text: string): Uint8Array {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (c) => out.push(c));
  d.push(strToU8(text), false);
  d.flush(true);
  return concat(out);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

/** A zip of entries, each stored (method 0) or deflated (8), declaring `size` as its unpacked size. */
function zipOf(entries: readonly { name: string; data: Uint8Array; method: 0 | 8; size: number; packed?: number }[]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const head = new DataView(new ArrayBuffer(30));
    head.setUint32(0, 0x04034b50, true);
    head.setUint16(4, 20, true);
    head.setUint16(8, e.method, true);
    head.setUint32(18, e.packed ?? e.data.length, true);
    head.setUint32(22, e.size, true);
    head.setUint16(26, name.length, true);
    local.push(new Uint8Array(head.buffer), name, e.data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(10, e.method, true);
    dir.setUint32(20, e.packed ?? e.data.length, true);
    dir.setUint32(24, e.size, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, dirBytes.length, true);
  end.setUint32(16, offset, true);
  return concat([...local, dirBytes, new Uint8Array(end.buffer)]);
}

/** The frame of a one-sheet workbook, stored, with the sheet entry given. */
function withSheetEntry(sheet: { data: Uint8Array; method: 0 | 8; size: number; packed?: number }, extra: Parameters<typeof frame>[1] = {}): Uint8Array {
  const files = frame(['Phiếu'], extra);
  return zipOf([...Object.entries(files).map(([name, data]) => ({ name, data, method: 0 as const, size: data.length })), { name: 'xl/worksheets/sheet1.xml', ...sheet }]);
}

/**
 * A one-sheet workbook whose sheet is `head`, then `filler` `times` times, then `tail`: a deflate stream built in
 * pieces (the filler compressed once, its piece repeated), so that gigabytes of XML cost a few MB to make.
 */
function bomb(head: string, filler: string, times: number, tail: string): Uint8Array {
  const piece = deflatedPiece(filler);
  const data = concat([stored(head, false), ...Array.from({ length: times }, () => piece), stored(tail, true)]);
  const size = head.length + filler.length * times + tail.length;
  return withSheetEntry({ data, method: 8, size: size > 0xffffffff ? 0xfffffffe : size });
}

describe('a far cell is refused from its reference, before anything is kept for it', () => {
  it('XFD1048576 (2 KB): too_large naming the cell, in both languages', async () => {
    const bytes = workbook({ Phiếu: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>' });
    expect(bytes.length).toBeLessThan(2048);
    const m = await measured(() => refused(bytes));
    expect(m.value.code).toBe('too_large');
    expect(m.value.vi).toContain('ô XFD1048576 nằm ngoài giới hạn');
    expect(m.value.vi).toContain('1.048.576 dòng × 16.384 cột');
    expect(m.value.en).toContain('cell XFD1048576 is outside the limit');
    expect(m.value.en).toContain('5,000,000 cells (maxCells)');
    expect(m.peakMb).toBeLessThan(300);
    expect(m.seconds).toBeLessThan(1);
  });

  // Excel's own limits: 16,384 columns (XFD) and 1,048,576 rows; the issue's maximum is the one the cell is beyond.
  it.each([['ZZZZZ99999999', 16_384], ['A99999999999', 1_048_576], ['XFE1', 16_384], ['A1048577', 1_048_576]])('%s, beyond Excel’s limits: too_large naming it, its maximum %i', async (ref, maximum) => {
    const r = await refused(workbook({ Phiếu: `<row><c r="${ref}"><v>1</v></c></row>` }));
    expect(r).toMatchObject({ code: 'too_large', maximum });
    expect(r.vi).toContain(`ô ${ref} nằm ngoài giới hạn của Excel`);
    expect(r.en).toContain(`cell ${ref} is outside Excel's limits`);
  });

  it('a far row number is refused the same way; an empty styled cell far away is not a value and is ignored', async () => {
    expect((await refused(workbook({ Phiếu: '<row r="99999999999"><c><v>1</v></c></row>' }))).code).toBe('too_large');
    const [sheet] = await readWorkbook(workbook({ Phiếu: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="0"/></row>' }));
    expect(sheet!.rows).toEqual([[1]]);
  });

  it('a used range too large from two corners (A1 and Z200000: 5,200,000 cells) is refused naming the far corner', async () => {
    const r = await refused(workbook({ Phiếu: '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã hộ</t></is></c></row><row r="200000"><c r="Z200000"><v>1</v></c></row>' }));
    expect(r.code).toBe('too_large');
    expect(r.en).toContain('cell Z200000 is outside the limit: from A1 to it is 200,000 rows × 26 columns = 5,200,000 cells');
  });

  it('the sheets’ used ranges count together against maxCells', async () => {
    const sheet = '<row r="10"><c r="J10"><v>1</v></c></row>'; // 100 cells each
    expect((await readWorkbook(workbook({ A: sheet, B: sheet }), { maxCells: 200 })).map((s) => s.rows.length)).toEqual([10, 10]);
    const r = await refused(workbook({ A: sheet, B: sheet, C: sheet }), { maxCells: 200 });
    expect(r.en).toContain('sheet "C": cell J10 is outside the limit');
    expect(r.en).toContain('with the sheets before it');
  });

  it('accepts cells at the limits: A1048576 and XFD1 (Excel’s last row and column), a used range of exactly maxCells', async () => {
    const [tall] = await readWorkbook(workbook({ Phiếu: '<row r="1048576"><c r="A1048576"><v>7</v></c></row>' }));
    expect(tall!.rows).toHaveLength(1_048_576);
    expect(tall!.rows[1_048_575]).toEqual([7]);
    expect(tall!.rows[0]).toEqual([null]);
    const [wide] = await readWorkbook(workbook({ Phiếu: '<row r="1"><c r="XFD1"><v>7</v></c></row>' }));
    expect(wide!.rows[0]).toHaveLength(16_384);
    expect(wide!.rows[0]![16_383]).toBe(7);
    const exact = workbook({ Phiếu: '<row r="1"><c r="A1"><v>1</v></c></row><row r="100"><c r="AX100"><v>2</v></c></row>' }); // 100 × 50
    const [sheet] = await readWorkbook(exact, { maxCells: 5000 });
    expect(sheet!.rows).toHaveLength(100);
    expect(sheet!.rows[99]![49]).toBe(2);
    expect((await refused(exact, { maxCells: 4999 })).code).toBe('too_large');
  });
});

describe('zip bombs and parts over the caps are refused while they are unpacked', () => {
  it('a sheet of 600 MB of XML (under 1 MB packed) is refused at maxEntryBytes (256 MB), in bounded memory', async () => {
    const bytes = bomb(`${HEAD}<worksheet ${MAIN}><sheetData>`, ' '.repeat(MB), 600, '</sheetData></worksheet>');
    expect(bytes.length).toBeLessThan(2 * MB);
    const m = await measured(() => refused(bytes));
    expect(m.value.code).toBe('too_large');
    expect(m.value.en).toContain('the part xl/worksheets/sheet1.xml unpacks to more than 256 MB (the maxEntryBytes limit)');
    expect(m.value.vi).toContain('có thể là một "bom nén"');
    expect(m.peakMb).toBeLessThan(300);
  }, 60_000);

  it('a bomb of cells (1 MB of `<c>` per row) stops at the cell limit before the bytes cap', async () => {
    const row = `<row>${'<c><v>1</v></c>'.repeat(1000)}</row>`;
    const bytes = bomb(`${HEAD}<worksheet ${MAIN}><sheetData>`, row.repeat(100), 10_000, '</sheetData></worksheet>');
    const m = await measured(() => refused(bytes, { maxCells: 1_000_000 }));
    expect(m.value.code).toBe('too_large');
    expect(m.value.en).toContain('cell A1001 is outside the limit');
    expect(m.peakMb).toBeLessThan(300);
  }, 60_000);

  it('a lowered maxEntryBytes refuses a moderate bomb; maxUnpackedBytes counts all the parts read', async () => {
    const bytes = bomb(`${HEAD}<worksheet ${MAIN}><sheetData>`, ' '.repeat(MB), 40, '</sheetData></worksheet>');
    expect((await refused(bytes, { maxEntryBytes: 16 * MB })).en).toContain('more than 16 MB (the maxEntryBytes limit)');
    expect((await refused(bytes, { maxUnpackedBytes: 16 * MB })).en).toContain('more than 16 MB together (the maxUnpackedBytes limit)');
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.rows).toEqual([]);
  }, 60_000);

  it('a shared-strings part over the cap is refused, and so is a table with more strings than maxCells', async () => {
    const strings = `${HEAD}<sst ${MAIN}>${`<si><t>${'chuỗi dài '.repeat(100)}</t></si>`.repeat(20_000)}</sst>`;
    const bytes = workbook({ Phiếu: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, { strings });
    const r = await refused(bytes, { maxEntryBytes: 8 * MB });
    expect(r.code).toBe('too_large');
    expect(r.en).toContain('the part xl/sharedStrings.xml unpacks to more than 8 MB');
    expect((await refused(bytes, { maxCells: 10_000 })).en).toContain('the shared-strings table has more than 10,000 strings');
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.rows[0]![0]).toBe('chuỗi dài '.repeat(100).trim());
  });
});

describe('hostile XML', () => {
  it('a million nested elements cost what a million siblings do: no stack, the right rows', async () => {
    const deep = `${'<a>'.repeat(1_000_000)}${'</a>'.repeat(1_000_000)}`;
    const m = await measured(() => readWorkbook(workbook({ Phiếu: `${deep}<row r="1"><c r="A1"><v>5</v></c></row>` })));
    expect(m.value[0]!.rows).toEqual([[5]]);
    expect(m.peakMb).toBeLessThan(300);
  });

  it('a very long attribute is skipped where it is not read, and refused on a cell; a very long text is refused', async () => {
    const long = 'x'.repeat(10 * MB);
    const [sheet] = await readWorkbook(workbook({ Phiếu: `<ignored foo="${long}" bar='>'/><row r="1"><c r="A1"><v>5</v></c></row>` }));
    expect(sheet!.rows).toEqual([[5]]);
    expect(await refused(workbook({ Phiếu: `<row r="1"><c r="A1" foo="${long}"><v>5</v></c></row>` }))).toMatchObject({ code: 'too_large', en: expect.stringContaining('a <c> tag longer than 65,536 characters') });
    expect(await refused(workbook({ Phiếu: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>` }))).toMatchObject({ code: 'too_large', en: expect.stringContaining('a text longer than 8,388,608 characters') });
    // Long text that is not read (outside a cell) costs nothing.
    expect((await readWorkbook(workbook({ Phiếu: `${long}<row r="1"><c r="A1"><v>5</v></c></row>` })))[0]!.rows).toEqual([[5]]);
  });

  it('rich text of millions of runs is held to the length of one text (a 259 KB file of 66 million runs ran out of memory)', async () => {
    const run = `<r><t>${'a'.repeat(1000)}</t></r>`;
    const runs = run.repeat(8_500); // 8.5 M characters joined, over the 8,388,608 of one text
    const strings = `${HEAD}<sst ${MAIN}><si>${runs}</si></sst>`;
    const shared = await measured(() => refused(workbook({ Phiếu: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }, { strings })));
    expect(shared.value).toMatchObject({ code: 'too_large', en: expect.stringContaining('a text longer than 8,388,608 characters') });
    const inline = await measured(() => refused(workbook({ Phiếu: `<row r="1"><c r="A1" t="inlineStr"><is>${runs}</is></c></row>` })));
    expect(inline.value).toMatchObject({ code: 'too_large', en: expect.stringContaining('a text longer than 8,388,608 characters') });
    // Many short runs just under the limit are one text, read whole.
    const [sheet] = await readWorkbook(workbook({ Phiếu: `<row r="1"><c r="A1" t="inlineStr"><is>${'<r><t>ab</t></r>'.repeat(1000)}</is></c></row>` }));
    expect(sheet!.rows[0]![0]).toBe('ab'.repeat(1000));
  });

  it('a DOCTYPE (entities defined by the file: the billion laughs) is refused', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const files = frame(['Phiếu']);
    files['xl/worksheets/sheet1.xml'] = strToU8(laughs);
    expect(await refused(zipSync(files))).toMatchObject({ code: 'invalid_workbook', en: expect.stringContaining('DOCTYPE') });
  });

  it('a byte that is not UTF-8 is read as U+FFFD, as before; XML cut short is refused', async () => {
    const files = frame(['Phiếu']);
    const prefix = `${HEAD}<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Th`;
    files['xl/worksheets/sheet1.xml'] = concat([strToU8(prefix), Uint8Array.of(0xff), strToU8('n</t></is></c></row></sheetData></worksheet>')]);
    const [sheet] = await readWorkbook(zipSync(files));
    expect(sheet!.rows).toEqual([['Th\uFFFDn']]);
    files['xl/worksheets/sheet1.xml'] = strToU8(worksheet('<row r="1"><c r="A1"><v>5</v></c></row>').slice(0, -30) + '<c r="B1"');
    expect(await refused(zipSync(files))).toMatchObject({ code: 'invalid_workbook', en: expect.stringContaining('the XML is cut short') });
  });
});

describe('damaged and lying zips', () => {
  const good = workbook({ Phiếu: '<row r="1"><c r="A1"><v>5</v></c></row>' });

  it('a truncated zip is invalid_workbook, wherever it is cut', async () => {
    for (const at of [10, 100, good.length >> 1, good.length - 30, good.length - 1]) {
      expect((await refused(good.slice(0, at))).code).toBe('invalid_workbook');
    }
  });

  it('an entry whose declared size lies: the unpacked bytes are counted, not the declared size', async () => {
    const sheet = strToU8(worksheet('<row r="1"><c r="A1"><v>5</v></c></row>'));
    const data = stored(worksheet('<row r="1"><c r="A1"><v>5</v></c></row>'), true);
    // Declares 10 bytes unpacked; holds more. Read as what it holds.
    expect((await readWorkbook(withSheetEntry({ data, method: 8, size: 10 })))[0]!.rows).toEqual([[5]]);
    // Declares 10 bytes, unpacks to 40 MB: stopped at the cap, whatever it said.
    const lying = bomb(`${HEAD}<worksheet ${MAIN}><sheetData>`, ' '.repeat(MB), 40, '</sheetData></worksheet>');
    expect((await refused(lying, { maxEntryBytes: 4 * MB })).code).toBe('too_large');
    // Declares more packed bytes than the file has: damaged.
    expect(await refused(withSheetEntry({ data, method: 8, size: sheet.length, packed: data.length + 1000 }))).toMatchObject({ code: 'invalid_workbook', en: expect.stringContaining('cut short') });
    // Deflate data that is not: damaged.
    expect((await refused(withSheetEntry({ data: sheet, method: 8, size: sheet.length }))).code).toBe('invalid_workbook');
    // A stored (not compressed) sheet is read as it is.
    expect((await readWorkbook(withSheetEntry({ data: sheet, method: 0, size: sheet.length })))[0]!.rows).toEqual([[5]]);
  });

  it('a huge number of sheets: 2,000 read; more than 10,000 refused', async () => {
    const names = Array.from({ length: 2000 }, (_, i) => `S${i + 1}`);
    const files = frame(names);
    names.forEach((_, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(`<row r="1"><c r="A1"><v>${i}</v></c></row>`))));
    const read = await readWorkbook(zipSync(files));
    expect(read).toHaveLength(2000);
    expect(read[1999]).toEqual({ name: 'S2000', rows: [[1999]] });
    const many = Array.from({ length: 10_001 }, (_, i) => `S${i + 1}`);
    const m = await measured(() => refused(zipSync(frame(many))));
    expect(m.value).toMatchObject({ code: 'too_large', en: 'the workbook has more than 10,000 sheets' });
  });
});

describe('what cells hold, as Excel writes them', () => {
  const styles = `${HEAD}<styleSheet ${MAIN}><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00&quot;đ&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
  const strings = `${HEAD}<sst ${MAIN} count="3" uniqueCount="3"><si><t xml:space="preserve"> Thôn Đông </t></si><si><r><rPr><b/></rPr><t>Gia đình </t></r><r><t>học tập</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>a_x000D_b &amp; &#x1EA0;&#7840; &lt;x&gt;</t></si></sst>`;
  const data =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
    '<row r="3"><c r="A3" s="1"><v>45724</v></c><c r="B3" s="2"><v>45724.5</v></c><c r="C3" s="3"><v>1234.5</v></c><c r="D3" t="b"><v>0</v></c></row>' +
    '<row r="4"><c r="A4"><f>1/0</f><v>#DIV/0!</v></c><c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C4" t="str"><f>A1</f><v>x_x000A_y</v></c><c r="D4" t="d"><v>2025-03-08T00:00:00Z</v></c></row>' +
    '<row r="5"><c r="F5" t="inlineStr"><is><t>  </t></is></c></row>';

  it('reads shared strings (rich text joined, phonetic runs left out, escapes and entities decoded), dates by style, errors, formulas', async () => {
    const bytes = workbook({ Phiếu: data.replace('<c r="A4"><f>1/0</f><v>#DIV/0!</v></c>', '') }, { strings, styles });
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.rows).toEqual([
      ['Thôn Đông', 'Gia đình học tập', 'a\rb & ẠẠ <x>', null],
      [null, null, null, null],
      [new Date(Date.UTC(2025, 2, 8)), new Date(Date.UTC(2025, 2, 8, 12)), 1234.5, false],
      [null, '#DIV/0!', 'x\ny', new Date(Date.UTC(2025, 2, 8))],
    ]);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const bytes = workbook({ Phiếu: '<row r="1"><c r="A1" s="1"><v>44262</v></c></row>' }, { styles, workbookPr: '<workbookPr date1904="1"/>' });
    expect((await readWorkbook(bytes))[0]!.rows).toEqual([[new Date(Date.UTC(2025, 2, 8))]]);
  });

  it('leaves chart sheets out (they have no cells)', async () => {
    const files = frame(['Phiếu', 'Biểu đồ']);
    files['xl/worksheets/sheet1.xml'] = strToU8(worksheet('<row r="1"><c r="A1"><v>5</v></c></row>'));
    files['xl/_rels/workbook.xml.rels'] = strToU8(
      `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
    );
    expect(await readWorkbook(zipSync(files))).toEqual([{ name: 'Phiếu', rows: [[5]] }]);
  });

  it('refuses a value that is not what its type says, naming the cell', async () => {
    expect(await refused(workbook({ Phiếu: '<row r="1"><c r="B1"><v>abc</v></c></row>' }))).toMatchObject({ code: 'invalid_workbook', en: expect.stringContaining('the value "abc" of cell B1 is not a number') });
    expect((await refused(workbook({ Phiếu: '<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>' }))).en).toContain('row 1 comes after row 2');
  });
});

describe('texts that name an object’s own members, written and read back', () => {
  // write-excel-file 4.1.1 looks texts up in a plain object: `constructor` found Object's own function and the cell was
  // written as `<v>function Object() { [native code] }</v>` (found by a second attack, through `template --keep toString`).
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  it('in cells, headings, titles, intro lines and notes, each comes back as it was written', async () => {
    const bytes = await workbookBytes([{ name: 'Phiếu', title: 'constructor', intro: ['toString'], columns: [{ heading: '__proto__' }, { heading: 'Tên' }], rows: names.map((n, i) => [i, n]), notes: ['valueOf'] }]);
    const [sheet] = await readWorkbook(bytes);
    expect(sheet!.rows.map((r) => r.filter((c) => c !== null))).toEqual([['constructor'], ['toString'], ['__proto__', 'Tên'], ...names.map((n, i) => [i, n]), ['valueOf']]);
    // The shared strings hold the texts, and no cell holds anything but an index.
    const files = unzipSync(bytes);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheetXml).not.toMatch(/function|\[object/);
    for (const n of names) expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain(`<t>${n}</t>`);
    expect(strFromU8(files['xl/sharedStrings.xml']!)).not.toContain('\uE000');
  });
});

describe('a large workbook', () => {
  it('100,000 rows written by workbookBytes are read back right, in a few seconds', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`H${i + 1}`, `Thôn ${i % 17}`, i % 11, (i * 7) % 10, i % 3 === 0 ? 'có' : 'không', i + 0.5]);
    const bytes = await workbookBytes([{ name: 'Phiếu', columns: ['Mã hộ', 'Thôn', 'a', 'b', 'c', 'd'].map((heading) => ({ heading })), rows }]);
    const m = await measured(() => readWorkbook(bytes));
    const sheet: SheetTable = m.value[0]!;
    expect(sheet.rows).toHaveLength(100_001);
    expect(sheet.rows[0]).toEqual(['Mã hộ', 'Thôn', 'a', 'b', 'c', 'd']);
    expect(sheet.rows[1]).toEqual(['H1', 'Thôn 0', 0, 0, 'có', 0.5]);
    expect(sheet.rows[54_321]).toEqual(['H54321', `Thôn ${54_320 % 17}`, 54_320 % 11, (54_320 * 7) % 10, 54_320 % 3 === 0 ? 'có' : 'không', 54_320.5]);
    expect(sheet.rows[100_000]).toEqual(['H100000', `Thôn ${99_999 % 17}`, 99_999 % 11, (99_999 * 7) % 10, 'có', 99_999.5]);
    expect(m.seconds).toBeLessThan(10);
  }, 60_000);
});
