import { foldVietnamese } from 'vn-learning-society';

/**
 * Unit names as people write them, reduced to one form for matching: without diacritics, in lower case, without
 * dots, with the type word spelled out (`P.` → `phuong`, `TP` → `thanh pho`, `TT` → `thi tran`), and the common short
 * names of cities (`HCM` → `ho chi minh`). Linear in the length of the text.
 */

/** Type words (cấp, loại đơn vị), folded, longest first: a name without them is its bare name. */
export const TYPE_WORDS: readonly string[] = ['thanh pho', 'thi tran', 'thi xa', 'dac khu', 'phuong', 'huyen', 'quan', 'tinh', 'xa'];

/** Abbreviations of type words and city names, folded, as whole words. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  p: 'phuong',
  ph: 'phuong',
  x: 'xa',
  tt: 'thi tran',
  ttr: 'thi tran',
  tx: 'thi xa',
  tp: 'thanh pho',
  thph: 'thanh pho',
  q: 'quan',
  h: 'huyen',
  t: 'tinh',
  dk: 'dac khu',
  hcm: 'ho chi minh',
  tphcm: 'thanh pho ho chi minh',
  hn: 'ha noi',
}));

/** The folded words of a name: `"Tp. Hồ Chí Minh"` → `['thanh', 'pho', 'ho', 'chi', 'minh']`. */
export function nameWords(text: string): string[] {
  let folded = foldVietnamese(text);
  // Dots, commas, hyphens and brackets separate words; "TP.HCM" is two words.
  let spaced = '';
  for (const ch of folded) spaced += ch === '.' || ch === ',' || ch === '-' || ch === '(' || ch === ')' || ch === '–' || ch === '_' || ch === '/' ? ' ' : ch;
  folded = spaced;
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    if (word === '') continue;
    const expanded = ABBREVIATIONS.get(word);
    if (expanded) out.push(...expanded.split(' '));
    else out.push(word);
  }
  return out;
}

/** The name in one form for matching, type words included: `"P. Ba Đình"` → `"phuong ba dinh"`. */
export function nameKey(text: string): string {
  return nameWords(text).join(' ');
}

/** The name without its leading type word: `"phuong ba dinh"` → `"ba dinh"`. */
export function bareKey(key: string): string {
  for (const t of TYPE_WORDS) if (key.startsWith(`${t} `)) return key.slice(t.length + 1);
  return key;
}
