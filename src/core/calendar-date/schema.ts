import * as z from 'zod';

/** An ISO calendar date `YYYY-MM-DD` (no time, no zone). */
export const isoDateSchema = z.iso.date();
