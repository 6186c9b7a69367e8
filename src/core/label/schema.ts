import * as z from 'zod';

/**
 * Zod schema of a `Label`: both languages required, each 1–2,000 characters. A module of its own, so that the modules
 * of scoring, which use labels, carry no schema library.
 */
export const labelSchema = z.strictObject({
  vi: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
