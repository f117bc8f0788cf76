// Claimants in the store: grouping claims into them (on import, re-extraction, hand edits and
// in migration 006), and the reads and writes the claimant service builds on.
import { sql, type Kysely } from 'kysely';
import { groupArticle, mayAskForFullNames, type NewClaimant } from '../claimants/group';
import { aliasKey } from '../claimants/names';
import { addAlias, addToIndex, emptyIndex, type ClaimantIndex } from '../claimants/resolve';
import { newId } from '../ids';
import type { Database } from './tables';
import { dialectOf } from './dialect';
import { loadWhenNeeded } from '../lazy';

// The people an article's text names in full (text-names.ts) are read with the extraction's
// speaker registry and lexicons (the people chunk: 156 KB of code and word lists, about 25 ms of
// CPU to load at load 10): loaded on the first grouping that asks for them, not by every host
// that loads this repository (serve's first workspace.open loaded it for nothing). The require's
// path is in a variable so that the bundler does not make it a static import (see lazy.ts).
const TEXT_NAMES = '../claimants/text-names';
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const loadTextNames = loadWhenNeeded<typeof import('../claimants/text-names')>(() => import('../claimants/text-names'), () => require(TEXT_NAMES));

type Db = Kysely<Database>;
const CHUNK = 900;

/**
 * Every live (not merged-away) claimant, and its aliases, as the grouper reads them. Given the
 * alias keys of the names to group, only the aliases with those keys are read: the grouper looks
 * aliases up by exactly those keys, and a library has many more aliases than an article names.
 * Claimants are read once as lean key columns (the surname, first-name and misspelling rules
 * need every person); stored alias keys are used as they are, not folded again.
 */
export async function loadClaimantIndex(db: Db, aliasKeys?: ReadonlySet<string>): Promise<ClaimantIndex> {
  const index = emptyIndex();
  const claimants = await db.selectFrom('claimants').select(['id', 'type', 'given_key', 'surname_key', 'org_key']).where('merged_into', 'is', null).execute();
  for (const c of claimants) addToIndex(index, { id: c.id, type: c.type, given: c.given_key, surname: c.surname_key, orgKey: c.org_key });
  const aliasesWith = (keys?: string[]) => {
    let q = db
      .selectFrom('claimant_aliases as al')
      .innerJoin('claimants as c', 'c.id', 'al.claimant_id')
      .select(['al.claimant_id', 'al.alias', 'al.alias_key', 'al.manual'])
      .where('c.merged_into', 'is', null);
    if (keys) q = q.where('al.alias_key', 'in', keys);
    return q.execute();
  };
  const aliases = aliasKeys ? await inChunks([...aliasKeys], aliasesWith) : await aliasesWith();
  for (const a of aliases) addAlias(index, a.alias, a.claimant_id, a.manual === 1, a.alias_key);
  return index;
}

export type GroupingScope = { all: true } | { articleIds: string[] } | { claimIds: string[] };

interface ClaimToGroup {
  id: string;
  article_id: string;
  claimant: string | null;
  claimant_id: string | null;
}

/**
 * Links claims to claimants, creating the claimants not yet known. `articleIds` and `all`
 * group every claim of those articles; `claimIds` groups only those claims, with the other
 * claimant names of their articles as context. Run inside the caller's transaction.
 */
export async function groupClaimsIntoClaimants(anyDb: Kysely<any>, scope: GroupingScope, now: string): Promise<{ linked: number; created: number }> {
  const db = anyDb as Db;
  const targets = await claimsInScope(db, scope);
  if (targets.length === 0) return { linked: 0, created: 0 };
  const { pairs, created } = await groupTargets(db, targets, scope, now);
  await setClaimLinks(db, pairs);
  return { linked: pairs.filter(([, k]) => k !== null).length, created };
}

/**
 * The claimant of each claim of a new article, before its claims are stored: the claimants and
 * aliases are written as groupClaimsIntoClaimants writes them for `{ articleIds: [articleId] }`,
 * and the claims are then inserted with their claimant_id set, sparing an UPDATE of every claim
 * just inserted (and its triggers). `claims` are in the article's order (by start). Returns
 * claim id → claimant id for the claims that have one. Run inside the caller's transaction.
 */
export async function claimantsOfNewClaims(anyDb: Kysely<any>, claims: ReadonlyArray<{ id: string; article_id: string; claimant?: string | null }>, now: string): Promise<Map<string, string>> {
  const targets = claims.map((c) => ({ id: c.id, article_id: c.article_id, claimant: c.claimant ?? null, claimant_id: null }));
  const links = new Map<string, string>();
  if (targets.length === 0) return links;
  const { pairs } = await groupTargets(anyDb as Db, targets, { articleIds: [...new Set(targets.map((t) => t.article_id))] }, now);
  for (const [claimId, claimantId] of pairs) if (claimantId !== null) links.set(claimId, claimantId);
  return links;
}

/** Groups `targets` (the claims of `scope`): writes new claimants and aliases, and returns the links to set. */
async function groupTargets(db: Db, targets: ClaimToGroup[], scope: GroupingScope, now: string): Promise<{ pairs: Array<readonly [string, string | null]>; created: number }> {
  const targetIds = new Set(targets.map((t) => t.id));
  // Context: every claimant name in the articles touched (for claimIds, beyond the targets).
  const byArticle = new Map<string, ClaimToGroup[]>();
  for (const t of targets) {
    const list = byArticle.get(t.article_id);
    if (list) list.push(t);
    else byArticle.set(t.article_id, [t]);
  }
  if ('claimIds' in scope) {
    const context = await inChunks([...byArticle.keys()], (ids) =>
      db.selectFrom('claims').select(['id', 'article_id', 'claimant', 'claimant_id']).where('article_id', 'in', ids).where('claimant', 'is not', null).execute(),
    );
    for (const c of context) if (!targetIds.has(c.id)) byArticle.get(c.article_id)!.push(c);
  }

  // Each distinct name is folded once (an article repeats its speakers many times).
  const keys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = aliasKey(name)));
    return key;
  };
  for (const t of byArticle.values()) for (const c of t) if (c.claimant) keyOf(c.claimant);
  const index = await loadClaimantIndex(db, 'all' in scope ? undefined : new Set(keys.values()));
  // The text of the articles with a bare surname among their names: the people it names in full
  // decide whom the surname means (read by the grouper only if it asks).
  const textOf = new Map<string, { text: string; language: string }>();
  const askers = [...byArticle].filter(([, claims]) => mayAskForFullNames(claims.map((c) => c.claimant ?? ''))).map(([id]) => id);
  let textNamesOf: (typeof import('../claimants/text-names'))['textNamesOf'] | undefined;
  if (askers.length > 0) {
    const rows = await inChunks(askers, (ids) => db.selectFrom('articles').select(['id', 'text', 'language']).where('id', 'in', ids).execute());
    for (const r of rows) textOf.set(r.id, r);
    ({ textNamesOf } = await loadTextNames());
  }
  const created = new Map<string, NewClaimant>();
  const renamed: Array<{ id: string; name: string; given: string }> = [];
  const otherKeys: Array<{ id: string; key: string }> = [];
  const aliases = new Map<string, { claimantId: string; alias: string; key: string }>();
  const links = new Map<string | null, string[]>();
  for (const [articleId, claims] of byArticle) {
    const article = textOf.get(articleId);
    const grouped = groupArticle(
      claims.map((c) => c.claimant ?? ''),
      index,
      newId,
      article && textNamesOf ? textNamesOf(article.text, article.language === 'de' ? 'de' : 'en') : undefined,
    );
    for (const c of grouped.created) created.set(c.id, c);
    renamed.push(...grouped.upgraded);
    otherKeys.push(...grouped.otherKeys);
    for (const claim of claims) {
      if (!targetIds.has(claim.id)) continue;
      const id = claim.claimant ? (grouped.byName.get(claim.claimant.trim()) ?? null) : null;
      if (id && claim.claimant) {
        const key = keyOf(claim.claimant);
        aliases.set(`${id}\u0000${key}`, { claimantId: id, alias: claim.claimant.trim(), key });
      }
      if (id === claim.claimant_id) continue;
      const list = links.get(id);
      if (list) list.push(claim.id);
      else links.set(id, [claim.id]);
    }
  }
    // Only claimants that got a claim are stored (context names create none of their own).
  const used = new Set([...links.keys(), ...[...aliases.values()].map((a) => a.claimantId)]);
  const toInsert = [...created.values()].filter((c) => used.has(c.id));
  for (let i = 0; i < toInsert.length; i += CHUNK) {
    await db
      .insertInto('claimants')
      .values(
        toInsert.slice(i, i + CHUNK).map((c) => ({
          id: c.id,
          name: c.name,
          type: c.type,
          given_key: c.given,
          surname_key: c.surname,
          org_key: c.orgKey,
          merged_into: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
  for (const r of renamed) {
    if (created.has(r.id)) continue;
    await db.updateTable('claimants').set({ given_key: r.given, updated_at: now }).where('id', '=', r.id).execute();
    await db.updateTable('claimants').set({ name: r.name }).where('id', '=', r.id).where('name_locked', '=', 0).execute();
  }
  // A known body seen with its other name (created ones were stored with it).
  for (const o of otherKeys) {
    if (created.has(o.id)) continue;
    await db.updateTable('claimants').set({ surname_key: o.key }).where('id', '=', o.id).where('type', '=', 'organisation').where('surname_key', 'is', null).execute();
  }
    await insertAliases(db, [...aliases.values()].filter((a) => used.has(a.claimantId) || !created.has(a.claimantId)), false);
  const pairs = [...links].flatMap(([claimantId, claimIds]) => claimIds.map((id) => [id, claimantId] as const));
  return { pairs, created: toInsert.length };
}

/**
 * Sets many claims' claimant links in a few statements: each an UPDATE … FROM a VALUES list of
 * (claim, claimant) pairs, joined on the claim's key (one statement per claimant would be
 * thousands for a long article, and a correlated subquery reads the list once per claim).
 */
async function setClaimLinks(db: Db, pairs: ReadonlyArray<readonly [string, string | null]>): Promise<void> {
  const LINK_CHUNK = 400;
  for (let i = 0; i < pairs.length; i += LINK_CHUNK) {
    const chunk = pairs.slice(i, i + LINK_CHUNK);
    const values = sql.join(chunk.map(([id, claimantId]) => sql`(${id}, ${claimantId})`));
    // A common table expression names the VALUES columns the same way on SQLite and PostgreSQL.
    await sql`with link (claim_id, claimant_id) as (values ${values})
      update claims set claimant_id = link.claimant_id from link where claims.id = link.claim_id`.execute(db);
  }
}

async function claimsInScope(db: Db, scope: GroupingScope): Promise<ClaimToGroup[]> {
  const base = db.selectFrom('claims').select(['id', 'article_id', 'claimant', 'claimant_id']);
  if ('all' in scope) return base.where('claimant', 'is not', null).orderBy('article_id').orderBy('start').execute();
  if ('articleIds' in scope) return inChunks(scope.articleIds, (ids) => base.where('article_id', 'in', ids).orderBy('start').execute());
  return inChunks(scope.claimIds, (ids) => base.where('id', 'in', ids).execute());
}

export async function insertAliases(db: Db, aliases: Array<{ claimantId: string; alias: string; key?: string }>, manual: boolean): Promise<void> {
  const rows = aliases.map((a) => ({ claimant_id: a.claimantId, alias: a.alias.slice(0, 300), alias_key: a.key ?? aliasKey(a.alias), manual: manual ? 1 : 0 }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('claimant_aliases')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => (manual ? oc.columns(['claimant_id', 'alias_key']).doUpdateSet({ manual: 1 }) : oc.doNothing()))
      .execute();
  }
}

async function inChunks<T>(ids: string[], read: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

// ---- reads ----

export interface ClaimantSummaryRow {
  id: string;
  name: string;
  type: 'person' | 'organisation';
  version: number;
  claims: number;
  articles: number;
  verified: number;
  disputed: number;
  inconclusive: number;
  open: number;
}

/** True when some article is in the trash: only then must a count join the articles to leave its claims out. */
export async function anyArticleInTrash(db: Db): Promise<boolean> {
  return (await db.selectFrom('articles').select('id').where('deleted_at', 'is not', null).limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Live claims of live articles, grouped by claimant: the counts every claimant view shows.
 * Without a trashed article (`joinArticles` false) it reads the covering index alone.
 */
export function claimantCounts(db: Db, joinArticles = true) {
  const { countIf } = dialectOf(db);
  let q = db.selectFrom('claims as cl').where('cl.deleted_at', 'is', null);
  if (joinArticles) q = q.where((eb) => eb.exists(eb.selectFrom('articles as a').select('a.id').whereRef('a.id', '=', 'cl.article_id').where('a.deleted_at', 'is', null)));
  return q
    .where('cl.claimant_id', 'is not', null)
    .select([
      'cl.claimant_id',
      sql<number>`count(*)`.as('claims'),
      sql<number>`count(distinct cl.article_id)`.as('articles'),
      countIf(sql`cl.verdict = 'verified'`).as('verified'),
      countIf(sql`cl.verdict = 'disputed'`).as('disputed'),
      countIf(sql`cl.verdict = 'inconclusive'`).as('inconclusive'),
      countIf(sql`cl.verdict = 'unreviewed'`).as('open'),
    ])
    .groupBy('cl.claimant_id');
}

export async function listClaimantSummaries(
  db: Db,
  options: { ids?: string[]; limit: number; offset: number },
): Promise<{ total: number; rows: ClaimantSummaryRow[] }> {
  let counts = claimantCounts(db, await anyArticleInTrash(db));
  if (options.ids) {
    if (options.ids.length === 0) return { total: 0, rows: [] };
    counts = counts.where('cl.claimant_id', 'in', options.ids.slice(0, 30_000));
  }
  const rows = await db
    .with('counts', () => counts)
    .selectFrom('counts as n')
    .innerJoin('claimants as c', 'c.id', 'n.claimant_id')
    .select(['c.id', 'c.name', 'c.type', 'c.version', 'n.claims', 'n.articles', 'n.verified', 'n.disputed', 'n.inconclusive', 'n.open'])
    .where('c.merged_into', 'is', null)
    .orderBy('n.claims', 'desc')
    .orderBy('c.name')
    .execute();
  return { total: rows.length, rows: rows.slice(options.offset, options.offset + options.limit) as ClaimantSummaryRow[] };
}

/**
 * The article each claimant first appears in, for those of `ids` whose name another live
 * claimant shares (two "Police", two "John Smith"): what tells them apart where a reviewer picks
 * one. A name nobody else has needs nothing, and reading every claimant's articles for the
 * claimant list cost it a quarter of its time. Earliest by publication date (else import date),
 * then by id, among the claimant's live claims' articles. The claims_claimant index gives each
 * claimant's articles without reading a claim row; they are made distinct before any article is
 * read, so a claimant with 500 claims in 20 articles costs 20 article reads, not 500.
 */
export async function firstSeenOf(db: Db, ids: string[]): Promise<Map<string, { articleId: string; articleTitle: string; publisher: string | null; date: string }>> {
  const out = new Map<string, { articleId: string; articleTitle: string; publisher: string | null; date: string }>();
  ids = await withSharedNames(db, ids);
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .with('pairs', (qb) =>
        qb
          .selectFrom('claims as cl')
          .select(['cl.claimant_id', 'cl.article_id'])
          .distinct()
          .where('cl.claimant_id', 'in', ids.slice(i, i + CHUNK))
          .where('cl.deleted_at', 'is', null),
      )
      .with('ranked', (qb) =>
        qb
          .selectFrom('pairs as p')
          .innerJoin('articles as a', 'a.id', 'p.article_id')
          .select([
            'p.claimant_id',
            'a.id as article_id',
            'a.title',
            'a.publisher',
            sql<string>`coalesce(a.published_at, a.imported_at)`.as('date'),
            sql<number>`row_number() over (partition by p.claimant_id order by coalesce(a.published_at, a.imported_at), a.id)`.as('rank'),
          ])
          .where('a.deleted_at', 'is', null),
      )
      .selectFrom('ranked')
      .selectAll()
      .where('rank', '=', 1)
      .execute();
    for (const r of rows) out.set(r.claimant_id!, { articleId: r.article_id, articleTitle: r.title, publisher: r.publisher, date: r.date });
  }
  return out;
}

/** Those of `ids` whose name, as shown, another live claimant has too. */
async function withSharedNames(db: Db, ids: string[]): Promise<string[]> {
  const named = await inChunks(ids, (chunk) => db.selectFrom('claimants').select(['id', 'name']).where('id', 'in', chunk).execute());
  // There is no index on name: one pass over the claimants, each name checked against this
  // page's (a grouping of every name, or a look-up per id, cost the dashboard a few ms more).
  const names = [...new Set(named.map((r) => r.name))];
  const rows = await inChunks(names, (chunk) =>
    db.selectFrom('claimants').select('name').where('merged_into', 'is', null).where('name', 'in', chunk).groupBy('name').having(sql<number>`count(*)`, '>', 1).execute(),
  );
  const shared = new Set(rows.map((r) => r.name));
  return named.filter((r) => shared.has(r.name)).map((r) => r.id);
}

export async function aliasesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const rows = await inChunks(ids, (chunk) => db.selectFrom('claimant_aliases').select(['claimant_id', 'alias']).where('claimant_id', 'in', chunk).orderBy('alias').execute());
  for (const r of rows) out.set(r.claimant_id, [...(out.get(r.claimant_id) ?? []), r.alias]);
  return out;
}

/** Claimant ids whose name or an alias contains the text (folded: "Soeder" finds "Söder"). */
export async function claimantIdsMatching(db: Db, text: string): Promise<string[]> {
  const key = aliasKey(text);
  if (!key) return [];
  const pattern = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('claimant_aliases as al')
    .innerJoin('claimants as c', 'c.id', 'al.claimant_id')
    .select('c.id')
    .distinct()
    .where('c.merged_into', 'is', null)
    .where(sql<boolean>`al.alias_key like ${pattern} escape '\\'`)
    .limit(30_000)
    .execute();
  return rows.map((r) => r.id);
}

export function findClaimant(db: Db, id: string) {
  return db.selectFrom('claimants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Live claimants that have this exact alias (folded). */
export async function claimantsWithAlias(db: Db, alias: string): Promise<string[]> {
  const rows = await db
    .selectFrom('claimant_aliases as al')
    .innerJoin('claimants as c', 'c.id', 'al.claimant_id')
    .select('c.id')
    .distinct()
    .where('al.alias_key', '=', aliasKey(alias))
    .where('c.merged_into', 'is', null)
    .execute();
  const byName = await db.selectFrom('claimants').select('id').where('merged_into', 'is', null).where('name', '=', alias.trim()).execute();
  return [...new Set([...byName.map((r) => r.id), ...rows.map((r) => r.id)])];
}

export function claimantClaims(db: Db, claimantId: string, limit: number) {
  return db
    .selectFrom('claims as cl')
    .innerJoin('articles as a', 'a.id', 'cl.article_id')
    .select([
      'cl.id',
      'cl.article_id',
      'cl.text',
      'cl.verdict',
      'cl.rating_label',
      'cl.claimant',
      'cl.reviewed_at',
      'cl.start',
      'cl.end',
      'a.title as article_title',
      sql<string>`coalesce(a.published_at, a.imported_at)`.as('article_date'),
    ])
    .where('cl.claimant_id', '=', claimantId)
    .where('cl.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .orderBy('article_date', 'desc')
    .orderBy('cl.article_id')
    .orderBy('cl.start')
    .limit(limit)
    .execute();
}

/** Claims with a claimant string that no claimant took: a bare surname two people fit, a role alone. */
export async function unresolvedNames(db: Db, limit: number): Promise<Array<{ name: string; claims: number }>> {
  const rows = await db
    .selectFrom('claims as cl')
    .innerJoin('articles as a', 'a.id', 'cl.article_id')
    .select(['cl.claimant', sql<number>`count(*)`.as('n')])
    .where('cl.claimant_id', 'is', null)
    .where('cl.claimant', 'is not', null)
    .where('cl.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .groupBy('cl.claimant')
    .orderBy('n', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ name: r.claimant!, claims: Number(r.n) }));
}
