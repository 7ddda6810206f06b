/** Where in a definition: `['fields', 3, 'relevant', 'field']`. */
export type Path = (string | number)[];

/** One thing wrong with a definition, at its path. */
export interface Problem {
  path: Path;
  message: string;
}
