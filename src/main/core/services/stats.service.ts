// The desk at a glance (stats.desk): verdicts, verdicts per ISO week, reviewers, median time
// from import to verdict, open claims by check-worthiness band, most-claimed claimants.
// Aggregated in SQL by day (a few hundred rows at most); weeks are made from days here, so
// no dialect's week function is needed.
import type { DeskStats, VerdictRecord } from '../../../shared/claimants.contract';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { anyArticleInTrash, claimantCounts, firstSeenOf } from '../store/claimant.repository';
import type { ServiceContext } from './context';
import { sql } from 'kysely';

const HIGH = 0.7;
const MEDIUM = 0.4;

/** "2026-12-04" → "2026-W49" (ISO 8601: weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of this week
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The end of a `to` date: a bare date means the whole day. */
const endOf = (to: string) => (/^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to);

/**
 * Hours from a claim's import to its verdict. On SQLite this is the expression migration 009's
 * claims_time_to_verdict index orders by, so the median is read from the index.
 */
const hoursToVerdictOf = (ctx: ServiceContext) => ctx.store.dialect.hoursBetween(sql.ref('c.reviewed_at'), sql.ref('c.created_at'));

const isDay = (value: string | undefined) => value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value);

export async function deskStats(ctx: ServiceContext, input: ParsedInput<'stats.desk'>): Promise<MethodResult<'stats.desk'>> {
  // The whole desk (or whole days of it) is read from the tallies the claim triggers keep
  // (migration 009); a language, a claimant or a time of day reads the claims through their indexes.
  const stats = !input.language && !input.claimantId && isDay(input.from) && isDay(input.to) ? await deskStatsFromTallies(ctx, input) : await deskStatsFromClaims(ctx, input);
  // Where each top claimant first appears, so two of the same name can be told apart.
  const firstSeen = await firstSeenOf(ctx.store.db, stats.topClaimants.map((c) => c.id));
  return { ...stats, topClaimants: stats.topClaimants.map((c) => ({ ...c, firstSeen: firstSeen.get(c.id) ?? null })) };
}

async function deskStatsFromClaims(ctx: ServiceContext, input: ParsedInput<'stats.desk'>): Promise<DeskStats> {
  const db = ctx.store.db;
  const trashed = await anyArticleInTrash(db);
  const live = () => {
    let q = db.selectFrom('claims as c').innerJoin('articles as a', 'a.id', 'c.article_id').where('c.deleted_at', 'is', null).where('a.deleted_at', 'is', null);
    if (input.language) q = q.where('a.language', '=', input.language);
    if (input.claimantId) q = q.where('c.claimant_id', '=', input.claimantId);
    return q;
  };
  // Counting needs the article only to leave out the trash or pick a language.
  const claimsOnly = () => {
    if (trashed || input.language) return live();
    let q = db.selectFrom('claims as c').where('c.deleted_at', 'is', null);
    if (input.claimantId) q = q.where('c.claimant_id', '=', input.claimantId);
    return q;
  };
  const reviewedIn = <Q extends ReturnType<typeof claimsOnly> | ReturnType<typeof live>>(q: Q): Q => {
    let out = q.where('c.verdict', '!=', 'unreviewed');
    if (input.from) out = out.where('c.reviewed_at', '>=', input.from);
    if (input.to) out = out.where('c.reviewed_at', '<=', endOf(input.to));
    return out as Q;
  };
  const reviewedCountable = reviewedIn(claimsOnly());
  const reviewed = reviewedIn(claimsOnly());
  let open = claimsOnly().where('c.verdict', '=', 'unreviewed');
  if (input.from) open = open.where('c.created_at', '>=', input.from);
  if (input.to) open = open.where('c.created_at', '<=', endOf(input.to));

  // One pass over the reviewed claims gives verdicts by day and by reviewer.
  const byDayAndReviewer = await reviewedCountable
    .select([sql<string>`substr(c.reviewed_at, 1, 10)`.as('day'), 'c.verdict', sql<string>`coalesce(c.reviewer, '')`.as('reviewer'), sql<number>`count(*)`.as('n')])
    .groupBy(['day', 'c.verdict', 'reviewer'])
    .execute();
  const band = sql<string>`case when c.checkworthiness >= ${HIGH} then 'high' when c.checkworthiness >= ${MEDIUM} then 'medium' else 'low' end`;
  const openByDay = await open
    .select([sql<string>`substr(c.created_at, 1, 10)`.as('day'), band.as('band'), sql<number>`count(*)`.as('n')])
    .groupBy(['day', 'band'])
    .execute();
  // The median in SQL: only the middle one or two values leave the database.
  const hoursToVerdict = hoursToVerdictOf(ctx);
  const reviewedCount = byDayAndReviewer.reduce((n, r) => n + Number(r.n), 0);
  const middle = reviewedCount
    ? await reviewed
        .select(hoursToVerdict.as('h'))
        .orderBy(hoursToVerdict)
        .limit(reviewedCount % 2 ? 1 : 2)
        .offset(Math.floor((reviewedCount - 1) / 2))
        .execute()
    : [];

  let top = claimantCounts(db, trashed || Boolean(input.language));
  if (input.language) top = top.where((eb) => eb.exists(eb.selectFrom('articles as la').select('la.id').whereRef('la.id', '=', 'cl.article_id').where('la.language', '=', input.language!)));
  if (input.claimantId) top = top.where('cl.claimant_id', '=', input.claimantId);
  const topRows = await db
    .with('counts', () => top)
    .selectFrom('counts as n')
    .innerJoin('claimants as k', 'k.id', 'n.claimant_id')
    .select(['k.id', 'k.name', 'k.type', 'n.claims', 'n.verified', 'n.disputed', 'n.inconclusive', 'n.open'])
    .where('k.merged_into', 'is', null)
    .orderBy('n.claims', 'desc')
    .orderBy('k.name')
    .limit(10)
    .execute();
  return assemble(byDayAndReviewer, openByDay, middle, topRows);
}

/**
 * The desk from the tallies (whole days only, no language or claimant filter): a few hundred
 * rows instead of every claim. Claims of articles in the trash are counted there and subtracted
 * here, read through the claims' article index (the trash holds few articles).
 */
async function deskStatsFromTallies(ctx: ServiceContext, input: ParsedInput<'stats.desk'>): Promise<DeskStats> {
  const db = ctx.store.db;
  const trashed = (await db.selectFrom('articles').select('id').where('deleted_at', 'is not', null).execute()).map((r) => r.id);
  let tallies = db.selectFrom('desk_tallies').select(['day', 'verdict', 'reviewer', 'band', 'claims']).where('claims', '!=', 0);
  if (input.from) tallies = tallies.where('day', '>=', input.from);
  if (input.to) tallies = tallies.where('day', '<=', input.to);
  const rows = await tallies.execute();
  const counts = new Map<string, { day: string; verdict: string; reviewer: string; band: string; n: number }>();
  const keyOf = (r: { day: string; verdict: string; reviewer: string; band: string }) => `${r.day}\u0000${r.verdict}\u0000${r.reviewer}\u0000${r.band}`;
  for (const r of rows) counts.set(keyOf(r), { ...r, n: Number(r.claims) });
  const inTrash: Array<{ claimant_id: string | null; verdict: string; n: number }> = [];
  for (let i = 0; i < trashed.length; i += 900) {
    const ids = trashed.slice(i, i + 900);
    // The same key the triggers compute (009_desk_tallies.ts), for the claims of trashed articles.
    const day = sql<string>`substr(case when c.verdict = 'unreviewed' then c.created_at else coalesce(c.reviewed_at, c.updated_at) end, 1, 10)`;
    const reviewer = sql<string>`case when c.verdict = 'unreviewed' then '' else coalesce(c.reviewer, '') end`;
    const band = sql<string>`case when c.verdict != 'unreviewed' then '' when c.checkworthiness >= ${HIGH} then 'high' when c.checkworthiness >= ${MEDIUM} then 'medium' else 'low' end`;
    const gone = await db
      .selectFrom('claims as c')
      .select([day.as('day'), 'c.verdict', reviewer.as('reviewer'), band.as('band'), 'c.claimant_id', sql<number>`count(*)`.as('n')])
      .where('c.article_id', 'in', ids)
      .where('c.deleted_at', 'is', null)
      .groupBy(['day', 'c.verdict', 'reviewer', 'band', 'c.claimant_id'])
      .execute();
    for (const g of gone) {
      inTrash.push({ claimant_id: g.claimant_id, verdict: g.verdict, n: Number(g.n) });
      if ((input.from && g.day < input.from) || (input.to && g.day > input.to)) continue;
      const count = counts.get(keyOf(g));
      if (count) count.n -= Number(g.n);
    }
  }
  const live = [...counts.values()].filter((r) => r.n > 0);
  const byDay = live.filter((r) => r.verdict !== 'unreviewed');
  const openByDay = live.filter((r) => r.verdict === 'unreviewed');

  // The median: walk claims_time_to_verdict to the middle (no sort), counting the same claims first.
  const hoursToVerdict = hoursToVerdictOf(ctx);
  const reviewed = () => {
    let q = db.selectFrom('claims as c').where('c.deleted_at', 'is', null).where('c.verdict', '!=', 'unreviewed');
    if (input.from) q = q.where('c.reviewed_at', '>=', input.from);
    if (input.to) q = q.where('c.reviewed_at', '<=', endOf(input.to));
    if (trashed.length) q = q.where((eb) => eb.not(eb.exists(eb.selectFrom('articles as t').select('t.id').whereRef('t.id', '=', 'c.article_id').where('t.deleted_at', 'is not', null))));
    return q;
  };
  const reviewedCount = Number((await reviewed().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const middle = reviewedCount
    ? await reviewed()
        .select(hoursToVerdict.as('h'))
        .orderBy(hoursToVerdict)
        .limit(reviewedCount % 2 ? 1 : 2)
        .offset(Math.floor((reviewedCount - 1) / 2))
        .execute()
    : [];

  // The most-claimed claimants: their tallies, less their claims in the trash. Those the trash
  // touches are read beside the first 10 + that many, so the ten after subtraction are exact.
  const lessTrash = new Map<string, Record<string, number>>();
  for (const g of inTrash) {
    if (!g.claimant_id) continue;
    const record = lessTrash.get(g.claimant_id) ?? {};
    record[g.verdict] = (record[g.verdict] ?? 0) + g.n;
    lessTrash.set(g.claimant_id, record);
  }
  const perClaimant = db
    .selectFrom('claimant_tallies as t')
    .innerJoin('claimants as k', 'k.id', 't.claimant_id')
    .where('k.merged_into', 'is', null)
    .select([
      'k.id',
      'k.name',
      'k.type',
      sql<number>`sum(t.claims)`.as('claims'),
      sql<number>`sum(case when t.verdict = 'verified' then t.claims else 0 end)`.as('verified'),
      sql<number>`sum(case when t.verdict = 'disputed' then t.claims else 0 end)`.as('disputed'),
      sql<number>`sum(case when t.verdict = 'inconclusive' then t.claims else 0 end)`.as('inconclusive'),
      sql<number>`sum(case when t.verdict = 'unreviewed' then t.claims else 0 end)`.as('open'),
    ])
    .groupBy(['k.id', 'k.name', 'k.type']);
  const first = await perClaimant.having(sql<number>`sum(t.claims)`, '>', 0).orderBy('claims', 'desc').orderBy('k.name').limit(10 + lessTrash.size).execute();
  const touched = lessTrash.size ? await perClaimant.where('k.id', 'in', [...lessTrash.keys()].slice(0, 30_000)).execute() : [];
  const byId = new Map<string, TopRow>();
  for (const r of [...first, ...touched]) {
    const less = lessTrash.get(r.id) ?? {};
    const row: TopRow = {
      id: r.id,
      name: r.name,
      type: r.type,
      verified: Number(r.verified) - (less['verified'] ?? 0),
      disputed: Number(r.disputed) - (less['disputed'] ?? 0),
      inconclusive: Number(r.inconclusive) - (less['inconclusive'] ?? 0),
      open: Number(r.open) - (less['unreviewed'] ?? 0),
      claims: 0,
    };
    row.claims = row.verified + row.disputed + row.inconclusive + row.open;
    byId.set(r.id, row);
  }
  const topRows = [...byId.values()].filter((r) => r.claims > 0).sort((a, b) => b.claims - a.claims || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 10);
  return assemble(byDay, openByDay, middle, topRows);
}

interface TopRow {
  id: string;
  name: string;
  type: 'person' | 'organisation';
  claims: number;
  verified: number;
  disputed: number;
  inconclusive: number;
  open: number;
}

/** Verdicts by day and reviewer, open claims by day and band, the middle hours and the top claimants → the desk. */
function assemble(
  byDay: ReadonlyArray<{ day: string; verdict: string; reviewer: string; n: number }>,
  openByDay: ReadonlyArray<{ day: string; band: string; n: number }>,
  middle: ReadonlyArray<{ h: number | null }>,
  topRows: ReadonlyArray<TopRow>,
): DeskStats {
  const byReviewer = new Map<string, number>();
  for (const r of byDay) byReviewer.set(r.reviewer, (byReviewer.get(r.reviewer) ?? 0) + Number(r.n));
  const reviewers = [...byReviewer.entries()].filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 50).map(([name, n]) => ({ name, n }));
  const verdicts: VerdictRecord = { verified: 0, disputed: 0, inconclusive: 0, open: 0 };
  const weeks = new Map<string, VerdictRecord>();
  const week = (day: string) => {
    const key = isoWeek(day);
    let record = weeks.get(key);
    if (!record) weeks.set(key, (record = { verified: 0, disputed: 0, inconclusive: 0, open: 0 }));
    return record;
  };
  for (const row of byDay) {
    const verdict = row.verdict as keyof VerdictRecord;
    if (!(verdict in verdicts)) continue;
    verdicts[verdict] += Number(row.n);
    week(row.day)[verdict] += Number(row.n);
  }
  const bands = { high: 0, medium: 0, low: 0 };
  for (const row of openByDay) {
    verdicts.open += Number(row.n);
    week(row.day).open += Number(row.n);
    bands[row.band as keyof typeof bands] += Number(row.n);
  }
  const values = middle.map((r) => Number(r.h)).filter((h) => Number.isFinite(h));
  const median = values.length === 0 ? null : values.reduce((x, y) => x + y, 0) / values.length;

  const stats: DeskStats = {
    verdicts,
    perWeek: [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([w, record]) => ({ week: w, ...record })),
    reviewers: reviewers.map((r) => ({ name: r.name, verdicts: Number(r.n) })),
    medianHoursToVerdict: median === null ? null : Math.round(median * 10) / 10,
    openByCheckworthiness: (['high', 'medium', 'low'] as const).map((b) => ({ band: b, claims: bands[b] })),
    topClaimants: topRows.map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      claims: Number(r.claims),
      verdicts: { verified: Number(r.verified), disputed: Number(r.disputed), inconclusive: Number(r.inconclusive), open: Number(r.open) },
      firstSeen: null, // filled in by deskStats
    })),
  };
  return stats;
}
