// Who may call a contract method on a team server, declared once with each method (the 4th
// argument of `method` in the contract files). Zod-free: the renderer reads it too.
// reviewer < editor < admin. `write` methods change the desk: they are recorded with the
// account and announced to every open window (GET /api/events).
export const ROLES = ['reviewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Access {
  /** The least role that may call the method. */
  readonly role: Role;
  /** The method changes what is stored. */
  readonly write: boolean;
}

/** Reading the desk: any account. */
export const READ: Access = { role: 'reviewer', write: false };
/** Reviewing: verdicts, claims, sources, imports. */
export const REVIEW: Access = { role: 'reviewer', write: true };
/** Publishing: reports leave the desk (editor). */
export const PUBLISH: Access = { role: 'editor', write: false };
/** Deleting and reshaping: articles, claims, claimants (editor). */
export const EDIT: Access = { role: 'editor', write: true };
/** Accounts, settings, maintenance (admin). */
export const ADMIN: Access = { role: 'admin', write: true };

export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
