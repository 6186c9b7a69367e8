import { Inflate } from 'fflate';
import { count, damaged, quoted, refuse, size } from './problems.js';

/**
 * The zip container of an `.xlsx`: its central directory read by hand (names, sizes, where each entry starts), and
 * one entry at a time inflated with fflate's streaming `Inflate`, in small pieces, its unpacked bytes counted as they
 * come and the reading stopped at the cap: a zip bomb is refused after at most the cap (and one piece) is unpacked,
 * and never held whole. The sizes an entry declares are not trusted.
 */

/** An entry of the zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly packed: number;
  readonly offset: number;
}

/** The entries of a zip, found by name (exactly, else without regard to case, as OPC part names are). */
export interface ZipDirectory {
  find(name: string): ZipEntry | undefined;
}

/** More entries than this and the file is refused (a workbook of 10,000 sheets has about 20,000). */
export const MAX_ZIP_ENTRIES = 100_000;

/** Compressed input is handed to the inflater in pieces this long: one piece unpacks to at most about 1,032 times it (8 MB). */
const PIECE = 8 * 1024;

/** Unpacked output is handed on in pieces at most this long (a stored entry, which is not inflated). */
const STORED_PIECE = 64 * 1024;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000;
/** A 64-bit little-endian number, or -1 when it is beyond what a double holds exactly. */
const u64 = (b: Uint8Array, i: number) => {
  const high = u32(b, i + 4);
  return high >= 0x200000 ? -1 : u32(b, i) + high * 0x100000000;
};

const ZIP = '.zip';
const names = new TextDecoder('utf-8');

/** Reads the central directory of `bytes`. @throws `invalid_workbook` for a damaged zip, `too_large` for too many entries. */
export function readZip(bytes: Uint8Array): ZipDirectory {
  const n = bytes.length;
  let end = -1;
  for (let i = n - 22; i >= 0 && i >= n - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) damaged(ZIP, { vi: 'không thấy mục lục của tệp nén, tệp có thể bị cắt cụt', en: 'no directory at the end of the zip: the file may be cut short' });
  let total = u16(bytes, end + 10);
  let dirSize = u32(bytes, end + 12);
  let dirAt = u32(bytes, end + 16);
  if (total === 0xffff || dirSize === 0xffffffff || dirAt === 0xffffffff) {
    // Zip64: the locator just before the end record points to the 64-bit end record.
    const loc = end - 20;
    if (loc >= 0 && u32(bytes, loc) === 0x07064b50) {
      const at = u64(bytes, loc + 8);
      if (at < 0 || at + 56 > n || u32(bytes, at) !== 0x06064b50) damaged(ZIP, { vi: 'mục lục Zip64 sai', en: 'a wrong Zip64 directory record' });
      total = u64(bytes, at + 32);
      dirSize = u64(bytes, at + 40);
      dirAt = u64(bytes, at + 48);
    }
  }
  if (total > MAX_ZIP_ENTRIES) {
    const c = count(total);
    const m = count(MAX_ZIP_ENTRIES);
    refuse('too_large', { vi: `tệp nén có ${c.vi} mục, quá giới hạn ${m.vi}`, en: `the zip has ${c.en} entries, above the limit of ${m.en}` }, MAX_ZIP_ENTRIES);
  }
  if (dirAt < 0 || dirSize < 0 || dirAt + dirSize > n) damaged(ZIP, { vi: 'mục lục nằm ngoài tệp, tệp có thể bị cắt cụt', en: 'the directory lies outside the file: it may be cut short' });
  const byName = new Map<string, ZipEntry>();
  let at = dirAt;
  for (let k = 0; k < total; k++) {
    if (at + 46 > n || u32(bytes, at) !== 0x02014b50) damaged(ZIP, { vi: `mục thứ ${k + 1} của mục lục sai`, en: `entry ${k + 1} of the directory is wrong` });
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    let packed = u32(bytes, at + 20);
    const unpacked = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    let offset = u32(bytes, at + 42);
    if (at + 46 + nameLength + extraLength > n) damaged(ZIP, { vi: `mục thứ ${k + 1} của mục lục bị cắt cụt`, en: `entry ${k + 1} of the directory is cut short` });
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (packed === 0xffffffff || offset === 0xffffffff) {
      // Zip64 sizes: in the extra field 0x0001, in this order, only those whose 32-bit field is 0xffffffff.
      for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
        const id = u16(bytes, e);
        const length = u16(bytes, e + 2);
        if (id === 0x0001) {
          let f = e + 4;
          if (unpacked === 0xffffffff) f += 8;
          if (packed === 0xffffffff && f + 8 <= e + 4 + length) (packed = u64(bytes, f)), (f += 8);
          if (offset === 0xffffffff && f + 8 <= e + 4 + length) offset = u64(bytes, f);
          break;
        }
        e += 4 + length;
      }
    }
    if (!byName.has(name)) byName.set(name, { name, method, flags, packed, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  let folded: Map<string, ZipEntry> | undefined;
  return {
    find(name) {
      const exact = byName.get(name);
      if (exact) return exact;
      if (!folded) {
        folded = new Map();
        for (const [k, v] of byName) if (!folded.has(k.toLowerCase())) folded.set(k.toLowerCase(), v);
      }
      return folded.get(name.toLowerCase());
    },
  };
}

/** How many unpacked bytes may still be read, over all the entries of one workbook. */
export interface Budget {
  /** Bytes left of `maxUnpackedBytes`. */
  left: number;
  readonly total: number;
}

/**
 * Unpacks one entry, handing each piece to `sink` as it comes. Stops, with `too_large`, as soon as the entry has
 * unpacked more than `cap` bytes or the workbook more than its budget.
 */
export function unpack(bytes: Uint8Array, entry: ZipEntry, cap: number, budget: Budget, sink: (piece: Uint8Array) => void): void {
  const part = entry.name;
  if (entry.flags & 1) damaged(part, { vi: 'phần này được mã hóa', en: 'the part is encrypted' });
  const at = entry.offset;
  if (at < 0 || at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) damaged(part, { vi: 'không thấy phần này ở chỗ mục lục chỉ', en: 'the part is not where the directory says' });
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.packed;
  if (entry.packed < 0 || end > bytes.length) damaged(part, { vi: 'phần này bị cắt cụt', en: 'the part is cut short' });
  let unpacked = 0;
  const take = (piece: Uint8Array) => {
    unpacked += piece.length;
    budget.left -= piece.length;
    if (unpacked > cap) {
      const c = size(cap);
      refuse('too_large', {
        vi: `phần ${quoted(part)} khi giải nén lớn hơn ${c.vi} (giới hạn maxEntryBytes); có thể là một "bom nén"`,
        en: `the part ${quoted(part)} unpacks to more than ${c.en} (the maxEntryBytes limit); it may be a zip bomb`,
      }, cap);
    }
    if (budget.left < 0) {
      const c = size(budget.total);
      refuse('too_large', {
        vi: `các phần của tệp khi giải nén lớn hơn ${c.vi} tổng cộng (giới hạn maxUnpackedBytes), đến phần ${quoted(part)}`,
        en: `the parts of the file unpack to more than ${c.en} together (the maxUnpackedBytes limit), at the part ${quoted(part)}`,
      }, budget.total);
    }
    if (piece.length > 0) sink(piece);
  };
  if (entry.method === 0) {
    for (let i = start; i < end; i += STORED_PIECE) take(bytes.subarray(i, Math.min(end, i + STORED_PIECE)));
    return;
  }
  if (entry.method !== 8) damaged(part, { vi: `cách nén số ${entry.method} không được hỗ trợ`, en: `compression method ${entry.method} is not supported` });
  // What the sink throws (a limit, the XML's own error) passes through the inflater and out as it is.
  let thrown: unknown;
  const inflater = new Inflate((piece) => {
    try {
      take(piece);
    } catch (e) {
      thrown = e;
      throw e;
    }
  });
  try {
    if (start === end) inflater.push(new Uint8Array(0), true);
    for (let i = start; i < end; i += PIECE) inflater.push(bytes.subarray(i, Math.min(end, i + PIECE)), i + PIECE >= end);
  } catch (e) {
    if (e === thrown && thrown !== undefined) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    damaged(part, { vi: `không giải nén được (${quoted(reason)})`, en: `cannot be unpacked (${quoted(reason)})` });
  }
}
