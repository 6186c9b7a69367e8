/**
 * Test cases as data (ca kiểm thử): a YAML or JSON file of named assessments and what their results must be, that a
 * clerk can write without TypeScript and a province can keep beside its fork, in the spirit of OpenFisca's YAML tests.
 * `vn-learning-society test <files…>` runs them; {@link runCases} runs them inside an app's own test suite.
 *
 * A separate entry point, `vn-learning-society/cases`: the core does not import it, and only this entry point depends
 * on the YAML reader (`yaml`; docs/en/adopting-the-criteria.md says why).
 *
 * @packageDocumentation
 */
export { CASE_FILE_LIMITS, parseCaseFile, type CaseFileIssue, type ParseCaseFileOptions } from './file.js';
export { caseReportText, runCases, type CaseFailure, type CaseReport, type CaseResult, type RunCasesOptions } from './run.js';
export type { CaseExpectation, CaseFile, TestCase } from './types.js';
