// Generated from data/ by `npm run data:catalogue` (scripts/lib/catalogue-modules.mjs): do not edit.
// Tệp sinh tự động từ data/ — không sửa tay: thêm hoặc sửa tệp trong data/ rồi chạy `npm run data:catalogue`.
/** Every shipped rule set's id, model, level, jurisdiction and period, in catalogue order (see `RULE_SET_PERIODS`). @internal */
export const PERIODS = [
  { id: 'learning-family-khvn-2015', model: 'learning-family', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-clan-khvn-2015', model: 'learning-clan', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-community-hamlet-khvn-2015', model: 'learning-community', level: 'hamlet', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-unit-grassroots-khvn-2015', model: 'learning-unit', level: 'grassroots', jurisdiction: { code: 'VN' }, validFrom: '2015-12-01', validTo: '2021-12-31' },
  { id: 'learning-community-commune-tt44-2014', model: 'learning-community', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2015-01-26', validTo: '2024-02-11' },
  { id: 'learning-community-commune-tt25-2023', model: 'learning-community', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12' },
  { id: 'learning-community-district-tt25-2023', model: 'learning-community', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12', validTo: '2025-06-30' },
  { id: 'learning-community-province-tt25-2023', model: 'learning-community', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2024-02-12' },
  { id: 'learning-unit-district-tt22-2020', model: 'learning-unit', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2020-09-21', validTo: '2024-01-25' },
  { id: 'learning-unit-province-tt22-2020', model: 'learning-unit', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2020-09-21', validTo: '2024-01-25' },
  { id: 'learning-unit-province-vinh-long-2016', model: 'learning-unit', level: 'province', jurisdiction: { code: '86@2025-03-01' }, validFrom: '2016-01-01', validTo: '2020-09-20' },
  { id: 'learning-unit-district-tt24-2023', model: 'learning-unit', level: 'district', jurisdiction: { code: 'VN' }, validFrom: '2024-01-26', validTo: '2025-06-30' },
  { id: 'learning-unit-province-tt24-2023', model: 'learning-unit', level: 'province', jurisdiction: { code: 'VN' }, validFrom: '2024-01-26' },
  { id: 'learning-unit-commune-tt24-2025', model: 'learning-unit', level: 'commune', jurisdiction: { code: 'VN' }, validFrom: '2025-07-01' },
  { id: 'learning-citizen-khvn-2022', model: 'learning-citizen', jurisdiction: { code: 'VN' }, validFrom: '2022-06-03', validTo: '2030-12-31' },
  { id: 'learning-family-khvn-2021', model: 'learning-family', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-clan-khvn-2021', model: 'learning-clan', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-community-hamlet-khvn-2021', model: 'learning-community', level: 'hamlet', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
  { id: 'learning-unit-grassroots-khvn-2021', model: 'learning-unit', level: 'grassroots', jurisdiction: { code: 'VN' }, validFrom: '2022-01-01', validTo: '2030-12-31' },
] as const;
