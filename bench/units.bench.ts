/**
 * Unit lookups (vn-learning-society/units): by code, and by name as people write it, over the whole country. One
 * iteration runs 1,000 queries, so milliseconds per query = the `mean` column ÷ 1,000.
 */
import { bench, describe } from 'vitest';
import { findUnit, listUnits, unitByCode } from 'vn-learning-society/units';

const communes = listUnits({ level: 'commune' });
const old = listUnits({ level: 'commune', at: '2025-06-30' });
const N = 1000;
// Names as people type them: without diacritics, with an abbreviated type word, and with one letter doubled.
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const typed = Array.from({ length: N }, (_, i) => communes[(i * 37) % communes.length]!.name);
const plain = typed.map((n) => fold(n).toLowerCase().replace(/^phuong /, 'p. ').replace(/^xa /, 'x. '));
const misspelt = typed.map((n) => `${n}${n.at(-1)}`);
const oldNames = Array.from({ length: N }, (_, i) => old[(i * 53) % old.length]!.name);
const codes = Array.from({ length: N }, (_, i) => communes[(i * 37) % communes.length]!.code);

let sink = 0;
describe(`${N.toLocaleString('en')} unit lookups per iteration`, () => {
  bench('unitByCode', () => {
    for (const c of codes) sink += unitByCode(c).code.length;
  });
  bench('findUnit, exact names (2025 list)', () => {
    for (const q of typed) sink += findUnit(q).candidates.length;
  });
  bench('findUnit, without diacritics, abbreviated (2025 list)', () => {
    for (const q of plain) sink += findUnit(q).candidates.length;
  });
  bench('findUnit, misspelt: ranked by spelling (2025 list)', () => {
    for (const q of misspelt) sink += findUnit(q).candidates.length;
  }, { time: 3000 });
  bench('findUnit, exact names (list before 1 July 2025)', () => {
    for (const q of oldNames) sink += findUnit(q, { at: '2025-06-30' }).candidates.length;
  });
  bench('findUnit, misspelt: ranked by spelling (list before 1 July 2025)', () => {
    for (const q of oldNames) sink += findUnit(`${q}${q.at(-1)}`, { at: '2025-06-30' }).candidates.length;
  }, { time: 3000 });
});

export { sink };
