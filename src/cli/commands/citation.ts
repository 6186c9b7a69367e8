import type { Command } from 'commander';
import { findLegalDocument } from '../../catalogue/legal-sources/index.js';
import { findLegalCitations } from '../../programme/citation/index.js';
import { writeRows } from '../io.js';
import { CliFailure, EXIT, T, type CliContext } from '../shared.js';

/** `citation`: reads legal citations from text and finds them in the register. */
export function registerCitation(program: Command, cli: CliContext): void {
  const { io } = cli;
  program
    .command('citation [text...]')
    .description('read legal citations from text or a file, and find them in the catalogue')
    .option('-i, --input <file>', 'a text file; - for standard input')
    .action(async (words: string[], o: { input?: string }) => {
      const { format, lang } = cli.globals();
      const text = o.input ? await io.readText(o.input) : words.join(' ');
      const found = findLegalCitations(text);
      if (found.length === 0) throw new CliFailure(T[lang].noCitation, EXIT.badInput);
      writeRows(
        io,
        format === 'ndjson' ? 'json' : format,
        found.map((c) => ({ kind: c.kind, reference: c.reference, year: c.year ?? '', date: c.date ?? '', issuer: c.issuer ?? '', catalogue: findLegalDocument(c)?.id ?? '' })),
      );
    });
}
