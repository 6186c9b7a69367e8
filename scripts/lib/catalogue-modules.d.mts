/** The folders of data/ the catalogue lists. */
export const CATALOGUE_FOLDERS: readonly string[];
/** The first lines of every generated file. */
export const GENERATED_HEADER: string;
/** The folders the generated modules live in, from the repository's root. */
export const GENERATED_DIRS: readonly string[];
/** Reads the files the catalogue lists, by their path in data/ (`rule-sets/<id>.json`), parsed. */
export function readDataTree(dataDir: string): Record<string, unknown>;
/** The ids of the register entries a document cites; throws, naming the file and the id, on one the register does not hold. */
export function citedEntries(file: string, doc: Record<string, unknown>, register: ReadonlySet<string>): string[];
/** Every generated module, by its path from the repository's root. */
export function catalogueModules(tree: Record<string, unknown>): Map<string, string>;
