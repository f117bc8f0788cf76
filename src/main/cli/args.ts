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
    return parseArgs({ args, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** What to do about a damaged database, added to every message that reports one. */
export const REPAIR_HINT = 'Run "claimdesk check" to see the newest good backup, or "claimdesk check --repair" to restore it.';
