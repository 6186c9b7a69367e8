import type { Command } from 'commander';
import { findLegalCitations, findLegalDocument, type Lang } from 'vn-learning-society';
import { writeRows } from '../io.js';
import { CliFailure, EXIT, T, type CliContext } from '../shared.js';
import { headings } from '../vocabulary.js';
import { commonOption } from '../options.js';

const DESCRIPTIONS = {
  vi: { command: 'đọc các trích dẫn văn bản pháp luật từ đoạn văn hoặc tệp, và tìm chúng trong danh mục', input: 'tệp văn bản; - là đầu vào chuẩn' },
  en: { command: 'read legal citations from text or a file, and find them in the catalogue', input: 'a text file; - for standard input' },
} as const;

/** `citation`: reads legal citations from text and finds them in the register. */
export function registerCitation(program: Command, cli: CliContext, lang: Lang): void {
  const { io } = cli;
  program
    .command('citation [text...]')
    .description(DESCRIPTIONS[lang].command)
    .addOption(commonOption('input', lang, { description: DESCRIPTIONS[lang].input, required: false }))
    .action(async (words: string[], o: { input?: string }) => {
      const { format, lang } = cli.globals();
      const text = o.input ? await io.readText(o.input) : words.join(' ');
      const found = findLegalCitations(text);
      if (found.length === 0) throw new CliFailure(T[lang].noCitation, EXIT.badInput);
      writeRows(
        io,
        format,
        found.map((c) => ({ kind: c.kind, reference: c.reference, year: c.year ?? '', date: c.date ?? '', issuer: c.issuer ?? '', catalogue: findLegalDocument(c)?.id ?? '' })),
        format === 'table' || format === 'csv' ? headings(['kind', 'reference', 'year', 'date', 'issuer', 'catalogue'], lang) : undefined,
      );
    });
}
