// CSV as Excel saves it — in Vietnamese with ";" between fields and decimal commas ("7,5"), or with "," or tabs — read
// into the rows of cells that the library's sheet readers take (a `SheetTable` of vn-learning-society/sheets). One
// pass over the text, character by character: no regular expression, so no input can make it slow.

const DELIMITERS = [';', ',', '\t'];

/**
 * Splits CSV text into records of trimmed text cells. Quotes work as in Excel: a quoted cell may hold the separator,
 * line breaks and doubled quotes ("").
 * @param {string} text
 * @param {string} delimiter
 * @param {number} [maxRecords] stop after this many records
 * @returns {string[][]}
 */
export function csvRecords(text, delimiter, maxRecords = Infinity) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endCell = () => {
    record.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push(record);
    record = [];
  };
  for (; i < n && records.length < maxRecords; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === delimiter) endCell();
    else if (ch === '\n') endRecord();
    else if (ch === '\r') {
      if (text[i + 1] === '\n') i += 1;
      endRecord();
    } else cell += ch;
  }
  if (records.length < maxRecords && (cell !== '' || record.length > 0)) endRecord();
  return records;
}

/**
 * The separator of a CSV file: of ";", "," and tab, the one that splits the most of the first lines into the same
 * number (two or more) of cells.
 * @param {string} text
 * @returns {string}
 */
export function detectDelimiter(text) {
  const head = text.slice(0, 64 * 1024);
  let best = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const widths = csvRecords(head, d, 12).map((r) => r.length).filter((w) => w >= 2);
    const counts = new Map();
    for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
    const score = Math.max(0, ...counts.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A CSV file as a sheet of text cells (blank cells as null), named after the file.
 * @param {string} text
 * @param {string} name
 * @returns {{ name: string, rows: (string | null)[][] }}
 */
export function csvTable(text, name) {
  const rows = csvRecords(text, detectDelimiter(text)).map((r) => r.map((c) => (c === '' ? null : c)));
  return { name, rows };
}
