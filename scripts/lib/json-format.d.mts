/** `value` as JSON text in the layout of the files in data/, ending with a newline. */
export function formatJson(value: unknown): string;
