import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateUserRequest } from '../../../shared/api.ts';
import { UpdateUserRequest } from '../../../shared/staff-admin.ts';
import { parseUserBody } from './user-body.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { hashPassword } from '../auth/password.ts';
import { listUsers } from '../users/users-store.ts';
import { changeUser, createUser, userView } from '../users/edit-users.ts';

export function userRoutes(deps: Deps) {
  const { db, now } = deps;
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin'))
    .get('/', async (c) => c.json({ users: (await listUsers(db)).map(userView) }))
    .post('/', async (c) => {
      const { username, password, role } = await parseUserBody(c, CreateUserRequest);
      const passwordHash = await hashPassword(password, deps.passwordCost);
      await createUser(db, staffOf(c.var.principal), now(), { username, passwordHash, role });
      return c.json({ username, role }, 201);
    })
    .patch('/:username', async (c) => {
      const { password, ...change } = await parseUserBody(c, UpdateUserRequest);
      const staff = staffOf(c.var.principal);
      const passwordHash = password === undefined ? undefined : await hashPassword(password, deps.passwordCost);
      return c.json(
        await changeUser(db, staff, now(), c.req.param('username').toLowerCase(), { ...change, passwordHash }),
      );
    });
}
