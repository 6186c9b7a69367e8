// The words of a sheet live in the core (src/core/words), so that the command line's CSV reader and the main entry point
// match headings and yes/no the same way without loading the workbook reader; the sheets entry point re-exports them.
export { fold, headingKey, isIdHeading, parseYesNo } from 'vn-learning-society';
