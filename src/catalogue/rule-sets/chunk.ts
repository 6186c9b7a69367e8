import type { LegalSource } from '../../document/legal-source/index.js';
import { RULE_SET_KEYED_FIELDS } from '../../rules/rule-set/keyed.js';
import type { RuleSet } from '../../rules/rule-set/schema.js';
import { shipped, shippedFork, type DataFile } from '../shipped/index.js';

/**
 * What `loadRuleSet` fetches for one shipped rule set: the files it is built from, as data, and nothing of the
 * library's code. Each is a module of `../generated/chunks/` (written by `npm run data:catalogue`), so that an
 * application's bundler makes it a chunk of its own; it holds its own copy of the data, apart from the modules of the
 * named exports (`learningFamilyKhvn2021`), because a bundler (esbuild) loads at start every module that is both
 * imported statically, even unused, and with `import()`.
 *
 * @internal
 */
export interface RuleSetChunk {
  /** The rule set's file of `data/rule-sets/`: a whole rule set, or a fork of `base`. */
  readonly file: DataFile;
  /** The files of `data/legal-sources/` it cites. */
  readonly sources: readonly DataFile[];
  /** The chunk of the shipped rule set it forks. */
  readonly base?: RuleSetChunk;
}

/**
 * The rule set of a chunk, built as the catalogue builds the named export: read, its sources resolved, forked from
 * its base, frozen (`test/catalogue/rule-sets-load.test.ts` proves the two deep-equal).
 *
 * @internal
 */
export function ruleSetOfChunk(chunk: RuleSetChunk): RuleSet {
  const sources = chunk.sources.map((s) => shipped<LegalSource>(s));
  return chunk.base ? shippedFork(chunk.file, ruleSetOfChunk(chunk.base), RULE_SET_KEYED_FIELDS, sources) : shipped<RuleSet>(chunk.file, sources);
}
