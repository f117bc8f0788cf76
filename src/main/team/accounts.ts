// Accounts, sessions and personal API tokens of a team server.
// - Passwords: argon2id through @node-rs/argon2 (maintained, prebuilt for every platform, no
//   compiler), with its default cost (19 MiB, t=2).
// - A wrong password is answered slowly (a delay that grows with the failures), and the 10th
//   wrong password in a row locks the account until an admin resets its password.
// - Sessions and tokens are random 32-byte values; only their SHA-256 is stored. A session ends
//   when it expires, when its account is disabled (checked on every request) or at sign-out.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../core/errors';
import { newId } from '../core/ids';
import { isRole, type Role } from '../../shared/access';
import type { TeamDb } from './tables';

export const MAX_FAILED_ATTEMPTS = 10;
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const TOKEN_PREFIX = 'cdt_';
const NAME_RE = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,62}$/u;

export interface Account {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  locked: boolean;
  createdAt: string;
}

export interface TeamOptions {
  now?: () => Date;
  sessionTtlMs?: number;
  /** The delay added to a wrong password per failure so far (default 300 ms, at most 3 s in all). */
  failureDelayMs?: number;
}

export type SignInResult =
  | { ok: true; account: Account; sessionToken: string; expiresAt: string }
  | { ok: false; reason: 'wrong' | 'locked' | 'disabled' };

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function toAccount(row: { id: string; name: string; role: string; disabled: number; locked_at: string | null; created_at: string }): Account {
  return { id: row.id, name: row.name, role: isRole(row.role) ? row.role : 'reviewer', disabled: Boolean(row.disabled), locked: row.locked_at !== null, createdAt: row.created_at };
}

export function checkPassword(password: string): void {
  if (password.length < 10) throw new AppError('validation', 'A password needs at least 10 characters.');
  if (password.length > 1024) throw new AppError('validation', 'A password may have at most 1024 characters.');
}

export class Team {
  private readonly now: () => Date;
  readonly sessionTtlMs: number;
  private readonly failureDelayMs: number;
  /** A hash to verify against when the name is unknown, so an unknown name takes as long as a wrong password. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    readonly db: TeamDb,
    options: TeamOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
    this.failureDelayMs = options.failureDelayMs ?? 300;
  }

  private iso(offsetMs = 0): string {
    return new Date(this.now().getTime() + offsetMs).toISOString();
  }

  async add(name: string, role: Role, password: string): Promise<Account> {
    const clean = name.trim();
    if (!NAME_RE.test(clean)) throw new AppError('validation', `"${name}" is not a usable account name (letters, digits, space, . _ @ -; at most 63 characters).`);
    checkPassword(password);
    const existing = await this.db.selectFrom('team_accounts').select('id').where('name', '=', clean).executeTakeFirst();
    if (existing) throw new AppError('conflict', `There is already an account called ${clean}.`);
    const at = this.iso();
    const row = { id: newId(), name: clean, role, password_hash: await hash(password), disabled: 0, failed_attempts: 0, locked_at: null, created_at: at, updated_at: at };
    await this.db.insertInto('team_accounts').values(row).execute();
    return toAccount(row);
  }

  async list(): Promise<Account[]> {
    const rows = await this.db.selectFrom('team_accounts').selectAll().orderBy('name').execute();
    return rows.map(toAccount);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('team_accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async get(name: string): Promise<Account> {
    const row = await this.db.selectFrom('team_accounts').selectAll().where('name', '=', name.trim()).executeTakeFirst();
    if (!row) throw new AppError('not_found', `There is no account called ${name}.`);
    return toAccount(row);
  }

  /** Disables an account: its sessions and tokens stop working at once. */
  async disable(name: string): Promise<Account> {
    const account = await this.get(name);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('team_accounts').set({ disabled: 1, updated_at: this.iso() }).where('id', '=', account.id).execute();
      await trx.deleteFrom('team_sessions').where('account_id', '=', account.id).execute();
    });
    return { ...account, disabled: true };
  }

  async enable(name: string): Promise<Account> {
    const account = await this.get(name);
    await this.db.updateTable('team_accounts').set({ disabled: 0, updated_at: this.iso() }).where('id', '=', account.id).execute();
    return { ...account, disabled: false };
  }

  /** A new password; unlocks the account and ends its sessions. */
  async resetPassword(name: string, password: string): Promise<Account> {
    checkPassword(password);
    const account = await this.get(name);
    const passwordHash = await hash(password);
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('team_accounts').set({ password_hash: passwordHash, failed_attempts: 0, locked_at: null, updated_at: this.iso() }).where('id', '=', account.id).execute();
      await trx.deleteFrom('team_sessions').where('account_id', '=', account.id).execute();
    });
    return { ...account, locked: false };
  }

  async signIn(name: string, password: string): Promise<SignInResult> {
    const row = await this.db.selectFrom('team_accounts').selectAll().where('name', '=', name.trim()).executeTakeFirst();
    if (!row) {
      this.dummyHash ??= hash(randomBytes(16).toString('hex'));
      await verify(await this.dummyHash, password).catch(() => false);
      await sleep(this.failureDelayMs);
      return { ok: false, reason: 'wrong' };
    }
    if (row.locked_at !== null) {
      await sleep(this.failureDelayMs);
      return { ok: false, reason: 'locked' };
    }
    const good = await verify(row.password_hash, password).catch(() => false);
    if (!good) {
      const failures = row.failed_attempts + 1;
      await this.db
        .updateTable('team_accounts')
        .set({ failed_attempts: failures, locked_at: failures >= MAX_FAILED_ATTEMPTS ? this.iso() : null })
        .where('id', '=', row.id)
        .execute();
      // Slowed: each failure waits longer (at most 10 steps).
      await sleep(this.failureDelayMs * Math.min(failures, MAX_FAILED_ATTEMPTS));
      return { ok: false, reason: failures >= MAX_FAILED_ATTEMPTS ? 'locked' : 'wrong' };
    }
    if (row.disabled) return { ok: false, reason: 'disabled' };
    const sessionToken = randomBytes(32).toString('base64url');
    const expiresAt = this.iso(this.sessionTtlMs);
    await this.db.transaction().execute(async (trx) => {
      if (row.failed_attempts) await trx.updateTable('team_accounts').set({ failed_attempts: 0 }).where('id', '=', row.id).execute();
      await trx.insertInto('team_sessions').values({ token_hash: sha256(sessionToken), account_id: row.id, created_at: this.iso(), expires_at: expiresAt }).execute();
    });
    return { ok: true, account: toAccount(row), sessionToken, expiresAt };
  }

  async signOut(sessionToken: string): Promise<void> {
    await this.db.deleteFrom('team_sessions').where('token_hash', '=', sha256(sessionToken)).execute();
  }

  /** The account a session cookie belongs to, or null (unknown, expired or disabled). */
  async sessionAccount(sessionToken: string): Promise<Account | null> {
    const row = await this.db
      .selectFrom('team_sessions as s')
      .innerJoin('team_accounts as a', 'a.id', 's.account_id')
      .select(['a.id', 'a.name', 'a.role', 'a.disabled', 'a.locked_at', 'a.created_at', 's.expires_at'])
      .where('s.token_hash', '=', sha256(sessionToken))
      .executeTakeFirst();
    if (!row || row.disabled) return null;
    if (row.expires_at <= this.iso()) {
      await this.db.deleteFrom('team_sessions').where('token_hash', '=', sha256(sessionToken)).execute();
      return null;
    }
    return toAccount(row);
  }

  /** A new personal API token for scripts; shown once, stored hashed. */
  async createToken(name: string): Promise<{ account: Account; token: string }> {
    const account = await this.get(name);
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    await this.db.insertInto('team_tokens').values({ token_hash: sha256(token), account_id: account.id, created_at: this.iso(), last_used_at: null }).execute();
    return { account, token };
  }

  async tokenAccount(token: string): Promise<Account | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = await this.db
      .selectFrom('team_tokens as t')
      .innerJoin('team_accounts as a', 'a.id', 't.account_id')
      .select(['a.id', 'a.name', 'a.role', 'a.disabled', 'a.locked_at', 'a.created_at'])
      .where('t.token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!row || row.disabled) return null;
    return toAccount(row);
  }

  /** One row per write: who called which method on what. */
  async recordWrite(account: Pick<Account, 'id' | 'name'>, method: string, target: { kind: string; id: string } | null): Promise<void> {
    await this.db
      .insertInto('team_writes')
      .values({ id: newId(), account_id: account.id, account_name: account.name, method, target_kind: target?.kind ?? null, target_id: target?.id ?? null, at: this.iso() })
      .execute();
  }

  async getSetting(key: string): Promise<string | null> {
    return (await this.db.selectFrom('team_settings').select('value').where('key', '=', key).executeTakeFirst())?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('team_settings').where('key', '=', key).execute();
      await trx.insertInto('team_settings').values({ key, value }).execute();
    });
  }
}
