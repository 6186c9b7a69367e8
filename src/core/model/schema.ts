import * as z from 'zod';
import { LEVELS, MODELS } from './index.js';

/** Zod schema of a {@link Model} id. */
export const modelSchema = z.enum(MODELS);

/** Zod schema of a {@link Level} id. */
export const levelSchema = z.enum(LEVELS);
