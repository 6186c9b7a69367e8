/** Types of examples/web/serve.mjs, for the tests. */
export declare function serve(options?: { root?: string; port?: number }): Promise<{ url: string; close: () => Promise<void> }>;
