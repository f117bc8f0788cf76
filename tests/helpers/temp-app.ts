// A real app on a real SQLite file in a fresh temp folder, with the real migrations.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, type ClaimdeskApp, type OpenAppOptions } from '../../src/main/core/app';
import { freshPostgresDatabase } from './postgres-db';
import type { MethodInput, MethodName, MethodResult } from '../../src/shared/contract';

export function tempDir(prefix = 'claimdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A stand-in renderer folder (one index.html) for tests about the serve host, not the UI build. */
export function standInRendererDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Claimdesk</title>');
  return dir;
}

export interface TestApp extends ClaimdeskApp {
  dir: string;
  /** The SQLite file, or the PostgreSQL URL. */
  dbPath: string;
  /** Calls a contract method through dispatch and returns the value, failing the test on an error. */
  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

/**
 * `snapshots` is off unless a test asks: the fixtures' sources name real sites, and no test may
 * go out to the internet (the snapshot tests use a local server and turn it on).
 */
export async function openTestApp(
  options: { host?: 'cli' | 'serve'; dir?: string; snapshots?: OpenAppOptions['snapshots']; database?: 'sqlite' | 'postgres' } = {},
): Promise<TestApp> {
  const dir = options.dir ?? tempDir();
  // PostgreSQL: a fresh database copied from the migrated template, dropped at close.
  const postgres = options.database === 'postgres' ? await freshPostgresDatabase() : null;
  const dbPath = postgres ? postgres.url : path.join(dir, 'claimdesk.db');
  const app = await openApp(dbPath, { host: options.host ?? 'cli', defaultActor: 'test-runner', snapshots: options.snapshots ?? false });
  return {
    ...app,
    async close() {
      await app.close();
      await postgres?.drop();
    },
    dir,
    dbPath,
    async ok(method, input) {
      const result = await app.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
  };
}

export const GERMAN_SAMPLE = `Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen. Die Steuer steigt um 3 Prozent.
„Das ist ein guter Tag für Deutschland“, sagte Kanzlerin Anna Beispiel.
Die Opposition kritisierte den Beschluss scharf.`;
