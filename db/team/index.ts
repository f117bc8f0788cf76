// The team tables' schema versions, registered statically like db/migrations/index.ts. They
// are a set of their own (tracked in team_schema, not in the desk's schema version), so a
// single-user database never carries them and the desk's numbering stays the desk's.
// Append only: a released migration is never edited, renumbered or removed.
import type { Kysely } from 'kysely';
import * as t001 from './001_accounts';

export interface TeamMigration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const TEAM_MIGRATIONS: readonly TeamMigration[] = [{ version: 1, name: '001_accounts', up: t001.up }];

export const LATEST_TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS.length;
