// Every schema version, registered statically (reading files at run time breaks once bundled).
// Append only: a released migration is never edited, renumbered or removed.
import type { Kysely } from 'kysely';
import * as m001 from './001_initial';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '001_initial', up: m001.up }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
