// The team layer on a desk's database: its tables (db/team/) and its accounts.
import type { Kysely } from 'kysely';
import { Team, type TeamOptions } from './accounts';
import { migrateTeam } from './migrate';
import type { TeamDb } from './tables';

export { Team } from './accounts';
export { createTeamGate } from './host';

export async function openTeam(db: Kysely<any>, options: TeamOptions = {}): Promise<Team> {
  await migrateTeam(db);
  return new Team(db as TeamDb, options);
}

/** Which database, for people: a file's path, or a server URL without its password. */
export function databaseLabel(database: string): string {
  if (!/^postgres(ql)?:\/\//i.test(database)) return database;
  try {
    const url = new URL(database);
    url.password = '';
    url.search = '';
    return url.toString();
  } catch {
    return 'PostgreSQL';
  }
}

export { isLoopbackHost } from './loopback';
