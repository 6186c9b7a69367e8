import { LearningSocietyError } from '../../core/errors/index.js';
import { prefixIssue } from '../../core/errors/prefix.js';
import { parseChecked } from '../../core/internal/check.js';
import { checkSchedule } from '../schedule/index.js';
import { planIssues } from './check.js';
import type { Plan } from './schema.js';

export type { Plan, PlanTask } from './schema.js';

/**
 * Validates a plan from any source (object or JSON text), including its schedule (phases in order, none ending
 * before it starts, deadlines inside their phase).
 *
 * @throws {@link LearningSocietyError} `untrusted_input` or `invalid_input`.
 *
 * @example
 * ```ts
 * import { parsePlan, SEED_PLANS } from 'vn-learning-society';
 * const plan = parsePlan(JSON.stringify(SEED_PLANS[0]));
 * plan.id; // 'plan-long-an-yearbook-2020'
 * ```
 */
export function parsePlan(input: unknown): Plan {
  const plan = parseChecked<Plan>(input, planIssues, 'invalid_input', { vi: 'Kế hoạch không hợp lệ', en: 'Invalid plan' });
  if (plan.schedule) {
    try {
      checkSchedule(plan.schedule);
    } catch (e) {
      if (e instanceof LearningSocietyError) {
        throw new LearningSocietyError('invalid_input', { vi: 'Kế hoạch không hợp lệ', en: 'Invalid plan' }, e.issues.map((i) => prefixIssue(i, ['schedule'])));
      }
      throw e;
    }
  }
  if (plan.period && plan.period.to < plan.period.from) {
    throw new LearningSocietyError('invalid_input', { vi: 'Kế hoạch không hợp lệ', en: 'Invalid plan' }, [
      { path: ['period', 'to'], code: 'invalid_period', message: { vi: 'năm kết thúc trước năm bắt đầu', en: 'the period ends before it starts' } },
    ]);
  }
  return plan;
}

