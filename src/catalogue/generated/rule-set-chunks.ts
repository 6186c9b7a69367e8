// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
import type { RuleSetChunk } from '../rule-sets/chunk.js';

/**
 * Each shipped rule set's chunk, imported on demand. Every `import()` names its module literally, so that a bundler
 * splits each into a file of its own and fetches only the one asked for; Node loads it from the package's `dist/`.
 * Only `vn-learning-society/rule-sets` imports this module (a bundle without code splitting would carry every chunk).
 *
 * @internal
 */
export const RULE_SET_CHUNKS: ReadonlyMap<string, () => Promise<{ readonly chunk: RuleSetChunk }>> = /* @__PURE__ */ new Map([
  ['learning-family-khvn-2015', () => import('./chunks/learning-family-khvn-2015.js')],
  ['learning-clan-khvn-2015', () => import('./chunks/learning-clan-khvn-2015.js')],
  ['learning-community-hamlet-khvn-2015', () => import('./chunks/learning-community-hamlet-khvn-2015.js')],
  ['learning-unit-grassroots-khvn-2015', () => import('./chunks/learning-unit-grassroots-khvn-2015.js')],
  ['learning-community-commune-tt44-2014', () => import('./chunks/learning-community-commune-tt44-2014.js')],
  ['learning-community-commune-tt25-2023', () => import('./chunks/learning-community-commune-tt25-2023.js')],
  ['learning-community-district-tt25-2023', () => import('./chunks/learning-community-district-tt25-2023.js')],
  ['learning-community-province-tt25-2023', () => import('./chunks/learning-community-province-tt25-2023.js')],
  ['learning-unit-district-tt22-2020', () => import('./chunks/learning-unit-district-tt22-2020.js')],
  ['learning-unit-province-tt22-2020', () => import('./chunks/learning-unit-province-tt22-2020.js')],
  ['learning-unit-province-vinh-long-2016', () => import('./chunks/learning-unit-province-vinh-long-2016.js')],
  ['learning-unit-district-tt24-2023', () => import('./chunks/learning-unit-district-tt24-2023.js')],
  ['learning-unit-province-tt24-2023', () => import('./chunks/learning-unit-province-tt24-2023.js')],
  ['learning-unit-commune-tt24-2025', () => import('./chunks/learning-unit-commune-tt24-2025.js')],
  ['learning-citizen-khvn-2022', () => import('./chunks/learning-citizen-khvn-2022.js')],
  ['learning-family-khvn-2021', () => import('./chunks/learning-family-khvn-2021.js')],
  ['learning-clan-khvn-2021', () => import('./chunks/learning-clan-khvn-2021.js')],
  ['learning-community-hamlet-khvn-2021', () => import('./chunks/learning-community-hamlet-khvn-2021.js')],
  ['learning-unit-grassroots-khvn-2021', () => import('./chunks/learning-unit-grassroots-khvn-2021.js')],
]);
