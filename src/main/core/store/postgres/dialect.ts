// PostgreSQL's side of the dialect seam: tsquery search, the fact-check index as tsvectors of the
// app's own terms, case-insensitive LIKE, and the WAL position as the change mark.
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect';
import { searchPostgres } from './search';

const FACTCHECK_COLUMNS = ['claim_reviewed', 'claimant', 'claim_date', 'rating_name', 'rating_value', 'best_rating', 'worst_rating', 'organisation', 'review_date', 'language'] as const;

/** The app's terms, exactly (no parsing, no stemming), as a tsvector. */
const termsVector = (terms: string) => sql`array_to_tsvector(array_remove(string_to_array(${terms}, ' '), ''))`;
/** One term as a tsquery literal. */
const termQuery = (term: string) => `'${term.replace(/['\\]/gu, (c) => `\\${c}`)}'`;

async function writeTerms(db: Kysely<any>, id: number, terms: string): Promise<void> {
  await sql`insert into factchecks_fts (factcheck_id, terms) values (${id}, ${termsVector(terms)})
    on conflict (factcheck_id) do update set terms = excluded.terms`.execute(db);
}

export function postgresDialect(): StoreDialect {
  return {
    kind: 'postgres',
    search: searchPostgres,
    countIf: (condition) => sql<number>`count(*) filter (where ${condition})`,
    // SQLite's LIKE ignores ASCII case; ILIKE ignores all case (the app's patterns are for people).
    like: (expression, pattern) => sql<boolean>`${expression} ilike ${pattern} escape '\\'`,
    hoursBetween: (later, earlier) => sql<number>`extract(epoch from (${later}::timestamptz - ${earlier}::timestamptz)) / 3600`,
    writeFactCheckTerms: (db, id, terms) => writeTerms(db, id, terms),
    async writeImportedFactChecks(db, rows, now) {
      const counts = { imported: 0, updated: 0, unchanged: 0 };
      for (const { record, terms } of rows) {
        const values = Object.fromEntries(FACTCHECK_COLUMNS.map((c) => [c, record[camel(c)] ?? null])) as Record<(typeof FACTCHECK_COLUMNS)[number], string | number | null>;
        const existing = await db.selectFrom('factchecks').select(['id', ...FACTCHECK_COLUMNS]).where('url', '=', record.url).executeTakeFirst();
        if (!existing) {
          const inserted = await db.insertInto('factchecks').values({ origin: 'import', url: record.url, ...values, imported_at: now }).returning('id').executeTakeFirstOrThrow();
          await writeTerms(db, inserted.id as number, terms);
          counts.imported++;
        } else if (FACTCHECK_COLUMNS.every((c) => existing[c] === values[c])) {
          counts.unchanged++;
        } else {
          await db.updateTable('factchecks').set(values).where('id', '=', existing.id).execute();
          await writeTerms(db, existing.id as number, terms);
          counts.updated++;
        }
      }
      return counts;
    },
    async factCheckDocumentFrequencies(db, terms) {
      const out = new Map<string, number>();
      for (let i = 0; i < terms.length; i += 200) {
        const chunk = terms.slice(i, i + 200);
        const { rows } = await sql<{ term: string; doc: number }>`
          select t.term, (select count(*) from factchecks_fts f where f.terms @@ t.q::tsquery) as doc
          from unnest(${chunk}::text[], ${chunk.map(termQuery)}::text[]) as t(term, q)`.execute(db);
        for (const r of rows) if (Number(r.doc) > 0) out.set(r.term, Number(r.doc));
      }
      return out;
    },
    async factCheckCandidates(db, terms, limit) {
      if (!terms.length) return [];
      const query = terms.map(termQuery).join(' | ');
      const { rows } = await sql<{ id: number }>`
        select factcheck_id as id from factchecks_fts where terms @@ ${query}::tsquery
        order by ts_rank(terms, ${query}::tsquery) desc, factcheck_id limit ${limit}`.execute(db);
      return rows.map((r) => r.id);
    },
    // Every write anywhere in the cluster moves the WAL insert position: a change mark that never misses one.
    changeMark: async (db) => (await sql<{ mark: string }>`select pg_current_wal_insert_lsn()::text as mark`.execute(db)).rows[0]!.mark,
  };
}

const camel = (column: string) => column.replace(/_(\w)/gu, (_, c: string) => c.toUpperCase()) as keyof import('../../factchecks/records').FactCheckRecord;
