import type { Label } from 'vn-learning-society';

/**
 * How an administrative document is laid out (thể thức và kỹ thuật trình bày văn bản hành chính): paper, margins,
 * font and the size of each element, as Nghị định 30/2020/NĐ-CP, Phụ lục I prescribes. Sizes are in points, lengths in
 * millimetres. It is data, so that a province whose office uses other values within the ranges (or a later decree)
 * passes its own: `{ ...ND_30_2020_LAYOUT, body: 13 }`.
 */
export interface DocumentLayout {
  /** The text this layout follows, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I". */
  readonly source: Label;
  /** True when a value was not read from the text itself (see `note`). */
  readonly uncertain: boolean;
  readonly note?: Label;
  /** Paper (khổ giấy), in millimetres. */
  readonly page: { readonly width: number; readonly height: number };
  /** Margins (định lề trang), in millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** The font (phông chữ) and, where a machine lacks it, what a reader may substitute. */
  readonly font: string;
  /** Sizes in points of each element. */
  readonly sizes: {
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (quốc hiệu). */
    readonly nationalName: number;
    /** "Độc lập - Tự do - Hạnh phúc" (tiêu ngữ). */
    readonly motto: number;
    /** The issuing body and its parent (tên cơ quan ban hành). */
    readonly issuer: number;
    /** "Số: …/QĐ-UBND". */
    readonly number: number;
    /** Place and date (địa danh và thời gian). */
    readonly placeDate: number;
    /** The kind of document, e.g. "QUYẾT ĐỊNH" (tên loại). */
    readonly kind: number;
    /** The subject line (trích yếu nội dung). */
    readonly subject: number;
    /** The body (nội dung). */
    readonly body: number;
    /** The signature block (chức vụ, họ tên người ký). */
    readonly signature: number;
    /** "Nơi nhận:". */
    readonly recipientsTitle: number;
    /** The list of recipients. */
    readonly recipients: number;
    /** Cells of a table (an annexed list, a statistics table). */
    readonly table: number;
    /** The headline of a certificate ("CÔNG NHẬN"); not an element NĐ 30/2020 sets. */
    readonly display: number;
    /** The name on a certificate; not an element NĐ 30/2020 sets. */
    readonly displayName: number;
  };
  /** First-line indent of a paragraph of the body (lùi đầu dòng), in millimetres. */
  readonly indent: number;
  /** Space after a paragraph of the body, in points (khoảng cách giữa các đoạn). */
  readonly paragraphSpacing: number;
  /** Line spacing of the body, as a multiple of single spacing. */
  readonly lineSpacing: number;
}

/**
 * The layout of Nghị định 30/2020/NĐ-CP (công tác văn thư), Phụ lục I: A4 paper; margins top and bottom 20–25 mm, left
 * 30–35 mm, right 15–20 mm; Times New Roman; the national name 12–13 pt bold capitals, the motto 13–14 pt bold; the
 * body 13–14 pt. Where the decree gives a range this takes one value in it. The values are as this project's authors
 * know the decree, not quoted from its text, so the layout is marked uncertain: an office that holds the text may
 * confirm them or pass its own.
 *
 * @example
 * ```ts
 * import { ND_30_2020_LAYOUT } from 'vn-learning-society/documents';
 * ND_30_2020_LAYOUT.margins.left; // 30
 * ND_30_2020_LAYOUT.font; // 'Times New Roman'
 * ```
 */
export const ND_30_2020_LAYOUT: DocumentLayout = {
  source: { vi: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Phụ lục I', en: 'Decree No. 30/2020/NĐ-CP of 05/3/2020 on clerical work, Appendix I' },
  uncertain: true,
  note: {
    vi: 'Các giá trị theo hiểu biết của nhóm phát triển về Phụ lục I, chưa đối chiếu nguyên văn; nơi Nghị định cho một khoảng, lấy một giá trị trong khoảng đó.',
    en: 'The values as the project’s authors know Appendix I, not checked against its text; where the decree gives a range, one value in it.',
  },
  page: { width: 210, height: 297 },
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  sizes: { nationalName: 12, motto: 13, issuer: 12, number: 13, placeDate: 14, kind: 14, subject: 14, body: 14, signature: 14, recipientsTitle: 12, recipients: 11, table: 12, display: 30, displayName: 22 },
  indent: 12.7,
  paragraphSpacing: 6,
  lineSpacing: 1.15,
};
