// Opening the store: file checks, pragmas, the Kysely instance, and migrations.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, SqliteDriver, CompiledQuery, type DatabaseConnection, type SqliteDatabase as KyselySqliteDatabase, type SqliteStatement } from 'kysely';
import { MIGRATIONS, type Migration } from '../../../../db/migrations';
import { AppError } from '../errors';
import { CLAIMANT_KEYS_VERSION, CLAIMANTS_SCHEMA, KEYS_VERSION_SETTING } from '../claimants/keys-version';
import { backupDatabase, checkAndRepair, isDamage } from './maintenance';
import { migrate, readSchemaVersion } from './migrate';
import { isDatabaseUrl, redactUrl, registerDialect, type StoreDialect } from './dialect';
import { sqliteDialect } from './sqlite/dialect';
import type { Database } from './tables';

export type Db = Kysely<Database>;

interface StoreBase {
  /**
   * The Kysely instance: the connection that writes, or, inside `reading()` on an SQLite store
   * opened with `readConnection`, the read-only connection beside it.
   */
  db: Db;
  /**
   * Runs `read` with `db` on the store's read-only connection, if it has one (an SQLite store
   * opened with `readConnection`; PostgreSQL has its pool and runs `read` as it is). WAL lets
   * that connection read while the writer's transaction is open, so a read call is answered
   * while a long write (a 24,000-claim import) holds the writing connection. It sees every
   * committed transaction: a read issued after a write was answered sees that write.
   * `read` must not write (the connection is read-only: a write fails with SQLITE_READONLY).
   */
  reading<T>(read: () => Promise<T>): Promise<T>;
  /**
   * The better-sqlite3 handle, for SQLite-only code (file maintenance, benches, SQLite-only
   * tests). Services never use it; on PostgreSQL reading it throws.
   */
  sqlite: SqliteDatabase.Database;
  /** Where the SQL of the two databases differs (see dialect.ts). */
  dialect: StoreDialect;
  /** The SQLite file, or the PostgreSQL URL (with its password, if any). */
  path: string;
  close(): Promise<void>;
}

export interface SqliteStore extends StoreBase {
  kind: 'sqlite';
}

export interface PostgresStore extends StoreBase {
  kind: 'postgres';
  /** The URL with its password hidden, for messages. */
  displayName: string;
}

export type Store = SqliteStore | PostgresStore;

/**
 * Every transaction this app opens writes, so it starts IMMEDIATE: it takes the write lock
 * up front and waits on the busy timeout, instead of failing with SQLITE_BUSY halfway when
 * another process (serve and the CLI on the same file) holds the lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly sqliteConfig: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(sqliteConfig);
  }
  override createDriver(): SqliteDriver {
    return new ImmediateSqliteDriver(this.sqliteConfig);
  }
}

type Row = Record<string, unknown>;

/**
 * A function that makes a row object from a row's values, for one list of column names: the keys
 * assigned in column order, so every row of a query takes the same chain of hidden classes and
 * shares one shape. Assignment acts as better-sqlite3's own does: a name twice keeps its first
 * place and its last value, and "__proto__" goes to the prototype setter. (No generated code:
 * src/main runs no eval or Function, tests/unit/electron-security.test.ts; an object literal made
 * by Function was about 10% faster than this loop; both take about half the time of better-sqlite3's
 * own objects.)
 */
function rowBuilder(names: readonly string[]): (values: unknown[]) => Row {
  const count = names.length;
  return (values) => {
    const row: Row = {};
    for (let i = 0; i < count; i++) row[names[i]!] = values[i];
    return row;
  };
}

/** Rows from which a statement's rows are made here (see driverStatement): below it, reading the names costs more than it saves. */
const ROWS_BUILT_HERE_FROM = 16;

/**
 * A statement as Kysely's SQLite driver uses it. For a reading statement that returns many rows,
 * all() (what the driver calls for every select) asks better-sqlite3 for each row's values as an
 * array and makes the objects here, with the same keys, order and values: better-sqlite3 sets
 * each column on a new object through V8's API, which took as long again as reading the values
 * (an article's 2,000 claims: 21 → 10 ms of CPU). The names are read after the rows, so a
 * statement SQLite prepared again after a schema change gives its new columns. A statement
 * whose first answer is short (a claim by its id, a write's checks) goes on as before, since
 * reading the names on every call would cost it more than it saves.
 */
function driverStatement(statement: SqliteDatabase.Statement): SqliteStatement {
  const reader = statement.reader;
  const run = (parameters: ReadonlyArray<unknown>) => statement.run(parameters);
  const iterate = (parameters: ReadonlyArray<unknown>) => statement.iterate(parameters);
  if (!reader) return { reader, all: (parameters) => statement.all(parameters), run, iterate };
  let buildHere = true;
  let names: string[] = [];
  let build: ((values: unknown[]) => Row) | null = null;
  const all = (parameters: ReadonlyArray<unknown>): unknown[] => {
    if (!buildHere) return statement.all(parameters);
    statement.raw(true);
    let values: unknown[][];
    try {
      values = statement.all(parameters) as unknown[][];
    } finally {
      statement.raw(false);
    }
    if (values.length === 0) return [];
    const columns = statement.columns();
    if (!build || columns.length !== names.length || columns.some((c, i) => c.name !== names[i])) {
      names = columns.map((c) => c.name);
      build = rowBuilder(names);
    }
    if (values.length < ROWS_BUILT_HERE_FROM) buildHere = false;
    const rows = new Array<Row>(values.length);
    for (let i = 0; i < values.length; i++) rows[i] = build(values[i]!);
    return rows;
  };
  return { reader, all, run, iterate };
}

/**
 * Kysely prepares every query afresh; preparing is a sixth of a bulk import's time. The
 * dialect gets this view of the connection, which keeps the most recent statements by their
 * SQL text (one connection, one query at a time under Kysely's mutex, so reuse is safe).
 */
function withStatementCache(sqlite: SqliteDatabase.Database, size = 256): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = driverStatement(sqlite.prepare(source));
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const BUSY_TIMEOUT_MS = 10_000;

/** Refuses a file that exists but is not an SQLite database, before SQLite touches it. */
function assertSqliteFile(file: string): void {
  let folder = false;
  try {
    folder = fs.statSync(file).isDirectory();
  } catch {
    // Does not exist yet: it will be created.
  }
  if (folder) throw new AppError('database', `${file} is a folder, not a database file. Name a file in it instead (for example ${path.join(file, 'claimdesk.db')}).`);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return; // Does not exist yet: it will be created.
  }
  try {
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // An empty file is a new database.
    if (read < 16 || !header.equals(SQLITE_HEADER)) {
      throw new AppError('database', `${file} is not a Claimdesk database (it is not an SQLite file). It was left untouched.`, { damaged: true });
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface OpenOptions {
  /** The migrations to apply; tests pass their own list, the app always the registered one. */
  migrations?: readonly Migration[];
  /**
   * Run the integrity and FTS checks at open (default true). They take time in proportion to
   * the file (about a second for 10,000 articles), so a caller that only reads may skip them:
   * SQLite still refuses any damaged page it reads. They always run before a migration.
   */
  check?: boolean;
  /** PostgreSQL: the migrations to apply instead of db/postgres (tests). */
  postgresMigrations?: readonly Migration[];
  /** Read through a memory map (faster first reads of a large file); for short-lived readers only. */
  mapForReading?: boolean;
  /**
   * SQLite: open a second, read-only connection for `reading()` (a long-lived host: the window,
   * serve). A one-shot command does without it.
   */
  readConnection?: boolean;
}

/** Which store's `reading()` the current call runs in (its `db` is then the read connection). */
const readScope = new AsyncLocalStorage<object>();

/** Opens an SQLite file (created if missing) or, given a postgres:// URL, a PostgreSQL database. */
export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isDatabaseUrl(location)) {
    // pg (and through it undici) takes a quarter of a second to load: only a postgres:// URL needs it.
    const { openPostgres } = await import('./postgres/open');
    const { db, dialect } = await openPostgres(location, { migrations: options.postgresMigrations });
    return {
      kind: 'postgres',
      db,
      dialect,
      path: location,
      displayName: redactUrl(location),
      reading: (read) => read(),
      get sqlite(): never {
        throw new AppError('database', `${redactUrl(location)} is a PostgreSQL database: this needs an SQLite file.`);
      },
      close: () => db.destroy(),
    };
  }
  return openSqliteStore(location, options);
}

export async function openSqliteStore(file: string, options: OpenOptions = {}): Promise<SqliteStore> {
  const resolved = path.resolve(file);
  fs.mkdirSync(path.dirname(resolved), { recursive: true });
  assertSqliteFile(resolved);
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(resolved, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError('database', `Could not open ${resolved}: ${(error as Error).message}`);
  }
  try {
    const migrations = options.migrations ?? MIGRATIONS;
    const latest = migrations.length;
    const version = readSchemaVersion(sqlite);
    if (version > latest) {
      throw new AppError(
        'database',
        `${resolved} was written by a newer Claimdesk (schema version ${version}); this version understands up to ${latest}. Update Claimdesk to open it.`,
        { databaseVersion: version, appVersion: latest },
      );
    }
    // Only now, with the version known to be ours, may the file be changed (WAL changes its header).
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -32768'); // 32 MB: FTS merges and big imports stay in memory
    // Reads through a memory map instead of a read() per page: a command's first query over a
    // large file (10,000 articles, 100,000 claims) takes about half the time. Only for short
    // readers (a mapped file cannot be renamed on Windows, as a restore does).
    if (options.mapForReading) sqlite.pragma('mmap_size = 268435456');
    if (version > 0 && (options.check !== false || version < latest)) {
      const report = checkAndRepair(sqlite);
      if (!report.ok) {
        throw new AppError('database', `${resolved} is damaged: SQLite's integrity check failed (${report.integrity.slice(0, 3).join('; ')}).`, { damaged: true });
      }
      if (report.ftsRebuilt.length) console.warn(`[claimdesk] rebuilt search index ${report.ftsRebuilt.join(', ')} (it failed its check)`);
    }
    if (version > 0 && version < latest) await backupDatabase(sqlite, resolved, 'pre-migration');
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    if (isDamage(error)) throw new AppError('database', `${resolved} is damaged: ${(error as Error).message}.`, { damaged: true });
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
  const dialect = sqliteDialect(sqlite);
  registerDialect(db, dialect);
  try {
    await migrate(db, sqlite, options.migrations ?? MIGRATIONS);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  if ((options.migrations ?? MIGRATIONS).length >= CLAIMANTS_SCHEMA && !claimantKeysSettled(sqlite)) {
    // Rare (the first open after the naming rules changed): the grouping modules load only then.
    const { keepClaimantKeysCurrent } = await import('./claimant-keys');
    await keepClaimantKeysCurrent(db, resolved);
  }
  let readDb: Db | null = null;
  if (options.readConnection) {
    try {
      readDb = openReadConnection(resolved);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    // The writer's dialect: its SQL is the same, and its change mark counts the writer's changes.
    registerDialect(readDb, dialect);
  }
  const store: SqliteStore = {
    kind: 'sqlite',
    get db() {
      return readDb && readScope.getStore() === store ? readDb : db;
    },
    reading: (read) => (readDb ? readScope.run(store, read) : read()),
    dialect,
    sqlite,
    path: resolved,
    async close() {
      await readDb?.destroy();
      await db.destroy();
    },
  };
  return store;
}

/**
 * The read-only connection of a long-lived host (see OpenOptions.readConnection), opened after
 * migrations. Its transactions are plain (deferred) BEGINs: a read transaction never asks for
 * the write lock, and sees one snapshot of the file from its first read to its end.
 */
function openReadConnection(file: string): Db {
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError('database', `Could not open ${file} for reading: ${(error as Error).message}`);
  }
  sqlite.pragma('cache_size = -32768');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Whether the stored claimant keys were computed under today's naming rules (one settings row). */
/**
 * True when the stored claimant keys follow today's rules: they were computed under them, or
 * there are none (a new store), which then only records the version. A new store so never loads
 * the grouping modules at open.
 */
function claimantKeysSettled(sqlite: SqliteDatabase.Database): boolean {
  const row = sqlite.prepare('select value from settings where key = ?').get(KEYS_VERSION_SETTING) as { value: string } | undefined;
  if (row?.value === String(CLAIMANT_KEYS_VERSION)) return true;
  const keysStored = sqlite.prepare('select exists(select 1 from claimants) or exists(select 1 from claimant_aliases) as stored').get() as { stored: number };
  if (keysStored.stored) return false;
  sqlite
    .prepare('insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value')
    .run(KEYS_VERSION_SETTING, String(CLAIMANT_KEYS_VERSION));
  return true;
}

/** A read-only connection to a store another connection (the host's) keeps open and migrated. */
export interface ReadOnlyStore {
  db: Db;
  /** Runs `read` in one read transaction: every query sees the same snapshot of the file. */
  snapshot<T>(read: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens `file` read-only, for heavy reads off the host's thread (a report worker): WAL lets it
 * read while the host writes, and a reader never takes the write lock.
 */
export function openReadOnlyStore(file: string): ReadOnlyStore {
  let sqlite: SqliteDatabase.Database;
  try {
    sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new AppError('database', `Could not open ${file} for reading: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  registerDialect(db, sqliteDialect(sqlite));
  return {
    db,
    async snapshot(read) {
      // A deferred BEGIN: the snapshot starts at the first read and holds until COMMIT.
      sqlite.exec('begin');
      try {
        return await read(db);
      } finally {
        sqlite.exec('commit');
      }
    },
    close: () => db.destroy(),
  };
}
