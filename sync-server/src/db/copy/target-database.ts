import { PostgresSql } from '../postgres-sql.ts';
import { urlWithoutPassword } from '../url-without-password.ts';
import { CopyRefusedError, describeError } from './copy-errors.ts';

/** The PostgreSQL named by `--to`, once it has answered a query; one line naming it (without its password) when it does not. */
export async function connectTarget(url: string): Promise<PostgresSql> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new CopyRefusedError(`--to must be a postgres:// URL, not ${urlWithoutPassword(url)}.`);
  let sql: PostgresSql;
  try {
    sql = new PostgresSql(url, { poolSize: 2 });
  } catch (err) {
    throw new CopyRefusedError(`--to ${urlWithoutPassword(url)} is not usable: ${describeError(err)}`);
  }
  try {
    await sql.get('SELECT 1');
  } catch (err) {
    await sql.close();
    throw new CopyRefusedError(`Cannot use PostgreSQL at ${urlWithoutPassword(url)}: ${describeError(err)}`);
  }
  return sql;
}
