// PostgreSQL schema version 11 (db/migrations/011_article_counts.ts): each article's live claims
// counted by the database, kept by the same rules by a PL/pgSQL trigger in the same statement as
// every claim write (see the SQLite migration for what it counts).
import { sql, type Kysely } from 'kysely';

const verdictColumns = ['verified', 'disputed', 'inconclusive'] as const;

const addCounts = (r: 'new' | 'old', delta: 1 | -1) =>
  `if ${r}.deleted_at is null then
      insert into article_counts (article_id, claims, ${verdictColumns.join(', ')})
      values (${r}.article_id, ${delta}, ${verdictColumns.map((v) => `case when ${r}.verdict = '${v}' then ${delta} else 0 end`).join(', ')})
      on conflict (article_id) do update set claims = article_counts.claims + excluded.claims,
        ${verdictColumns.map((v) => `${v} = article_counts.${v} + excluded.${v}`).join(', ')};
    end if;`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table article_counts (
    article_id text not null primary key, claims integer not null,
    verified integer not null, disputed integer not null, inconclusive integer not null)`.execute(db);
  await sql
    .raw(
      `insert into article_counts (article_id, claims, ${verdictColumns.join(', ')})
       select article_id, count(*), ${verdictColumns.map((v) => `count(*) filter (where verdict = '${v}')`).join(', ')}
       from claims where deleted_at is null group by article_id`,
    )
    .execute(db);
  await sql
    .raw(
      `create function article_counts_apply() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then
          ${addCounts('old', -1)}
          delete from article_counts where article_id = old.article_id and claims = 0;
        end if;
        if tg_op in ('UPDATE', 'INSERT') then ${addCounts('new', 1)} end if;
        return null;
      end $$`,
    )
    .execute(db);
  await sql`create trigger article_counts_write after insert or delete on claims for each row execute function article_counts_apply()`.execute(db);
  await sql`create trigger article_counts_update after update of article_id, verdict, deleted_at on claims
    for each row when (old.article_id is distinct from new.article_id or old.verdict is distinct from new.verdict
      or old.deleted_at is distinct from new.deleted_at)
    execute function article_counts_apply()`.execute(db);
}
