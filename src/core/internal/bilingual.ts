import type { Label } from '../label/index.js';

/**
 * A {@link Label} from its Vietnamese and English texts: shorthand for the shipped data (rule sets, targets,
 * recognition rules, plans, the document catalogue).
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function bilingual(vi: string, en: string): Label {
  return { vi, en };
}
