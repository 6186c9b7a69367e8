import { formatViDate } from 'vn-learning-society';
import { authorityLine, checkRecognitionInput, type RecognitionDecisionInput } from './decision.js';
import { MOTTO, NATIONAL_NAME, type DocumentBlock, type OfficialDocument } from './model.js';
import { numberLine, placeDateLine } from './words.js';

/**
 * A certificate (giấy công nhận) for each entry of a recognition decision, one landscape page each, from one
 * template: the national name and motto, the authority, "CÔNG NHẬN", the name and place, the title and year, the
 * decision it rests on, its number in the register (số vào sổ, the entry's place in the list) and the signature. It
 * takes the decision's input and checks it the same way: a certificate is only made for what the decision recognises.
 *
 * @throws `LearningSocietyError` (from `vn-learning-society`) `invalid_input`, as {@link recognitionDecision}.
 *
 * @example
 * ```ts
 * import { evaluate, getRuleSet } from 'vn-learning-society';
 * import { documentText, recognitionCertificates } from 'vn-learning-society/documents';
 * const ruleSet = getRuleSet('learning-citizen-khvn-2022');
 * const full = Object.fromEntries(ruleSet.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.kind === 'judged' ? i.maxPoints : 0])));
 * const evaluation = evaluate(ruleSet, { points: full });
 * const doc = recognitionCertificates({
 *   ruleSet, year: 2025, date: '2025-12-15', number: '125',
 *   issuer: { name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } },
 *   entries: [{ name: 'Trần Văn Bình', place: 'Ấp 1', evaluation }, { name: 'Lê Thị Cúc', place: 'Ấp 2', evaluation }],
 * });
 * doc.blocks.filter((b) => b.kind === 'page-break').length; // 1
 * documentText(doc).includes('Số vào sổ: 2'); // true
 * ```
 */
export function recognitionCertificates(input: RecognitionDecisionInput): OfficialDocument {
  const c = checkRecognitionInput(input);
  const { issuer, ruleSet: rs, year } = c.input;
  const title = rs.outcome.title.vi;
  const decision = `(Theo Quyết định số ${numberLine(input.number, issuer.symbol).replace(/^Số:\s*/, '')} ngày ${formatViDate(c.date, { style: 'short' })})`;
  const blocks: DocumentBlock[] = [];
  c.input.entries.forEach((e, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' });
    blocks.push(
      { kind: 'paragraph', runs: [{ text: NATIONAL_NAME, bold: true }], align: 'center', size: 'nationalName' },
      { kind: 'paragraph', runs: [{ text: MOTTO, bold: true }], align: 'center', size: 'motto' },
      { kind: 'rule' },
      ...(c.warnings.length > 0 ? [{ kind: 'paragraph', runs: [{ text: 'DỰ THẢO — CHƯA ĐỦ CĂN CỨ ĐỂ KÝ (xem cảnh báo của quyết định)', bold: true, mark: true }], align: 'center', size: 'recipients' } satisfies DocumentBlock] : []),
      { kind: 'paragraph', runs: [{ text: authorityLine(issuer), bold: true, ...(c.authorityUncertain ? { mark: true } : {}) }], align: 'center', size: 'subject', spaceBefore: 12 },
      { kind: 'paragraph', runs: [{ text: 'CÔNG NHẬN', bold: true }], align: 'center', size: 'display', spaceBefore: 12 },
      { kind: 'paragraph', runs: [{ text: e.name, bold: true }], align: 'center', size: 'displayName', spaceBefore: 6 },
      ...(e.place ? [{ kind: 'paragraph', runs: [{ text: e.place }], align: 'center' } satisfies DocumentBlock] : []),
      { kind: 'paragraph', runs: [{ text: `Đạt danh hiệu “${title}” năm ${year}`, bold: true }], align: 'center', size: 'subject', spaceBefore: 6 },
      { kind: 'paragraph', runs: [{ text: decision, italic: true }], align: 'center' },
      { kind: 'signature', recipients: [], left: `Số vào sổ: ${i + 1}`, dateLine: placeDateLine(issuer.place, c.date), ...(issuer.signer.capacity ? { capacity: issuer.signer.capacity } : {}), title: issuer.signer.title, name: issuer.signer.name },
    );
  });
  return { kind: 'recognition-certificates', title: `Giấy công nhận “${title}” năm ${year}`, date: c.date, orientation: 'landscape', draft: c.warnings.length > 0, warnings: c.warnings, blocks };
}
