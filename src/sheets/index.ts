/**
 * Spreadsheets as offices use them (bảng tính): `.xlsx` workbooks and rows of cells read as assessments, with every
 * bad cell named by its address; a template to hand to hamlets; results and statistics tables written back as
 * `.xlsx`; and a check of a whole report table as provinces print it.
 *
 * A separate entry point, `vn-learning-society/sheets`: the core does not import it, and only this entry point
 * depends on the spreadsheet libraries: fflate, whose streaming inflater feeds the library's own bounded reader of the
 * sheets' XML (`xlsx-read/`), and write-excel-file (docs/en/spreadsheets.md says why).
 *
 * @packageDocumentation
 */
export { cellAddress, cellText, columnLetter, isBlankCell, type SheetCell, type SheetTable } from './cells.js';
export { fold, headingKey, isIdHeading, parseYesNo } from './words.js';
export {
  assessmentReader,
  findHeaderRow,
  headingScore,
  indicatorOfHeading,
  readAssessmentSheet,
  type AssessmentReader,
  type AssessmentReaderOptions,
  type AssessmentSheetResult,
  type ReaderColumn,
  type SheetAssessment,
  type SheetProblem,
  type SheetProblemCode,
  type SheetRowResult,
} from './assessments.js';
export { sheetScorer, type RecordProblem, type ScoredRecord, type SheetScorer, type SheetScorerOptions } from './score.js';
/** Excel's own limits of a sheet (1,048,576 rows, 16,384 columns: A1 to XFD1048576), which `readWorkbook` holds files to. */
export { MAX_COLUMNS as EXCEL_MAX_COLUMNS, MAX_ROWS as EXCEL_MAX_ROWS } from './xlsx-read/sheet.js';
export { pickSheet, readWorkbook, workbookBytes, type ReadWorkbookOptions, type WorkbookColumn, type WorkbookSheet } from './xlsx.js';
export { allowedValues, assessmentTemplate, TEMPLATE_ID_HEADING, type AssessmentTemplateOptions } from './template.js';
export { summarySheet } from './summary.js';
/** The rounding conventions in words: the core's table, re-exported here where the report-table check names them. */
export { ROUNDING_NAMES } from 'vn-learning-society';
export { verifyReportTable, type ReportCellCheck, type ReportColumnGroup, type ReportColumnRef, type ReportTableSpec, type ReportTableVerdict } from './report-table.js';
