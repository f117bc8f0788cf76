// What every subcommand shares: flag parsing, opening the app, calling the contract.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openApp, type ClaimdeskApp } from '../core/app';
import { AppError } from '../core/errors';
import { resolveDatabasePath } from '../core/paths';

export class UsageError extends Error {}

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function withApp<T>(dbFlag: string | undefined, work: (app: ClaimdeskApp) => Promise<T>): Promise<T> {
  let app: ClaimdeskApp;
  try {
    app = await openApp(resolveDatabasePath(dbFlag), { host: 'cli' });
  } catch (error) {
    if (error instanceof AppError && error.details?.damaged) {
      throw new AppError('database', `${error.message}\nRun "claimdesk check" to see the newest good backup, or "claimdesk check --repair" to restore it.`);
    }
    throw error;
  }
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** Calls a contract method and returns its value, or throws its error as an AppError. */
export async function call<T>(app: ClaimdeskApp, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) throw new AppError(result.error.code as AppError['code'], result.error.message, result.error.details);
  return result.value as T;
}

export function readFileOrFail(file: string): Buffer {
  try {
    return fs.readFileSync(path.resolve(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('validation', code === 'ENOENT' ? `${file}: no such file.` : `${file}: ${(error as Error).message}`);
  }
}
