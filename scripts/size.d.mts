/** Types of scripts/size.mjs, for the tests. */
export interface SizeBudget {
  readonly name: string;
  readonly code: string;
  /** Bytes of gzip (level 9). */
  readonly gzip: number;
  /** A module of dist/ the code loads with `import()`: the bundle is code-split and that chunk counted with it. */
  readonly load?: string;
  /** A figure the README states (rounded to the KB). */
  readonly readme?: boolean;
}
export interface Sizes {
  readonly minified: number;
  readonly gzip: number;
  readonly brotli: number;
}
export declare const BUDGETS: readonly SizeBudget[];
export declare function measure(
  code: string,
  options?: { readonly load?: string | undefined },
): Promise<Sizes & {
  text: string;
  /** When code-split: what the page loads first, what the one `import()` fetches, and the number of files. */
  initial?: Sizes;
  loaded?: Sizes;
  chunks?: number;
  texts?: { initial: string; loaded: string };
}>;
