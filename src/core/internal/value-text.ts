/**
 * Text from a file as a message quotes it: at most `max` characters, then `…` (a cell, an id or a heading may be
 * megabytes long).
 *
 * @internal
 */
export function shortText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A short, safe rendering of any value for an error message: never throws (objects without a prototype, symbols,
 * cycles) and never runs the value's own code (no toString or getters).
 *
 * @internal
 */
export function valueText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object';
  }
}
