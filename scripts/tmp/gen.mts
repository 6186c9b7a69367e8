import { writeFileSync } from 'node:fs';
import { evaluate, getRuleSet } from 'vn-learning-society';
import { documentToDocx, recognitionDecision, recognitionCertificates, documentText } from 'vn-learning-society/documents';
const ruleSet = getRuleSet('learning-family-khvn-2021');
import { fullAssessment } from '../../test/helpers/full-assessment.ts';
const ev = evaluate(ruleSet, fullAssessment(ruleSet));
const n = Number(process.argv[2] ?? 30);
const input = {
  ruleSet, year: 2025, date: '2025-12-15', number: '125',
  issuer: { parent: 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP', name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } },
  bases: ['Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025'],
  proposal: 'Hội Khuyến học xã An Bình',
  executors: ['Văn phòng HĐND và UBND xã', 'Hội Khuyến học xã', 'Trưởng các ấp'],
  entries: Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Văn Hộ ${i + 1}`, place: `Ấp ${1 + (i % 5)}`, evaluation: ev })),
};
const t0 = performance.now();
const d = recognitionDecision(input);
const bytes = await documentToDocx(d);
console.log('decision', n, (performance.now() - t0).toFixed(0), 'ms', bytes.length, 'bytes');
writeFileSync('/tmp/doctry/decision.docx', bytes);
writeFileSync('/tmp/doctry/certs.docx', await documentToDocx(recognitionCertificates({ ...input, entries: input.entries.slice(0, 3) })));
console.log(documentText(d).split('\n').slice(0, 30).join('\n'));
