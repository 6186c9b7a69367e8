/**
 * Text from a file as a message of the command line quotes it: at most `max` characters, then `…` (a cell, an id or a
 * heading may be megabytes long).
 */
export function shortText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
