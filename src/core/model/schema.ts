import * as z from 'zod';
import { LEVELS, MODELS } from './index.js';

/** Zod schema of a `Model` id (from `vn-learning-society`). */
export const modelSchema = z.enum(MODELS);

/** Zod schema of a `Level` id (from `vn-learning-society`). */
export const levelSchema = z.enum(LEVELS);
