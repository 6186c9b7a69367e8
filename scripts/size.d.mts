/** Types of scripts/size.mjs, for the tests. */
export interface SizeBudget {
  readonly name: string;
  readonly code: string;
  /** Bytes of gzip (level 9). */
  readonly gzip: number;
}
export declare const BUDGETS: readonly SizeBudget[];
export declare function measure(code: string): Promise<{ minified: number; gzip: number; brotli: number; text: string }>;
