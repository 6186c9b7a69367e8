/** The data files of data/units/, by name, made from the official lists in `sourceDir`. */
export function unitsData(sourceDir: URL): Record<string, unknown>;
