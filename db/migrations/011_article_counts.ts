// Schema version 11: each article's live claims counted by the database (the article list,
// `claimdesk list`, the trash) instead of aggregated over every claim on each read.
// - article_counts: one row per article with live claims (deleted claims excluded): all of them
//   and those verified, disputed, inconclusive (unreviewed is the rest). Kept by triggers in the
//   same statement (so the same transaction) as every claim write, like schema 9's tallies:
//   insert, delete (also the cascade of an article deleted for good), and an update that changes
//   a claim's article, verdict or deletion (verdicts, undo, re-extraction, imports, merges).
//   Articles in the trash keep their counts (the trash lists them too).
// - A row whose counts fall to zero is removed, so the table holds no article that has none, and
//   an article deleted for good leaves nothing behind.
import { sql, type Kysely } from 'kysely';

const verdictColumns = ['verified', 'disputed', 'inconclusive'] as const;

/** Adds `delta` for the claim row `r` (`new` or `old`), when it is live. */
const addCounts = (r: 'new' | 'old', delta: 1 | -1) =>
  `insert into article_counts (article_id, claims, ${verdictColumns.join(', ')})
    select ${r}.article_id, ${delta}, ${verdictColumns.map((v) => `case when ${r}.verdict = '${v}' then ${delta} else 0 end`).join(', ')}
    where ${r}.deleted_at is null
    on conflict (article_id) do update set claims = claims + excluded.claims,
      ${verdictColumns.map((v) => `${v} = ${v} + excluded.${v}`).join(', ')};`;
const dropEmpty = (r: 'old') => `delete from article_counts where article_id = ${r}.article_id and claims = 0;`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table article_counts (
    article_id text not null primary key, claims integer not null,
    verified integer not null, disputed integer not null, inconclusive integer not null) without rowid`.execute(db);
  await sql
    .raw(
      `insert into article_counts (article_id, claims, ${verdictColumns.join(', ')})
       select article_id, count(*), ${verdictColumns.map((v) => `sum(verdict = '${v}')`).join(', ')}
       from claims where deleted_at is null group by article_id`,
    )
    .execute(db);
  await sql.raw(`create trigger article_counts_insert after insert on claims begin ${addCounts('new', 1)} end`).execute(db);
  await sql.raw(`create trigger article_counts_delete after delete on claims begin ${addCounts('old', -1)} ${dropEmpty('old')} end`).execute(db);
  await sql
    .raw(
      `create trigger article_counts_update after update of article_id, verdict, deleted_at on claims
       when old.article_id is not new.article_id or old.verdict is not new.verdict or old.deleted_at is not new.deleted_at
       begin ${addCounts('old', -1)} ${addCounts('new', 1)} ${dropEmpty('old')} end`,
    )
    .execute(db);
}
