import type { TallyRecord } from 'vn-learning-society';
import { seededRandom } from './generate.js';

/** Vietnam's shape before 1 July 2025, roughly: 63 provinces, ~700 districts, ~10,600 communes, ~27 million households. */
export const HOUSEHOLDS = 27_000_000;
const PROVINCES = 63;
const DISTRICTS_PER_PROVINCE = 11;
const COMMUNES_PER_DISTRICT = 15;

export interface Geography {
  readonly province: string[];
  readonly district: string[];
  readonly commune: string[];
}

/** Codes of every commune, with its district and province (strings made once, shared by every record). */
export function geography(): Geography {
  const province: string[] = [];
  const district: string[] = [];
  const commune: string[] = [];
  for (let p = 0; p < PROVINCES; p++) {
    for (let d = 0; d < DISTRICTS_PER_PROVINCE; d++) {
      for (let c = 0; c < COMMUNES_PER_DISTRICT; c++) {
        province.push(`P${p}`);
        district.push(`P${p}D${d}`);
        commune.push(`P${p}D${d}C${c}`);
      }
    }
  }
  return { province, district, commune };
}

/** In-memory household results, as columns: the commune of each household and whether it was recognised. */
export function householdColumns(n: number, seed = 27): { commune: Int32Array; recognized: Uint8Array } {
  const rnd = seededRandom(seed);
  const communes = PROVINCES * DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT;
  const commune = new Int32Array(n);
  const recognized = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    commune[i] = Math.floor(rnd() * communes);
    recognized[i] = rnd() < 0.7 ? 1 : 0;
  }
  return { commune, recognized };
}

/** A stream of household results made on the fly: nothing but the current record is held. */
export function* householdStream(n: number, geo: Geography, seed = 27): Generator<TallyRecord> {
  const rnd = seededRandom(seed);
  const communes = geo.commune.length;
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rnd() * communes);
    yield { province: geo.province[c]!, district: geo.district[c]!, commune: geo.commune[c]!, model: 'learning-family', recognized: rnd() < 0.7 };
  }
}
