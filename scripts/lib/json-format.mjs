// The one JSON layout of the files in data/: two-space indent, and an object or list on one line when it fits in
// 120 columns (a label, a band, a source reference), so that a person reads a rule set as a list of criteria, not
// a column of braces. Written by the scripts that generate data; a test checks that every file is laid out so.

const WIDTH = 120;

/** `value` as JSON text in the layout above, ending with a newline. */
export function formatJson(value) {
  return `${layout(value, 0, 0)}\n`;
}

function layout(value, indent, prefix) {
  const flat = JSON.stringify(value);
  if (flat === undefined) throw new TypeError('not JSON data');
  if (typeof value !== 'object' || value === null) return flat;
  const inline = spaced(value);
  if (indent + prefix + inline.length <= WIDTH) return inline;
  const pad = ' '.repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + layout(v, indent + 2, 0)).join(',\n')}\n${' '.repeat(indent)}]`;
  }
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (keys.length === 0) return '{}';
  return `{\n${keys
    .map((k) => {
      const key = `${JSON.stringify(k)}: `;
      return pad + key + layout(value[k], indent + 2, key.length);
    })
    .join(',\n')}\n${' '.repeat(indent)}}`;
}

/** One line with a space after each comma and colon, as people write JSON by hand. */
function spaced(value) {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(spaced).join(', ')}]`;
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  return keys.length === 0 ? '{}' : `{ ${keys.map((k) => `${JSON.stringify(k)}: ${spaced(value[k])}`).join(', ')} }`;
}
