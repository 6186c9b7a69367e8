import * as z from 'zod';
import { labelSchema } from '../../core/label/schema.js';
import { JURISDICTION_CODE_PATTERN } from '../dated-entry/ids.js';

/**
 * Who a document applies to (phạm vi áp dụng): the nation (`VN`) or a province that forked it (`VN-…`, an
 * ISO 3166-2:VN code such as `VN-SG` or `VN-45`), with its name.
 */
export const jurisdictionSchema = z.strictObject({
  /** `VN`, or `VN-` and upper-case letters or digits (ISO 3166-2:VN codes such as `VN-SG`, `VN-45`). */
  code: z.string().regex(JURISDICTION_CODE_PATTERN),
  name: labelSchema,
});
