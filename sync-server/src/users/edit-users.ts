import type { Db } from '../db/database.ts';
import type { StaffPrincipal } from '../app-env.ts';
import type { Role } from '../../../shared/api.ts';
import type { z } from 'zod';
import type { UpdateUserRequest, UserView } from '../../../shared/staff-admin.ts';
import { AppError } from '../errors.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { deleteUserSessions } from '../sessions/sessions-store.ts';
import { findUser, hasOtherActiveAdmin, insertUser, updateUser, type UserRow } from './users-store.ts';

export const userView = (u: UserRow): UserView => ({ username: u.username, role: u.role, createdAt: u.created_at, disabled: u.disabled_at !== null });

export function createUser(db: Db, staff: StaffPrincipal, at: Date, user: { username: string; passwordHash: string; role: Role }): void {
  db.transaction(() => {
    if (!insertUser(db, { ...user, createdAt: at.toISOString() })) {
      throw new AppError(409, 'username-taken', `The username "${user.username}" is taken.`);
    }
    writeAudit(db, staff, at, { action: 'user.create', target: `user:${user.username}`, details: { role: user.role } });
  }).immediate();
}

/** `passwordHash` is the new password's, already hashed; its sessions end with any change of role, access or password. */
export function changeUser(
  db: Db, staff: StaffPrincipal, at: Date, username: string,
  change: Omit<z.output<typeof UpdateUserRequest>, 'password'> & { passwordHash?: string },
): UserView {
  const { passwordHash } = change;
  const updated = db.transaction(() => {
    const user = findUser(db, username);
    if (!user) throw new AppError(404, 'user-not-found', `No user ${username}.`);
    // An admin cannot lock the deployment out by demoting or disabling the last active admin.
    const losesAdmin = user.role === 'admin' && ((change.role && change.role !== 'admin') || change.disabled === true);
    if (losesAdmin && !hasOtherActiveAdmin(db, user.id)) throw new AppError(409, 'last-admin', 'Keep at least one active admin.');
    const disabledAt = change.disabled === undefined ? user.disabled_at : change.disabled ? (user.disabled_at ?? at.toISOString()) : null;
    updateUser(db, user.id, { role: change.role ?? user.role, disabledAt, passwordHash: passwordHash ?? null });
    if (change.role || change.disabled || passwordHash) deleteUserSessions(db, user.id);
    writeAudit(db, staff, at, {
      action: 'user.update',
      target: `user:${username}`,
      details: { role: change.role, disabled: change.disabled, passwordChanged: passwordHash !== undefined },
    });
    return findUser(db, username) ?? user;
  }).immediate();
  return userView(updated);
}
