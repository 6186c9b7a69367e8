import { numberText, type Label } from '../../core/label/index.js';
import { didYouMean } from '../../core/suggest/index.js';

const viNumber = (n: number): string => numberText(n, 'vi');

/** Bilingual message of each input problem an assessment can have. */
export const ASSESSMENT_MESSAGES = {
  notObject: { vi: 'phiếu đánh giá phải là một đối tượng', en: 'an assessment must be an object' },
  unknownKey: (k: string): Label => ({
    vi: `trường "${k}" không thuộc phiếu đánh giá (chỉ có id, points, facts)`,
    en: `"${k}" is not a field of an assessment (only id, points, facts)`,
  }),
  idNotString: { vi: 'id phải là chuỗi ký tự', en: 'id must be a string' },
  bucketNotObject: (k: string): Label => ({
    vi: `"${k}" phải là một đối tượng theo mã chỉ báo`,
    en: `"${k}" must be an object keyed by indicator id`,
  }),
  unknownIndicator: (id: string, ruleSetId: string, suggestion?: string): Label => ({
    vi: `không có chỉ báo "${id}" trong bộ tiêu chí ${ruleSetId}${didYouMean(suggestion).vi}`,
    en: `rule set ${ruleSetId} has no indicator "${id}"${didYouMean(suggestion).en}`,
  }),
  judgedUnderFacts: (id: string): Label => ({
    vi: `chỉ báo "${id}" do người đánh giá cho điểm: ghi điểm ở "points", không ở "facts"`,
    en: `indicator "${id}" is judged: give its points under "points", not "facts"`,
  }),
  factUnderPoints: (id: string): Label => ({
    vi: `chỉ báo "${id}" được tính từ dữ kiện: ghi dữ kiện ở "facts", không ở "points"`,
    en: `indicator "${id}" is computed from a fact: give the fact under "facts", not "points"`,
  }),
  notNumber: { vi: 'điểm phải là một số hữu hạn', en: 'points must be a finite number' },
  negative: { vi: 'không được âm', en: 'must not be negative' },
  aboveMax: (v: number, max: number): Label => ({
    vi: `${viNumber(v)} điểm vượt quá điểm tối đa ${viNumber(max)}`,
    en: `${v} points is above the maximum of ${max}`,
  }),
  offStep: (v: number, step: number): Label => ({
    vi: `${viNumber(v)} điểm không đúng bước chấm ${viNumber(step)} điểm`,
    en: `${v} points is not on the allowed step of ${step}`,
  }),
  notBoolean: { vi: 'dữ kiện phải là true hoặc false', en: 'the fact must be true or false' },
  notCount: { vi: 'số đếm phải là số nguyên không âm', en: 'a count must be a non-negative whole number' },
  notRatio: {
    vi: 'tỷ lệ phải có dạng { part, whole } với hai số nguyên không âm',
    en: 'a ratio must be { part, whole } with two non-negative whole numbers',
  },
  partAboveWhole: (part: number, whole: number): Label => ({
    vi: `phần (${part}) lớn hơn tổng (${whole})`,
    en: `the part (${part}) is larger than the whole (${whole})`,
  }),
  missing: (id: string): Label => ({
    vi: `thiếu điểm hoặc dữ kiện cho chỉ báo "${id}"`,
    en: `no points or fact given for indicator "${id}"`,
  }),
} as const;

/** Bilingual message of each failed outcome rule. */
export const SHORTFALL_MESSAGES = {
  minTotal: (actual: number, max: number, required: number): Label => ({
    vi: `Tổng điểm ${viNumber(actual)}/${viNumber(max)} chưa đạt mức tối thiểu ${viNumber(required)} điểm`,
    en: `Total of ${actual}/${max} points is below the minimum of ${required}`,
  }),
  minCriterion: (label: Label, actual: number, max: number, required: number): Label => ({
    vi: `Tiêu chí “${label.vi}” đạt ${viNumber(actual)}/${viNumber(max)} điểm, chưa đạt mức tối thiểu ${viNumber(required)} điểm`,
    en: `Criterion “${label.en}” has ${actual}/${max} points, below the minimum of ${required}`,
  }),
  minIndicator: (label: Label, actual: number, max: number, required: number): Label => ({
    vi: `Chỉ báo “${label.vi}” đạt ${viNumber(actual)}/${viNumber(max)} điểm, chưa đạt mức tối thiểu ${viNumber(required)} điểm`,
    en: `Indicator “${label.en}” has ${actual}/${max} points, below the minimum of ${required}`,
  }),
  mandatory: (label: Label, actual: number, max: number, required: number): Label => ({
    vi: `Chỉ báo bắt buộc “${label.vi}” đạt ${viNumber(actual)}/${viNumber(max)} điểm, cần ${viNumber(required)} điểm`,
    en: `Mandatory indicator “${label.en}” has ${actual}/${max} points; it needs ${required}`,
  }),
} as const;
