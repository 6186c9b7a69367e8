import { bench, describe } from 'vitest';
import { evaluate, getRuleSet } from 'vn-learning-society';
import { documentToDocx, recognitionCertificates, recognitionDecision, type Issuer } from 'vn-learning-society/documents';
import { fullAssessment } from '../test/helpers/full-assessment.js';

// Issue 15: a decision with a 2,000-household annex in under 2 s, from the evaluations to the bytes of the .docx.
const family = getRuleSet('learning-family-khvn-2021');
const evaluation = evaluate(family, fullAssessment(family));
const issuer: Issuer = { name: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', place: 'An Bình', symbol: 'QĐ-UBND', signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } };
const input = (n: number) => ({ ruleSet: family, year: 2025, date: '2025-12-15', number: '125', issuer, entries: Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Thị Hộ ${i + 1}`, place: `Ấp ${1 + (i % 12)}`, evaluation })) });
const n2000 = input(2_000);

const check = (bytes: Uint8Array): void => {
  if (bytes.length < 10_000) throw new Error(`bench: a .docx of ${bytes.length} bytes`);
};

describe('a recognition decision with a 2,000-household annex', () => {
  bench('recognitionDecision (the document as data)', () => {
    if (recognitionDecision(n2000).blocks.length < 10) throw new Error('bench: no document');
  }, { iterations: 10, warmupIterations: 2 });

  bench('recognitionDecision + documentToDocx (the .docx bytes)', async () => {
    check(await documentToDocx(recognitionDecision(n2000)));
  }, { iterations: 5, warmupIterations: 1 });
});

describe('certificates', () => {
  bench('200 certificates, one page each, as .docx', async () => {
    check(await documentToDocx(recognitionCertificates(input(200))));
  }, { iterations: 5, warmupIterations: 1 });
});
