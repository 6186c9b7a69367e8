/**
 * `vn-learning-society/documents`: the documents people sign and print, generated from what the library knows — the
 * recognition decision with its annexed list (`recognitionDecision`), one certificate per page
 * (`recognitionCertificates`) and the year's report of a commune or province (`yearReport`) — laid out as Nghị định
 * 30/2020/NĐ-CP prescribes and written as Word files (`documentToDocx`, with the `docx` package). Numbers are written
 * in words where the forms use them (`viNumberWords`, with read-vietnamese-number).
 *
 * A document is first plain data (`OfficialDocument`: blocks of text), which `documentText` prints and tests read;
 * then a file. Nothing reads the clock: every date is the document's own.
 *
 * @example
 * ```ts
 * import { viNumberWords } from 'vn-learning-society/documents';
 * viNumberWords(258); // 'hai trăm năm mươi tám'
 * ```
 *
 * @packageDocumentation
 */

export { documentText, MOTTO, NATIONAL_NAME, type DocumentBlock, type OfficialDocument, type SizeName, type TextRun } from './model.js';
export { ND_30_2020_LAYOUT, type DocumentLayout } from './layout.js';
export { MODEL_NOUNS, type ModelNouns } from './nouns.js';
export { numberLine, placeDateLine, viNumberWords } from './words.js';
export { MAX_DOCUMENT_ENTRIES, MAX_DOCUMENT_TEXT_LENGTH } from './check.js';
export type { Issuer } from './issuer.js';
export { recognitionDecision, type RecognitionDecisionInput, type RecognitionEntry } from './decision.js';
export { recognitionCertificates } from './certificates.js';
export { yearReport, type YearReportInput } from './report.js';
export { documentToDocx, type DocxOptions } from './docx.js';
