/**
 * Freezes an object and everything reachable from it, in place, and returns it. Shared data (the shipped rule
 * sets, a compiled rule set's copy) is frozen so that no caller can change what another caller sees.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Whether an object and everything reachable from it is frozen: such a value can never change, so what was
 * computed from it once holds for good.
 *
 * @internal
 */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const v of Object.values(value)) if (!isDeepFrozen(v)) return false;
  return true;
}
