// Schema version 7: claim counts by verdict from an index alone. The article list counts each
// article's live claims by verdict (`claimdesk list`, the articles pane); with this partial
// covering index SQLite reads (article_id, verdict) of live claims in article order instead of
// every claim row (a 10,000-article, 100,000-claim database). It also serves a page of an
// article's claims (articles.get with claimsLimit) as the article_id lookup.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('claims_live_verdicts').on('claims').columns(['article_id', 'verdict']).where(sql.ref('deleted_at'), 'is', null).execute();
}
