import type * as z from 'zod';
import { LearningSocietyError } from '../../core/errors/index.js';
import { valueText } from '../../core/internal/value-text.js';
import type { jurisdictionSchema } from './schema.js';
import { closestName } from '../../core/suggest/index.js';
import { requireIterable } from '../../core/internal/args.js';
import type { Label } from '../../core/label/index.js';
import { findPlace, listPlaces, PLACE_CODE_HELP } from '../place/index.js';


/** See {@link jurisdictionSchema}. */
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/**
 * The ISO 3166-2:VN codes of the 63 provinces and centrally-run cities as they stood before the 1 July 2025 merger
 * (58 provinces with two digits, 5 cities with two letters), with their Vietnamese names. ISO has not yet published
 * codes for the 34 units of the merger; a province that forks a document may use its own `VN-…` code, which the
 * lookups accept once a document of that jurisdiction is given to them.
 */
export const PROVINCE_ISO_CODES: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.fromEntries(
    'CT Cần Thơ|DN Đà Nẵng|HN Hà Nội|HP Hải Phòng|SG Hồ Chí Minh|01 Lai Châu|02 Lào Cai|03 Hà Giang|04 Cao Bằng|05 Sơn La|06 Yên Bái|07 Tuyên Quang|09 Lạng Sơn|13 Quảng Ninh|14 Hòa Bình|18 Ninh Bình|20 Thái Bình|21 Thanh Hóa|22 Nghệ An|23 Hà Tĩnh|24 Quảng Bình|25 Quảng Trị|26 Thừa Thiên Huế|27 Quảng Nam|28 Kon Tum|29 Quảng Ngãi|30 Gia Lai|31 Bình Định|32 Phú Yên|33 Đắk Lắk|34 Khánh Hòa|35 Lâm Đồng|36 Ninh Thuận|37 Tây Ninh|39 Đồng Nai|40 Bình Thuận|41 Long An|43 Bà Rịa - Vũng Tàu|44 An Giang|45 Đồng Tháp|46 Tiền Giang|47 Kiên Giang|49 Vĩnh Long|50 Bến Tre|51 Trà Vinh|52 Sóc Trăng|53 Bắc Kạn|54 Bắc Giang|55 Bạc Liêu|56 Bắc Ninh|57 Bình Dương|58 Bình Phước|59 Cà Mau|61 Hải Dương|63 Hà Nam|66 Hưng Yên|67 Nam Định|68 Phú Thọ|69 Thái Nguyên|70 Vĩnh Phúc|71 Điện Biên|72 Đắk Nông|73 Hậu Giang'
      .split('|')
      .map((entry) => [`VN-${entry.slice(0, 2)}`, entry.slice(3)]),
  ))();

/**
 * Checks a jurisdiction code given to a lookup: `VN`; a province's statistics code (`82`, in either list; or with its
 * list, `87@2025-03-01`); an ISO 3166-2:VN code of a province before 1 July 2025 ({@link PROVINCE_ISO_CODES}); or the
 * code of one of the documents the lookup was given (`known`). A name (`Tây Ninh`) or an unknown code (`VN-XX`) is
 * refused with the code that was probably meant, never silently read as the nation. Which province a bare code names
 * depends on the day: see `findPlace`.
 *
 * @throws {@link LearningSocietyError} `invalid_input` with an `unknown_jurisdiction` issue.
 *
 * @example
 * ```ts
 * import { checkJurisdictionCode } from 'vn-learning-society';
 * checkJurisdictionCode('VN-45'); // 'VN-45'
 * checkJurisdictionCode('82'); // '82'
 * try { checkJurisdictionCode('Tây Ninh'); } catch (e) { (e as Error).message; } // …did you mean 80 (Tây Ninh)…
 * ```
 */
export function checkJurisdictionCode(code: unknown, known: Iterable<string> = []): string {
  requireIterable(known, 'known');
  const extra = new Set([...known].filter((k) => typeof k === 'string'));
  if (typeof code === 'string' && (extra.has(code) || findPlace(code, { list: '2025-07-01' }) || findPlace(code, { list: '2025-03-01' }))) return code;
  const text = valueText(code);
  const suggestion = typeof code === 'string' ? suggestPlace(code, extra) : undefined;
  throw new LearningSocietyError('invalid_input', { vi: `Không có phạm vi mã ${text}`, en: `No jurisdiction with code ${text}` }, [
    {
      path: ['jurisdiction'],
      code: 'unknown_jurisdiction',
      message: {
        vi: `${suggestion ? `có phải ý bạn là ${suggestion.vi}? ` : ''}${PLACE_CODE_HELP.vi}${extra.size ? `, hoặc mã của một văn bản đã nạp (${[...extra].join(', ')})` : ''}`,
        en: `${suggestion ? `did you mean ${suggestion.en}? ` : ''}${PLACE_CODE_HELP.en}${extra.size ? `, or the code of a document given (${[...extra].join(', ')})` : ''}`,
      },
    },
  ]);
}

/** The province a mistyped code or a name probably means: by name (either list), else by the nearest code. */
function suggestPlace(code: string, extra: ReadonlySet<string>): Label | undefined {
  const bare = (name: string) => name.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
  const now = listPlaces('2025-07-01');
  const before = listPlaces('2025-03-01');
  const wanted = bare(code.trim());
  const byName = closestName(wanted, [...now, ...before].map((p) => bare(p.name)));
  if (byName !== undefined) {
    const today = now.find((p) => bare(p.name) === byName);
    const old = before.find((p) => bare(p.name) === byName);
    const parts: Label[] = [];
    if (today) parts.push({ vi: `${today.code} (${today.name}, từ 01/7/2025)`, en: `${today.code} (${today.name}, from 1 July 2025)` });
    if (old) parts.push({ vi: `${old.iso} (${old.name} trước 01/7/2025, mã thống kê ${old.code})`, en: `${old.iso} (${old.name} before 1 July 2025, statistics code ${old.code})` });
    return { vi: parts.map((p) => p.vi).join(' hoặc '), en: parts.map((p) => p.en).join(' or ') };
  }
  const byCode = closestName(code.toUpperCase(), [...Object.keys(PROVINCE_ISO_CODES), ...extra]);
  if (byCode === undefined) return undefined;
  const name = PROVINCE_ISO_CODES[byCode];
  return { vi: `${byCode}${name ? ` (${name})` : ''}`, en: `${byCode}${name ? ` (${name})` : ''}` };
}
