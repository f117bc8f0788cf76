// Schema version 12: the desk's own entries in the fact-check library ("checked before?") keep
// their verdict as a code, not as a name in one language.
// - factchecks.rating_code: 'verified', 'disputed' or 'inconclusive' for an entry of origin
//   'desk' (null for imported fact-checks, whose rating is the publisher's own words in
//   rating_name). The app shows the code in the UI language.
// - rating_name of a desk entry is now the reviewer's own rating label, or null. Entries written
//   before held the label or else the English verdict name ("Disputed" on a German desk): each
//   gets its code from the rating value it was written with (5, 3, 1: schema 4's ClaimReview
//   scale), and an English verdict name that only stood for the code is dropped. A label the
//   reviewer wrote stays. Imported fact-checks are left as they are.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table factchecks add column rating_code text`.execute(db);
  await sql`update factchecks set rating_code = case rating_value when 5 then 'verified' when 3 then 'inconclusive' when 1 then 'disputed' end
    where origin = 'desk'`.execute(db);
  await sql`update factchecks set rating_name = null
    where origin = 'desk' and ((rating_code = 'verified' and rating_name = 'Verified') or (rating_code = 'disputed' and rating_name = 'Disputed')
      or (rating_code = 'inconclusive' and rating_name = 'Inconclusive'))`.execute(db);
}
