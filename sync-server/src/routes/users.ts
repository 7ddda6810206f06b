import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateUserRequest } from '../../../shared/api.ts';
import { parseBody } from '../parse-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth } from '../auth/require.ts';
import { hashPassword } from '../auth/password.ts';

export function userRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>().post('/', requireAuth(deps, 'admin'), async (c) => {
    const { username, password, role } = await parseBody(c, CreateUserRequest);
    const hash = await hashPassword(password);
    const result = db
      .prepare('INSERT OR IGNORE INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)')
      .run(username, hash, role, now().toISOString());
    if (result.changes === 0) throw new AppError(409, 'username-taken', `The username "${username}" is taken.`);
    return c.json({ username, role }, 201);
  });
}
