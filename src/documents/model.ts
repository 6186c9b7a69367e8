import type { Label } from 'vn-learning-society';
import { isObject, requireArg } from './check.js';
import type { DocumentLayout } from './layout.js';

/**
 * A document as blocks of text, before it is written to a file: what it says, in order, and how each part is set
 * (bold, italic, size, alignment). The functions of this entry point build one (`recognitionDecision`,
 * `recognitionCertificates`, `yearReport`); `documentToDocx` writes it as a Word file and `documentText` as plain text.
 * It is plain data (JSON), so that an application may check it, change a line, or write it in another format.
 */
export interface OfficialDocument {
  /** What it is. */
  readonly kind: 'recognition-decision' | 'recognition-certificates' | 'year-report';
  /** A short title, for the file's properties. */
  readonly title: string;
  /** The document's day (`YYYY-MM-DD`): its date line, and the dates the file records. */
  readonly date: string;
  readonly orientation: 'portrait' | 'landscape';
  /**
   * True when something the document rests on is not confirmed (a provisional verdict, an authority or a layout the
   * rules mark uncertain): the document then says so at its top, in red, and is a draft (dự thảo) until it is resolved.
   */
  readonly draft: boolean;
  /** Each unconfirmed thing, in both languages (what the red notice lists). */
  readonly warnings: readonly Label[];
  readonly blocks: readonly DocumentBlock[];
}

/** The size of a piece of text, named by what it is (see {@link DocumentLayout}'s `sizes`). */
export type SizeName = keyof DocumentLayout['sizes'];

/** A run of text with one setting. `mark` sets it in red: something to resolve before the document is signed. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly mark?: boolean;
}

/** One block of a document. */
export type DocumentBlock =
  | {
      /** The top of an administrative document: the issuing body and its number on the left; the national name, the motto and the place and date on the right. */
      readonly kind: 'letterhead';
      readonly parent?: string;
      readonly issuer: string;
      readonly number: string;
      readonly placeDate: string;
    }
  | {
      readonly kind: 'paragraph';
      readonly runs: readonly TextRun[];
      readonly align?: 'left' | 'center' | 'right' | 'justify';
      readonly size?: SizeName;
      /** First-line indent of the body. */
      readonly indent?: boolean;
      /** Points of space before. */
      readonly spaceBefore?: number;
      /** Keep with the next block on one page (a title with what follows). */
      readonly keepNext?: boolean;
    }
  | {
      /** A short centred line, under a subject or a motto. */
      readonly kind: 'rule';
    }
  | {
      /** A table whose header repeats on every page. Widths are shares of the line (they add up to 100). */
      readonly kind: 'table';
      readonly columns: readonly { readonly label: string; readonly width: number; readonly align?: 'left' | 'center' | 'right' }[];
      readonly rows: readonly (readonly string[])[];
      /** A last row in bold (totals). */
      readonly totals?: readonly string[];
    }
  | {
      /** The signature block: recipients (or, without them, `left`) on the left, the signer on the right. */
      readonly kind: 'signature';
      readonly recipients: readonly string[];
      readonly left?: string;
      /** A place and date line above the signer (a certificate's). */
      readonly dateLine?: string;
      readonly capacity?: string;
      readonly title: string;
      readonly name: string;
    }
  | { readonly kind: 'page-break' };

/**
 * The text of a document, one line per paragraph, table row or part of the letterhead: what a reader would see, for a
 * preview, a test or a search.
 *
 * @example
 * ```ts
 * import { documentText, type OfficialDocument } from 'vn-learning-society/documents';
 * const doc: OfficialDocument = { kind: 'year-report', title: 'Báo cáo', date: '2025-12-20', orientation: 'portrait', draft: false, warnings: [], blocks: [
 *   { kind: 'paragraph', runs: [{ text: 'BÁO CÁO', bold: true }] },
 *   { kind: 'table', columns: [{ label: 'Xã', width: 50 }, { label: 'Số hộ', width: 50 }], rows: [['An Bình', '120']] },
 * ] };
 * documentText(doc); // 'BÁO CÁO\nXã | Số hộ\nAn Bình | 120'
 * ```
 */
export function documentText(doc: OfficialDocument): string {
  requireArg(isObject(doc) && Array.isArray(doc.blocks), 'doc', { vi: 'một văn bản { blocks: [...] }', en: 'a document { blocks: [...] }' }, doc);
  const lines: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'letterhead':
        if (b.parent) lines.push(b.parent);
        lines.push(b.issuer, NATIONAL_NAME, MOTTO, b.number, b.placeDate);
        break;
      case 'paragraph':
        lines.push(b.runs.map((r) => r.text).join(''));
        break;
      case 'table':
        lines.push(b.columns.map((c) => c.label).join(' | '));
        for (const row of b.rows) lines.push(row.join(' | '));
        if (b.totals) lines.push(b.totals.join(' | '));
        break;
      case 'signature':
        if (b.recipients.length > 0) lines.push('Nơi nhận:', ...b.recipients.map((r) => `- ${r}`));
        else if (b.left) lines.push(b.left);
        if (b.dateLine) lines.push(b.dateLine);
        if (b.capacity) lines.push(b.capacity);
        lines.push(b.title, b.name);
        break;
      case 'rule':
      case 'page-break':
        break;
    }
  }
  return lines.join('\n');
}

/** Quốc hiệu. */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ. */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
