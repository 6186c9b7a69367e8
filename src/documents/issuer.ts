import { closestName, type Issue } from 'vn-learning-society';
import { checkText, isObject } from './check.js';

/**
 * Who issues a document and who signs it, as the letterhead and the signature block print them (NĐ 30/2020/NĐ-CP).
 *
 * @example
 * ```ts
 * import type { Issuer } from 'vn-learning-society/documents';
 * const issuer: Issuer = {
 *   parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
 *   name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
 *   place: 'An Bình',
 *   symbol: 'QĐ-UBND',
 *   signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
 * };
 * ```
 */
export interface Issuer {
  /** The issuing body in capitals (tên cơ quan ban hành), e.g. "ỦY BAN NHÂN DÂN XÃ AN BÌNH". */
  readonly name: string;
  /** Its direct parent (cơ quan chủ quản), printed above it where the form has one. */
  readonly parent?: string;
  /** The place of the date line (địa danh), e.g. "An Bình". */
  readonly place: string;
  /** The symbol after the number (ký hiệu), e.g. "QĐ-UBND", "BC-UBND". */
  readonly symbol: string;
  /** The authority in whose name a decision is made, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH"; by default the signer's title and the body's name. */
  readonly authority?: string;
  readonly signer: {
    /** "TM." (on behalf of a collective body), "KT." (signing for) and the body, e.g. "TM. ỦY BAN NHÂN DÂN". */
    readonly capacity?: string;
    /** The signer's position in capitals, e.g. "CHỦ TỊCH". */
    readonly title: string;
    readonly name: string;
  };
}

/** The keys of an issuer and of its signer, as the letterhead and the signature block print them. */
const ISSUER_KEYS: readonly string[] = ['name', 'parent', 'place', 'symbol', 'authority', 'signer'];
const SIGNER_KEYS: readonly string[] = ['capacity', 'title', 'name'];

/**
 * A key no document prints (`parrent`, `singer`) is refused, with the key meant when one is near and the keys
 * otherwise: a line of the letterhead is never left out silently.
 */
function unknownKeys(value: Readonly<Record<string, unknown>>, known: readonly string[], path: readonly string[], out: Issue[]): void {
  for (const k of Object.keys(value)) {
    if (known.includes(k)) continue;
    const near = closestName(k, known);
    const at = `${path.length > 1 ? `${path.slice(1).join('.')}.` : ''}${JSON.stringify(k)}`;
    out.push({
      path: [...path, k],
      code: 'unknown_key',
      message: near !== undefined
        ? { vi: `khóa ${at} không được dùng; có phải ý bạn là "${near}"?`, en: `key ${at} is not used; did you mean "${near}"?` }
        : { vi: `khóa ${at} không được dùng; các khóa: ${known.join(', ')}`, en: `key ${at} is not used; the keys: ${known.join(', ')}` },
    });
  }
}

/** @internal */
export function checkIssuer(issuer: unknown, out: Issue[]): issuer is Issuer {
  if (!isObject(issuer)) {
    out.push({ path: ['issuer'], code: 'invalid_type', message: { vi: 'issuer: cần một đối tượng', en: 'issuer: expected an object' } });
    return false;
  }
  const i = issuer;
  unknownKeys(i, ISSUER_KEYS, ['issuer'], out);
  checkText(i.name, ['issuer', 'name'], out, { vi: 'Tên cơ quan ban hành', en: 'Issuing body' });
  checkText(i.parent, ['issuer', 'parent'], out, { vi: 'Tên cơ quan chủ quản', en: 'Parent body' }, { optional: true });
  checkText(i.place, ['issuer', 'place'], out, { vi: 'Địa danh', en: 'Place' }, { max: 100 });
  checkText(i.symbol, ['issuer', 'symbol'], out, { vi: 'Ký hiệu', en: 'Symbol' }, { max: 50 });
  checkText(i.authority, ['issuer', 'authority'], out, { vi: 'Thẩm quyền ban hành', en: 'Authority' }, { optional: true });
  const s = i.signer;
  if (!isObject(s)) {
    out.push({ path: ['issuer', 'signer'], code: 'invalid_type', message: { vi: 'signer: cần một đối tượng', en: 'signer: expected an object' } });
    return false;
  }
  const signer = s;
  unknownKeys(signer, SIGNER_KEYS, ['issuer', 'signer'], out);
  checkText(signer.capacity, ['issuer', 'signer', 'capacity'], out, { vi: 'Quyền hạn ký', en: 'Signing capacity' }, { optional: true });
  checkText(signer.title, ['issuer', 'signer', 'title'], out, { vi: 'Chức vụ người ký', en: 'Signer’s position' });
  checkText(signer.name, ['issuer', 'signer', 'name'], out, { vi: 'Họ tên người ký', en: 'Signer’s name' });
  return true;
}

/** Checks a list of lines (bases, recipients, executors). @internal */
export function checkLines(value: unknown, path: string, out: Issue[], what: { vi: string; en: string }, max = 500): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    out.push({ path: [path], code: 'invalid_type', message: { vi: `${what.vi}: cần một danh sách`, en: `${what.en}: expected a list` } });
    return [];
  }
  if (value.length > 100) out.push({ path: [path], code: 'too_big', message: { vi: `${what.vi}: tối đa 100 dòng`, en: `${what.en}: at most 100 lines` }, maximum: 100 });
  value.forEach((line, i) => checkText(line, [path, i], out, what, { max }));
  return value as string[];
}
