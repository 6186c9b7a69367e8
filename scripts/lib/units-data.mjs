// Builds the package's data on administrative units (data/units/*.json) from the official lists in
// scripts/units-source/ (copied verbatim from the statistics office's lists and the open-data projects named in
// their README). Never edit data/units/ by hand: change the source and run `npm run data:units`; a test checks that
// the files are what this script makes of the sources.

import { readFileSync } from 'node:fs';

/** Rows of a clean CSV file (no quotes, commas only between fields), as objects of header → text. */
function readCsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/\r/g, '').split('\n').filter((l) => l !== '');
  const columns = header.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) throw new Error(`${path}:${i + 2}: ${cells.length} cells, header has ${columns.length}`);
    return Object.fromEntries(columns.map((c, j) => [c, cells[j]]));
  });
}

const ATTRIBUTION =
  'Mã và tên đơn vị hành chính của Tổng cục/Cục Thống kê (Công văn 915/CTK-CSCL, 1027/CTK-CSCL); bảng sắp xếp xã theo 34 nghị quyết 1654–1687/NQ-UBTVQH15 do dự án dữ liệu mở dvhcvn/20250701 tổng hợp (MIT, © 2025 dvhcvn); danh mục trước cải cách theo daohoangson/dvhcvn (v20250301). / Codes and names of the statistics office (Official Letters 915/CTK-CSCL, 1027/CTK-CSCL); the commune merge table compiled from Resolutions 1654–1687/NQ-UBTVQH15 by the open-data project dvhcvn/20250701 (MIT, © 2025 dvhcvn); the pre-reform list as collected by daohoangson/dvhcvn (v20250301).';

/**
 * The data files, by name: the 2025 list, the list in force before (1 March 2025) and the merge tables. Compact
 * arrays, not objects, so that the 2025 list stays small in a browser bundle.
 */
export function unitsData(sourceDir) {
  const src = (name) => readCsv(new URL(name, sourceDir));
  const provinces2025 = src('provinces-2025.csv');
  const communes2025 = src('communes-2025.csv');
  const before = src('units-2025-03-01.csv');
  const provinceMerges = src('province-merges-2025.csv');
  const communeMerges = src('commune-merges-2025.csv');

  const oldProvinces = new Map();
  const oldDistricts = new Map();
  for (const r of before) {
    oldProvinces.set(r.province_code, r.province_name);
    oldDistricts.set(r.district_code, [r.district_code, r.district_name, r.district_type, r.province_code]);
  }
  const oldCommunes = new Set(before.map((r) => r.commune_code));

  // New commune → its old communes, `1` where only part of the old one went in. Island districts that became special
  // zones are listed by their district code (they had no communes of their own in the list): kept, with their names.
  const merges = new Map();
  const islandDistricts = new Map();
  for (const r of communeMerges) {
    if (r.whole_or_part !== 'whole' && r.whole_or_part !== 'part') throw new Error(`whole_or_part: ${r.whole_or_part}`);
    if (!oldCommunes.has(r.old_commune_code)) {
      if (!/^Huyện /.test(r.old_commune_name) || r.old_commune_code.length !== 3) throw new Error(`unknown old unit ${r.old_commune_code} ${r.old_commune_name}`);
      islandDistricts.set(r.old_commune_code, r.old_commune_name);
    }
    const list = merges.get(r.commune_code) ?? [];
    list.push(r.whole_or_part === 'part' ? [r.old_commune_code, 1] : [r.old_commune_code]);
    merges.set(r.commune_code, list);
  }
  for (const c of communes2025) if (!merges.has(c.code)) throw new Error(`commune ${c.code} has no predecessors`);

  // The island districts had no communes, so the list of communes does not name them: each belongs to the province
  // whose districts' codes come just before its own (district codes are numbered province by province).
  const districtCodes = [...oldDistricts.keys()].sort();
  for (const [code, name] of islandDistricts) {
    const before = districtCodes.filter((c) => c < code).pop();
    const province = oldDistricts.get(before)[3];
    oldDistricts.set(code, [code, name.replace(/^Huyện /, ''), 'Huyện', province]);
  }
  const districtsInOrder = [...oldDistricts.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

  return {
    'units-2025-07-01.json': {
      about: 'Đơn vị hành chính từ ngày 01/7/2025: 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu. / Administrative units from 1 July 2025: 34 provinces and 3,321 communes, wards and special zones.',
      attribution: ATTRIBUTION,
      validFrom: '2025-07-01',
      provinces: provinces2025.map((p) => [p.code, p.name]),
      communes: communes2025.map((c) => [c.code, c.name, c.province_code]),
    },
    'units-2025-03-01.json': {
      about: 'Đơn vị hành chính ba cấp trước ngày 01/7/2025, theo danh mục ngày 01/3/2025: 63 tỉnh, 696 huyện, 10.047 xã. / The three-level units before 1 July 2025, as listed on 1 March 2025: 63 provinces, 696 districts, 10,047 communes.',
      attribution: ATTRIBUTION,
      validTo: '2025-06-30',
      provinces: [...oldProvinces].map(([code, name]) => [code, name]),
      districts: districtsInOrder,
      communes: before.map((r) => [r.commune_code, r.commune_name, r.commune_type, r.district_code]),
    },
    'merges-2025.json': {
      about: 'Đơn vị mới được sắp xếp từ những đơn vị cũ nào (1 = chỉ một phần của đơn vị cũ). / Which old units each new one is made of (1 = only part of the old unit).',
      attribution: ATTRIBUTION,
      provinces: provinceMerges.map((r) => [r.province_code, r.old_province_code]),
      islandDistricts: [...islandDistricts].map(([code, name]) => [code, name]),
      communes: [...merges].map(([code, from]) => [code, from]),
    },
  };
}
