import { sql } from 'kysely';
import type { ArticleSummary } from '../../../shared/domain';
import type { Db } from './database';
import { containsPattern } from './like';
import { toArticleSummary, type ArticleSummaryRow } from './mappers';
import type { ArticleRow, NewArticleRow } from './tables';
import { dialectOf } from './dialect';

type Executor = Pick<Db, 'selectFrom' | 'insertInto' | 'deleteFrom' | 'updateTable' | 'getExecutor'>;

/**
 * Article columns plus live claim counts per verdict (deleted claims excluded), read from the
 * counts the database keeps per article (schema 11, article_counts): one key lookup an article
 * instead of a grouped pass over every claim.
 */
function summaryQuery(db: Executor) {
  return db
    .selectFrom('articles as a')
    .leftJoin('article_counts as n', 'n.article_id', 'a.id')
    .select([
      'a.id',
      'a.title',
      'a.url',
      'a.publisher',
      'a.author',
      'a.published_at',
      'a.language',
      'a.imported_at',
      'a.imported_by',
      sql<number>`coalesce(n.claims, 0)`.as('claim_count'),
      sql<number>`coalesce(n.verified, 0)`.as('verified'),
      sql<number>`coalesce(n.disputed, 0)`.as('disputed'),
      sql<number>`coalesce(n.inconclusive, 0)`.as('inconclusive'),
    ]);
}

export async function insertArticle(db: Executor, row: NewArticleRow): Promise<void> {
  await db.insertInto('articles').values(row).execute();
}

/** A live article (not in the trash): what every operation but the trash's own works on. */
export async function findArticle(db: Executor, id: string): Promise<ArticleRow | undefined> {
  return db.selectFrom('articles').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** The article with this text, live or in the trash (the text is unique across both). */
export async function findArticleByHash(db: Executor, hash: string): Promise<{ id: string; deletedAt: string | null } | undefined> {
  const row = await db.selectFrom('articles').select(['id', 'deleted_at']).where('content_hash', '=', hash).executeTakeFirst();
  return row ? { id: row.id, deletedAt: row.deleted_at } : undefined;
}

export async function getArticleSummary(db: Executor, id: string): Promise<ArticleSummary | undefined> {
  const row = await summaryQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toArticleSummary(row as ArticleSummaryRow) : undefined;
}

export async function listArticleSummaries(db: Executor, query?: string): Promise<ArticleSummary[]> {
  let q = summaryQuery(db).where('a.deleted_at', 'is', null);
  if (query && query.trim()) {
    const like = containsPattern(query.trim());
    const dialect = dialectOf(db);
    q = q.where((eb) => eb.or([dialect.like(sql.ref('a.title'), like), dialect.like(sql.ref('a.publisher'), like)]));
  }
  const rows = await q.orderBy('a.imported_at', 'desc').orderBy('a.id').execute();
  return rows.map((r) => toArticleSummary(r as ArticleSummaryRow));
}

/**
 * The live articles' summaries as `claimdesk list --json` prints them: exactly
 * `JSON.stringify({ articles: await listArticleSummaries(db) }, null, 2)`, in UTF-8. On SQLite the
 * database writes the document itself (json_object, json_pretty): on 10,000 articles building
 * 10,000 rows and summaries in JS, stringifying and encoding them was about 60 ms of the
 * command's 360 ms of CPU. tests/integration/article-summaries-json.test.ts holds the two ways
 * to the same bytes (hostile titles, every count, the trash, an empty desk).
 */
export async function articleSummariesJson(db: Executor): Promise<Buffer> {
  if (dialectOf(db).kind !== 'sqlite') return Buffer.from(JSON.stringify({ articles: await listArticleSummaries(db) }, null, 2));
  // The fields and their order are toArticleSummary's (mappers.ts); coalesce as summaryQuery does.
  const claims = sql`coalesce(n.claims, 0)`;
  const verified = sql`coalesce(n.verified, 0)`;
  const disputed = sql`coalesce(n.disputed, 0)`;
  const inconclusive = sql`coalesce(n.inconclusive, 0)`;
  const { rows } = await sql<{ doc: Buffer }>`
    select cast(json_pretty(json_object('articles', json_group_array(json_object(
      'id', a.id, 'title', a.title, 'url', a.url, 'publisher', a.publisher, 'author', a.author,
      'publishedAt', a.published_at, 'language', a.language, 'importedAt', a.imported_at, 'importedBy', a.imported_by,
      'claimCount', ${claims},
      'counts', json_object('verified', ${verified}, 'disputed', ${disputed}, 'inconclusive', ${inconclusive},
        'unreviewed', ${claims} - ${verified} - ${disputed} - ${inconclusive}))
      order by a.imported_at desc, a.id)), '  ') as blob) as doc
    from articles a left join article_counts n on n.article_id = a.id
    where a.deleted_at is null`.execute(db);
  return rows[0]!.doc;
}

/** Moves a live article to the trash; answers false when there is no such live article. */
export async function trashArticle(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('articles').set({ deleted_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Takes an article out of the trash; answers false when it is not in the trash. */
export async function untrashArticle(db: Executor, id: string): Promise<boolean> {
  const result = await db.updateTable('articles').set({ deleted_at: null }).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The articles in the trash with their claim counts, most recently deleted first. */
export async function listTrashedArticles(db: Executor): Promise<Array<ArticleSummary & { deletedAt: string }>> {
  const rows = await summaryQuery(db)
    .select('a.deleted_at')
    .where('a.deleted_at', 'is not', null)
    .orderBy('a.deleted_at', 'desc')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({ ...toArticleSummary(r as ArticleSummaryRow), deletedAt: r.deleted_at! }));
}

/** Whether an article has been in the trash since before `deletedBefore` (the trash's index answers). */
export async function anyTrashedBefore(db: Executor, deletedBefore: string): Promise<boolean> {
  const row = await db.selectFrom('articles').select('id').where('deleted_at', 'is not', null).where('deleted_at', '<', deletedBefore).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * Deletes articles in the trash for good, with their claims and sources (foreign keys cascade;
 * the append-only history outlives them, as it outlives every deleted claim). Only trashed
 * articles are ever touched: `ids` narrows the set, `deletedBefore` keeps the ones deleted since.
 */
export async function purgeTrashedArticles(db: Executor, options: { ids?: readonly string[]; deletedBefore?: string }): Promise<{ removed: number; snapshotFiles: string[] }> {
  const none = { removed: 0, snapshotFiles: [] };
  let q = db.selectFrom('articles').select('id').where('deleted_at', 'is not', null);
  if (options.ids) {
    if (options.ids.length === 0) return none;
    q = q.where('id', 'in', [...options.ids]);
  }
  if (options.deletedBefore) q = q.where('deleted_at', '<', options.deletedBefore);
  const ids = (await q.execute()).map((r) => r.id);
  if (ids.length === 0) return none;
  // The snapshot files of their sources, read before the rows go: the caller removes them after the commit.
  const snapshotFiles: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('source_snapshots as ss')
      .innerJoin('sources as s', 's.id', 'ss.source_id')
      .innerJoin('claims as c', 'c.id', 's.claim_id')
      .select('ss.file')
      .where('c.article_id', 'in', ids.slice(i, i + 500))
      .where('ss.file', 'is not', null)
      .execute();
    for (const r of rows) snapshotFiles.push(r.file!);
  }
  const result = await db.deleteFrom('articles').where('id', 'in', ids).executeTakeFirst();
  return { removed: Number(result.numDeletedRows), snapshotFiles };
}

export async function updateArticle(db: Executor, id: string, patch: Partial<NewArticleRow>): Promise<void> {
  await db.updateTable('articles').set(patch).where('id', '=', id).execute();
}
