import { resolve } from 'node:path';

/** npm runs a script in the package folder and names the caller's folder in INIT_CWD: a relative path is the caller's. */
export function callersPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
