// The patterns of the ids documents use, once: the zod schemas (schema.ts files) and the zod-free checks (check.ts
// files) both read them.

/** A document's id (rule set, target table, …): lower-case words joined by `-`, e.g. `learning-family-khvn-2015`. */
export const DOCUMENT_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** An element's id in a keyed list: words joined by `-` or `.`, e.g. `children.attendance`. */
export const NODE_ID_PATTERN = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
/** A legal source's id in a document's `sources` (and what `ref` names): e.g. `qd-448-khvn`. */
export const SOURCE_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
/**
 * A jurisdiction's code: `VN`; a province's statistics code with the list it belongs to (`87@2025-03-01`,
 * `82@2025-07-01`: the canonical form, see `findPlace`); or `VN-` and an ISO 3166-2:VN code such as `VN-SG` or `VN-45`
 * (an alias of a province before 1 July 2025), or a code of a province's own choosing.
 */
export const JURISDICTION_CODE_PATTERN = /^(?:VN(?:-[A-Z0-9]{1,12})?|\d{2}@\d{4}-\d{2}-\d{2})$/;

/** The longest document id the checks accept. */
const MAX_DOCUMENT_ID_LENGTH = 100;

/**
 * Whether `text` can be a document's id (a rule set's, a target table's, a fork's): lower-case words of letters and
 * digits joined by `-`, the first starting with a letter, at most 100 characters — what every document's `id` is
 * checked against. A form or a command that names a new fork checks the id with it before building anything.
 *
 * @example
 * ```ts
 * import { isDocumentId } from 'vn-learning-society';
 * isDocumentId('learning-family-long-an-2025'); // true
 * isDocumentId('Long An 2025'); // false
 * isDocumentId('2025-long-an'); // false
 * ```
 */
export function isDocumentId(text: unknown): boolean {
  return typeof text === 'string' && text.length <= MAX_DOCUMENT_ID_LENGTH && DOCUMENT_ID_PATTERN.test(text);
}
