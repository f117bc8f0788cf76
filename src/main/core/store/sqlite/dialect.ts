// SQLite's side of the dialect seam: FTS5 search, the fact-check index in FTS5, change counters.
import type SqliteDatabase from 'better-sqlite3';
import { sql, type RawBuilder } from 'kysely';
import type { StoreDialect } from '../dialect';
import { writeDeskBatch, writeFactCheckTermsSqlite, writeImportedBatch } from '../factcheck.repository';
import { searchSqlite } from './search';

/** An FTS5 query for documents with any of the terms (each quoted, so it is only a term). */
function anyOf(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
}

export function sqliteDialect(sqlite: SqliteDatabase.Database): StoreDialect {
  return {
    kind: 'sqlite',
    search: searchSqlite,
    countIf: (condition: RawBuilder<unknown>) => sql<number>`sum(${condition})`,
    like: (expression, pattern) => sql<boolean>`${expression} like ${pattern} escape '\\'`,
    hoursBetween: (later, earlier) => sql<number>`(julianday(${later}) - julianday(${earlier})) * 24`,
    // The transaction holds the connection: the synchronous writes below run inside it.
    writeFactCheckTerms: async (_db, id, terms, replace) => writeFactCheckTermsSqlite(sqlite, id, terms, replace),
    writeImportedFactChecks: async (_db, rows, now) => writeImportedBatch(sqlite, rows, now),
    writeDeskEntries: async (_db, entries, now) => writeDeskBatch(sqlite, entries, now),
    async factCheckDocumentFrequencies(db, terms) {
      const out = new Map<string, number>();
      for (let i = 0; i < terms.length; i += 500) {
        const chunk = terms.slice(i, i + 500);
        const { rows } = await sql<{ term: string; doc: number }>`select term, doc from factchecks_vocab where term in (${sql.join(chunk)})`.execute(db);
        for (const r of rows) out.set(r.term, r.doc);
      }
      return out;
    },
    async factCheckCandidates(db, terms, limit) {
      if (!terms.length) return [];
      // Ties by rowid: FTS5 gave them in that order already; said here, a search in parts can give the same.
      const { rows } = await sql<{ rowid: number }>`select rowid from factchecks_fts where factchecks_fts match ${anyOf(terms)} order by rank, rowid limit ${limit}`.execute(db);
      return rows.map((r) => r.rowid);
    },
    async factCheckRanked(db, terms, limit) {
      if (!terms.length) return [];
      const { rows } = await sql<{ rowid: number; rank: number }>`select rowid, rank from factchecks_fts where factchecks_fts match ${anyOf(terms)} order by rank, rowid limit ${limit}`.execute(db);
      return rows.map((r) => ({ id: r.rowid, score: r.rank }));
    },
    async factCheckHaving(db, terms) {
      if (!terms.length) return [];
      const { rows } = await sql<{ rowid: number }>`select rowid from factchecks_fts where factchecks_fts match ${anyOf(terms)}`.execute(db);
      return rows.map((r) => r.rowid);
    },
    async factCheckScores(db, terms, ids) {
      if (!terms.length || !ids.length) return [];
      // The ids are written into the statement: FTS5 (3.53) ignored a bound rowid and scored every match.
      if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error('factCheckScores: ids must be integers');
      const { rows } = await sql<{ rowid: number; rank: number }>`select rowid, rank from factchecks_fts where factchecks_fts match ${anyOf(terms)} and rowid in (${sql.raw(ids.join(','))})`.execute(db);
      return rows.map((r) => ({ id: r.rowid, score: r.rank }));
    },
    // data_version changes when another connection wrote; total_changes counts this connection's writes.
    changeMark: async () => `${String(sqlite.pragma('data_version', { simple: true }))}:${String(sqlite.prepare('select total_changes()').pluck().get())}`,
  };
}
