// PostgreSQL schema version 9 (db/migrations/009_desk_tallies.ts): the desk at a glance without
// reading every claim. The same tallies, kept by the same rules, by PL/pgSQL triggers in the
// same statement as every claim write (see the SQLite migration for what each counts).
// The median index over hours to verdict is SQLite's only: a text-to-timestamp cast is not
// immutable in PostgreSQL, so the median there is read by sorting the reviewed claims.
import { sql, type Kysely } from 'kysely';
import { parseName } from '../../src/main/core/claimants/names';

/** The tally key of a claim row (`r` is `new`, `old` or a table alias), as SQL expressions. */
const key = (r: string) => ({
  day: `substr(case when ${r}.verdict = 'unreviewed' then ${r}.created_at else coalesce(${r}.reviewed_at, ${r}.updated_at) end, 1, 10)`,
  reviewer: `case when ${r}.verdict = 'unreviewed' then '' else coalesce(${r}.reviewer, '') end`,
  band: `case when ${r}.verdict <> 'unreviewed' then '' when ${r}.checkworthiness >= 0.7 then 'high' when ${r}.checkworthiness >= 0.4 then 'medium' else 'low' end`,
});

const addDesk = (r: 'new' | 'old', delta: 1 | -1) => {
  const k = key(r);
  return `if ${r}.deleted_at is null then
      insert into desk_tallies (day, verdict, reviewer, band, claims) values (${k.day}, ${r}.verdict, ${k.reviewer}, ${k.band}, ${delta})
      on conflict (day, verdict, reviewer, band) do update set claims = desk_tallies.claims + ${delta};
    end if;`;
};
const addClaimant = (r: 'new' | 'old', delta: 1 | -1) =>
  `if ${r}.deleted_at is null and ${r}.claimant_id is not null then
      insert into claimant_tallies (claimant_id, verdict, claims) values (${r}.claimant_id, ${r}.verdict, ${delta})
      on conflict (claimant_id, verdict) do update set claims = claimant_tallies.claims + ${delta};
    end if;`;

/** A trigger function that takes the old row out of a tally and puts the new one in. */
const tallyFunction = (name: string, add: (r: 'new' | 'old', delta: 1 | -1) => string) => `
  create function ${name}() returns trigger language plpgsql as $$
  begin
    if tg_op in ('UPDATE', 'DELETE') then ${add('old', -1)} end if;
    if tg_op in ('UPDATE', 'INSERT') then ${add('new', 1)} end if;
    return null;
  end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table desk_tallies (
    day text not null, verdict text not null, reviewer text not null, band text not null, claims integer not null,
    primary key (day, verdict, reviewer, band))`.execute(db);
  await sql`create table claimant_tallies (
    claimant_id text not null, verdict text not null, claims integer not null,
    primary key (claimant_id, verdict))`.execute(db);
  const c = key('c');
  await sql
    .raw(
      `insert into desk_tallies (day, verdict, reviewer, band, claims)
       select ${c.day}, c.verdict, ${c.reviewer}, ${c.band}, count(*)
       from claims c where c.deleted_at is null group by 1, 2, 3, 4`,
    )
    .execute(db);
  await sql`insert into claimant_tallies (claimant_id, verdict, claims)
    select claimant_id, verdict, count(*) from claims where deleted_at is null and claimant_id is not null group by 1, 2`.execute(db);

  await sql.raw(tallyFunction('desk_tallies_apply', addDesk)).execute(db);
  await sql.raw(tallyFunction('claimant_tallies_apply', addClaimant)).execute(db);
  await sql`create trigger desk_tallies_write after insert or delete on claims for each row execute function desk_tallies_apply()`.execute(db);
  await sql`create trigger claimant_tallies_write after insert or delete on claims for each row execute function claimant_tallies_apply()`.execute(db);
  // Each update trigger fires only when its own key changed: grouping (claimant_id) leaves the
  // desk tallies alone, a verdict touches both.
  await sql`create trigger desk_tallies_update after update of verdict, reviewer, reviewed_at, created_at, checkworthiness, deleted_at on claims
    for each row when (old.verdict is distinct from new.verdict or old.reviewer is distinct from new.reviewer
      or old.reviewed_at is distinct from new.reviewed_at or old.created_at is distinct from new.created_at
      or old.checkworthiness is distinct from new.checkworthiness or old.deleted_at is distinct from new.deleted_at)
    execute function desk_tallies_apply()`.execute(db);
  await sql`create trigger claimant_tallies_update after update of claimant_id, verdict, deleted_at on claims
    for each row when (old.claimant_id is distinct from new.claimant_id or old.verdict is distinct from new.verdict
      or old.deleted_at is distinct from new.deleted_at)
    execute function claimant_tallies_apply()`.execute(db);

  const bodies = await sql<{ id: string; name: string }>`select id, name from claimants where type = 'organisation'`.execute(db);
  for (const body of bodies.rows) {
    const parsed = parseName(body.name);
    if (parsed?.type === 'organisation') await sql`update claimants set org_key = ${parsed.key} where id = ${body.id}`.execute(db);
  }

  await sql`create index claims_reviewed on claims (reviewed_at, verdict, reviewer, article_id, claimant_id) where deleted_at is null and verdict <> 'unreviewed'`.execute(db);
  await sql`create index claims_open on claims (created_at, checkworthiness, verdict, article_id, claimant_id) where deleted_at is null and verdict = 'unreviewed'`.execute(db);
}
