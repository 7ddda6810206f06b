import type { Db } from '../database.ts';
import * as m0001 from './0001-initial.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/** Append only: a migration that has shipped is never edited. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', up: m0001.up }];
