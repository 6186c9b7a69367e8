import type { YearbookPlan } from '../../programme/yearbook/index.js';
import { YEARBOOK_PLAN_YEARBOOK_LONG_AN_2020 } from '../generated/yearbooks.js';

/**
 * Long An's 2020 yearbook of learning models (seed 000): each of the 15 districts, towns and cities nominates one
 * exemplary case of each of the five models (5 reports), 6 pages each — 450 pages; 258 copies handed out to six kinds
 * of recipient.
 *
 * Data: `data/yearbooks/yearbook-long-an-2020.json`. The object is frozen; fork it with `forkYearbookPlan`.
 */
export const LONG_AN_YEARBOOK_2020: YearbookPlan = YEARBOOK_PLAN_YEARBOOK_LONG_AN_2020;
