// PostgreSQL schema version 12 (db/migrations/012_desk_rating_code.ts): the desk's entries in
// the fact-check library keep their verdict as a code; an English verdict name that only stood
// for it is dropped, a reviewer's own label stays.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table factchecks add column rating_code text`.execute(db);
  await sql`update factchecks set rating_code = case rating_value when 5 then 'verified' when 3 then 'inconclusive' when 1 then 'disputed' end
    where origin = 'desk'`.execute(db);
  await sql`update factchecks set rating_name = null
    where origin = 'desk' and ((rating_code = 'verified' and rating_name = 'Verified') or (rating_code = 'disputed' and rating_name = 'Disputed')
      or (rating_code = 'inconclusive' and rating_name = 'Inconclusive'))`.execute(db);
}
