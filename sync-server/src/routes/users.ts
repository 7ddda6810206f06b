import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import type { AppEnv } from '../app-env.ts';
import { CreateUserRequest, type Role } from '../../../shared/api.ts';
import { UpdateUserRequest, type UserView } from '../../../shared/staff-admin.ts';
import { parseUserBody } from './user-body.ts';
import { AppError } from '../errors.ts';
import { requireAuth, staffOf } from '../auth/require.ts';
import { hashPassword } from '../auth/password.ts';
import { writeAudit } from '../audit/audit-log.ts';

interface UserRow {
  id: number;
  username: string;
  role: Role;
  created_at: string;
  disabled_at: string | null;
}

const toView = (u: UserRow): UserView => ({ username: u.username, role: u.role, createdAt: u.created_at, disabled: u.disabled_at !== null });

export function userRoutes(deps: Deps) {
  const { db, now } = deps;
  const findUser = db.prepare<[string], UserRow>('SELECT id, username, role, created_at, disabled_at FROM users WHERE username = ?');
  return new Hono<AppEnv>()
    .use(requireAuth(deps, 'admin'))
    .get('/', (c) => {
      const users = db.prepare<[], UserRow>('SELECT id, username, role, created_at, disabled_at FROM users ORDER BY username').all();
      return c.json({ users: users.map(toView) });
    })
    .post('/', async (c) => {
      const { username, password, role } = await parseUserBody(c, CreateUserRequest);
      const hash = await hashPassword(password, deps.passwordCost);
      const at = now();
      db.transaction(() => {
        const result = db
          .prepare('INSERT OR IGNORE INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)')
          .run(username, hash, role, at.toISOString());
        if (result.changes === 0) throw new AppError(409, 'username-taken', `The username "${username}" is taken.`);
        writeAudit(db, staffOf(c.var.principal), at, { action: 'user.create', target: `user:${username}`, details: { role } });
      }).immediate();
      return c.json({ username, role }, 201);
    })
    .patch('/:username', async (c) => {
      const change = await parseUserBody(c, UpdateUserRequest);
      const staff = staffOf(c.var.principal);
      const username = c.req.param('username').toLowerCase();
      const hash = change.password === undefined ? undefined : await hashPassword(change.password, deps.passwordCost);
      const at = now();
      const updated = db.transaction(() => {
        const user = findUser.get(username);
        if (!user) throw new AppError(404, 'user-not-found', `No user ${username}.`);
        // An admin cannot lock the deployment out by demoting or disabling the last active admin.
        const losesAdmin = user.role === 'admin' && ((change.role && change.role !== 'admin') || change.disabled === true);
        const otherAdmins = db.prepare("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL AND id <> ?").get(user.id);
        if (losesAdmin && !otherAdmins) throw new AppError(409, 'last-admin', 'Keep at least one active admin.');
        const disabledAt = change.disabled === undefined ? user.disabled_at : change.disabled ? (user.disabled_at ?? at.toISOString()) : null;
        db.prepare('UPDATE users SET role = ?, disabled_at = ?, password_hash = coalesce(?, password_hash) WHERE id = ?').run(
          change.role ?? user.role, disabledAt, hash ?? null, user.id,
        );
        if (change.role || change.disabled || hash) db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
        writeAudit(db, staff, at, {
          action: 'user.update',
          target: `user:${username}`,
          details: { role: change.role, disabled: change.disabled, passwordChanged: hash !== undefined },
        });
        return findUser.get(username) ?? user;
      }).immediate();
      return c.json(toView(updated));
    });
}
