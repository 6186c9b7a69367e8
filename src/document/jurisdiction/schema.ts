import * as z from 'zod';
import { labelSchema } from '../../core/label/schema.js';
import { JURISDICTION_CODE_PATTERN } from '../dated-entry/ids.js';
import { isProvinceKey } from '../place/codes.js';

/**
 * Who a document applies to (phạm vi áp dụng): the nation (`VN`), a province by its statistics code and list
 * (`87@2025-03-01`, the canonical form), or a province by an ISO 3166-2:VN code (`VN-SG`, `VN-45`: aliases of the
 * provinces before 1 July 2025) or a code of its own choosing (`VN-…`), with its name.
 */
export const jurisdictionSchema = z.strictObject({
  /** `VN`; a statistics code with its list (`87@2025-03-01`); or `VN-` and upper-case letters or digits. */
  code: z
    .string()
    .regex(JURISDICTION_CODE_PATTERN)
    .superRefine((v, ctx) => {
      if (v.includes('@') && !isProvinceKey(v)) {
        ctx.addIssue({ code: 'custom', message: `${v} names no province: the list ${v.slice(3)} has no code ${v.slice(0, 2)} (lists: 2025-03-01, 2025-07-01)`, params: { code: 'unknown_jurisdiction', vi: `${v} không phải mã tỉnh nào: danh mục ${v.slice(3)} không có mã ${v.slice(0, 2)} (các danh mục: 2025-03-01, 2025-07-01)` } });
      }
    }),
  name: labelSchema,
});
