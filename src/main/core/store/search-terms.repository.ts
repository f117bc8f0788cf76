// The words a full-text index holds, for finding the parts of German compounds: "Klinik" is a
// word of its own in the query, but inside "Kinderklinik" in the text, and FTS5 matches whole
// tokens and their prefixes only. The search widens a query word to the indexed words that
// contain it (see search.service.ts), and needs those words fast on every keystroke.
//
// The list is read once through fts5vocab and kept until the index changes. FTS5 rewrites its
// structure record (id 10 of the `<table>_data` shadow table) on every change to the index, in
// this process or another, so comparing that small blob tells exactly when to read again.
import { sql } from 'kysely';
import type { Db } from './database';

export type FtsTable = 'claims_fts' | 'articles_fts';

interface TermList {
  structure: Uint8Array | null;
  /** Indexed words (no numbers), most documents first. */
  terms: string[];
}

const cache = new WeakMap<Db, Map<FtsTable, TermList>>();

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The words of an FTS5 index (as its tokenizer folded them: lower case, no diacritics), numbers left out, most documents first. */
export async function indexedTerms(db: Db, table: FtsTable): Promise<string[]> {
  const structure = (await sql<{ block: Uint8Array }>`select block from ${sql.table(`${table}_data`)} where id = 10`.execute(db)).rows[0]?.block ?? null;
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const known = perDb.get(table);
  if (known && sameBytes(known.structure, structure)) return known.terms;
  // A temp table: it lives with this connection only and changes nothing in the file.
  await sql`create virtual table if not exists temp.${sql.raw(`${table}_terms`)} using fts5vocab(main, ${sql.raw(table)}, row)`.execute(db);
  const rows = await sql<{ term: string }>`select term from temp.${sql.raw(`${table}_terms`)} order by doc desc`.execute(db);
  // Numbers are never parts of compounds (they match whole): leaving them out keeps the list short.
  const terms = rows.rows.map((r) => r.term).filter((term) => !/^\p{N}/u.test(term));
  perDb.set(table, { structure: structure ? Uint8Array.from(structure) : null, terms });
  return terms;
}
