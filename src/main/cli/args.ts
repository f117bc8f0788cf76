// Flag parsing and the usage error: all the command line needs before it knows which command
// runs. Kept apart from common.ts so `claimdesk --version` and a mistyped flag load no store.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where a password is read from (default process.stdin). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    // --database is --db by another name (an SQLite file or a postgres:// URL); --db stays.
    const parsed = parseArgs({ args, options: { db: { type: 'string' }, database: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    const values = parsed.values as Record<string, unknown>;
    if (values.database !== undefined) {
      if (values.db !== undefined && values.db !== values.database) throw new UsageError('Give --db or --database, not both.');
      values.db = values.database;
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** What to do about a damaged database, added to every message that reports one. */
export const REPAIR_HINT = 'Run "claimdesk check" to see the newest good backup, or "claimdesk check --repair" to restore it.';
