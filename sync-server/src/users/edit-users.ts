import type { Sql } from '../db/sql.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { Role } from '../../../shared/api.ts';
import type { z } from 'zod';
import type { UpdateUserRequest, UserView } from '../../../shared/staff-admin.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { deleteUserSessions } from '../sessions/sessions-store.ts';
import { findUser, hasOtherActiveAdmin, insertUser, lockAdmins, updateUser, type UserRow } from './users-store.ts';

export const userView = (u: UserRow): UserView => ({
  username: u.username,
  role: u.role,
  createdAt: u.created_at,
  disabled: u.disabled_at !== null,
});

export async function createUser(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  user: { username: string; passwordHash: string; role: Role },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await insertUser(tx, { ...user, createdAt: at.toISOString() }))) {
      throw new AppError(409, 'username-taken', `The username "${user.username}" is taken.`);
    }
    await writeAudit(tx, staff, at, {
      action: 'user.create',
      target: `user:${user.username}`,
      details: { role: user.role },
    });
  });
}

/** `passwordHash` is the new password's, already hashed; its sessions end with any change of role, access or password. */
export async function changeUser(
  db: Sql,
  staff: StaffPrincipal,
  at: Date,
  username: string,
  change: Omit<z.output<typeof UpdateUserRequest>, 'password'> & { passwordHash?: string },
): Promise<UserView> {
  const { passwordHash } = change;
  const updated = await db.transaction(async (tx) => {
    const user = await findUser(tx, username);
    if (!user) throw new AppError(404, 'user-not-found', `No user ${username}.`);
    // An admin cannot lock the deployment out by demoting or disabling the last active admin.
    const losesAdmin = user.role === 'admin' && ((change.role && change.role !== 'admin') || change.disabled === true);
    if (losesAdmin) await lockAdmins(tx);
    if (losesAdmin && !(await hasOtherActiveAdmin(tx, user.id)))
      throw new AppError(409, 'last-admin', 'Keep at least one active admin.');
    const disabledAt =
      change.disabled === undefined
        ? user.disabled_at
        : change.disabled
          ? (user.disabled_at ?? at.toISOString())
          : null;
    await updateUser(tx, user.id, { role: change.role ?? user.role, disabledAt, passwordHash: passwordHash ?? null });
    if (change.role || change.disabled || passwordHash) await deleteUserSessions(tx, user.id);
    await writeAudit(tx, staff, at, {
      action: 'user.update',
      target: `user:${username}`,
      details: { role: change.role, disabled: change.disabled, passwordChanged: passwordHash !== undefined },
    });
    return (await findUser(tx, username)) ?? user;
  });
  return userView(updated);
}
