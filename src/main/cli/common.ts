// What every subcommand shares: flag parsing, opening the app, calling the contract.
import fs from 'node:fs';
import path from 'node:path';
import type { AppCore, ClaimdeskApp } from '../core/app';
import { AppError, isDamage } from '../core/errors';
import { resolveDatabasePath } from '../core/paths';

import { REPAIR_HINT } from './args';

export { parse, UsageError, type CliIo } from './args';

/**
 * Opens the app for one command. A command that only reads (`readOnly`) opens without the full
 * integrity check, which takes time in proportion to the file: it changes nothing, and SQLite
 * still refuses any damaged page it reads (reported as damage, with the repair hint). Commands
 * that write, serve and the desktop app check first. A reader also reads through a memory map,
 * does not load the check-worthiness model (it scores nothing) and does not empty the trash (it
 * writes nothing: no write transaction, no lock a serve on the same desk would wait for).
 */
export async function withApp<T>(dbFlag: string | undefined, work: (app: ClaimdeskApp) => Promise<T>, options: { readOnly?: boolean } = {}): Promise<T> {
  let app: ClaimdeskApp;
  try {
    // Imported here: the app (every service, the contract's schemas) is most of a command's start-up, and withStoreReader's commands do without it.
    const { openApp } = await import('../core/app');
    app = await openApp(resolveDatabasePath(dbFlag), { host: 'cli', check: !options.readOnly, mapForReading: options.readOnly, loadModel: !options.readOnly, purgeTrash: !options.readOnly });
  } catch (error) {
    if (error instanceof AppError && error.details?.damaged) throw new AppError('database', `${error.message}\n${REPAIR_HINT}`);
    throw error;
  }
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/**
 * Opens the store for a command that only reads and runs one query (`claimdesk list`): opened as
 * withApp opens it for reading (no full check, memory-mapped, no model, the trash left for a
 * start that writes), without the handlers and the contract's schemas, which would be most of its time. A
 * damaged page met while reading is reported as call() reports it (with the repair hint).
 */
export async function withStoreReader<T>(dbFlag: string | undefined, work: (core: AppCore) => Promise<T>): Promise<T> {
  let core: AppCore;
  try {
    const { openAppCore } = await import('../core/app');
    core = await openAppCore(resolveDatabasePath(dbFlag), { host: 'cli', check: false, mapForReading: true, loadModel: false, purgeTrash: false });
  } catch (error) {
    if (error instanceof AppError && error.details?.damaged) throw new AppError('database', `${error.message}\n${REPAIR_HINT}`);
    throw error;
  }
  try {
    return await work(core);
  } catch (error) {
    if (isDamage(error)) throw new AppError('database', `The database is damaged: ${(error as Error).message}.\n${REPAIR_HINT}`, { damaged: true });
    throw error;
  } finally {
    await core.close();
  }
}

/** Calls a contract method and returns its value, or throws its error as an AppError. */
export async function call<T>(app: ClaimdeskApp, method: string, input: unknown): Promise<T> {
  const result = await app.dispatch(method, input);
  if (!result.ok) {
    const hint = result.error.details?.damaged ? `\n${REPAIR_HINT}` : '';
    throw new AppError(result.error.code as AppError['code'], `${result.error.message}${hint}`, result.error.details);
  }
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
