// Schema version 9: the desk at a glance (stats.desk) without reading every claim.
// - desk_tallies: live claims counted by day, verdict, reviewer and check-worthiness band, kept
//   by triggers in the same statement (so the same transaction) as every claim write. A reviewed
//   claim counts on the day of its verdict under its reviewer; an open one on the day it was
//   imported under its band. Claims of articles in the trash still count here: the service
//   subtracts them (the trash is small, and moving an article there writes no claim).
// - claimant_tallies: live claims per claimant and verdict (the most-claimed people), kept by
//   triggers of their own, so linking claims to claimants (grouping) leaves desk_tallies alone.
// - claims_time_to_verdict: the hours from a claim's import to its verdict, in order, so the
//   median is read by walking to the middle of an index instead of sorting every verdict.
// - claims_reviewed / claims_open: covering indexes for the filtered views (language, a time of day).
// - Organisations get the key of this version's name reader (German case endings: "der
//   Deutschen Bahn" meets "Deutsche Bahn"); two bodies that now share a key are left for a reviewer to merge.
import { sql, type Kysely } from 'kysely';
import { parseName } from '../../src/main/core/claimants/names';

/** The tally key of a claim row (`r` is `new` or `old`), as SQL expressions. */
const key = (r: 'new' | 'old') => ({
  day: `substr(case when ${r}.verdict = 'unreviewed' then ${r}.created_at else coalesce(${r}.reviewed_at, ${r}.updated_at) end, 1, 10)`,
  reviewer: `case when ${r}.verdict = 'unreviewed' then '' else coalesce(${r}.reviewer, '') end`,
  band: `case when ${r}.verdict != 'unreviewed' then '' when ${r}.checkworthiness >= 0.7 then 'high' when ${r}.checkworthiness >= 0.4 then 'medium' else 'low' end`,
});

const addDesk = (r: 'new' | 'old', delta: 1 | -1) => {
  const k = key(r);
  return `insert into desk_tallies (day, verdict, reviewer, band, claims)
    select ${k.day}, ${r}.verdict, ${k.reviewer}, ${k.band}, ${delta} where ${r}.deleted_at is null
    on conflict (day, verdict, reviewer, band) do update set claims = claims + ${delta};`;
};
const addClaimant = (r: 'new' | 'old', delta: 1 | -1) =>
  `insert into claimant_tallies (claimant_id, verdict, claims)
    select ${r}.claimant_id, ${r}.verdict, ${delta} where ${r}.deleted_at is null and ${r}.claimant_id is not null
    on conflict (claimant_id, verdict) do update set claims = claims + ${delta};`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table desk_tallies (
    day text not null, verdict text not null, reviewer text not null, band text not null, claims integer not null,
    primary key (day, verdict, reviewer, band)) without rowid`.execute(db);
  await sql`create table claimant_tallies (
    claimant_id text not null, verdict text not null, claims integer not null,
    primary key (claimant_id, verdict)) without rowid`.execute(db);
  const k = key('new').day.replace(/new\./g, 'c.');
  await sql
    .raw(
      `insert into desk_tallies (day, verdict, reviewer, band, claims)
       select ${k}, c.verdict, ${key('new').reviewer.replace(/new\./g, 'c.')}, ${key('new').band.replace(/new\./g, 'c.')}, count(*)
       from claims c where c.deleted_at is null group by 1, 2, 3, 4`,
    )
    .execute(db);
  await sql`insert into claimant_tallies (claimant_id, verdict, claims)
    select claimant_id, verdict, count(*) from claims where deleted_at is null and claimant_id is not null group by 1, 2`.execute(db);

  await sql.raw(`create trigger desk_tallies_insert after insert on claims begin ${addDesk('new', 1)} ${addClaimant('new', 1)} end`).execute(db);
  await sql.raw(`create trigger desk_tallies_delete after delete on claims begin ${addDesk('old', -1)} ${addClaimant('old', -1)} end`).execute(db);
  // Two update triggers, each firing only when its own key changed: grouping (claimant_id) does
  // not touch the desk tallies, a verdict touches both.
  await sql
    .raw(
      `create trigger desk_tallies_update after update of verdict, reviewer, reviewed_at, created_at, checkworthiness, deleted_at on claims
       when old.verdict is not new.verdict or old.reviewer is not new.reviewer or old.reviewed_at is not new.reviewed_at
         or old.created_at is not new.created_at or old.checkworthiness is not new.checkworthiness or old.deleted_at is not new.deleted_at
       begin ${addDesk('old', -1)} ${addDesk('new', 1)} end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger claimant_tallies_update after update of claimant_id, verdict, deleted_at on claims
       when old.claimant_id is not new.claimant_id or old.verdict is not new.verdict or old.deleted_at is not new.deleted_at
       begin ${addClaimant('old', -1)} ${addClaimant('new', 1)} end`,
    )
    .execute(db);

  const bodies = await sql<{ id: string; name: string }>`select id, name from claimants where type = 'organisation'`.execute(db);
  for (const body of bodies.rows) {
    const parsed = parseName(body.name);
    if (parsed?.type === 'organisation') await sql`update claimants set org_key = ${parsed.key} where id = ${body.id}`.execute(db);
  }

  const hours = sql`((julianday(reviewed_at) - julianday(created_at)) * 24)`;
  await sql`create index claims_time_to_verdict on claims (${hours}, article_id, claimant_id, reviewed_at) where deleted_at is null and verdict != 'unreviewed'`.execute(db);
  await sql`create index claims_reviewed on claims (reviewed_at, verdict, reviewer, article_id, claimant_id, deleted_at) where deleted_at is null and verdict != 'unreviewed'`.execute(db);
  await sql`create index claims_open on claims (created_at, checkworthiness, verdict, article_id, claimant_id, deleted_at) where deleted_at is null and verdict = 'unreviewed'`.execute(db);
}
