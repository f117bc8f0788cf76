// The desk at a glance (stats.desk): verdicts, verdicts per ISO week, reviewers, median time
// from import to verdict, open claims by check-worthiness band, most-claimed claimants.
// Aggregated in SQL by day (a few hundred rows at most); weeks are made from days here, so
// no dialect's week function is needed.
import type { DeskStats, VerdictRecord } from '../../../shared/claimants.contract';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { anyArticleInTrash, claimantCounts } from '../store/claimant.repository';
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

export async function deskStats(ctx: ServiceContext, input: ParsedInput<'stats.desk'>): Promise<MethodResult<'stats.desk'>> {
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
  const reviewed = reviewedIn(live());
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
  const hoursToVerdict = ctx.store.dialect.hoursBetween(sql.ref('c.reviewed_at'), sql.ref('a.imported_at'));
  const reviewedCount = byDayAndReviewer.reduce((n, r) => n + Number(r.n), 0);
  const middle = reviewedCount
    ? await reviewed
        .select(hoursToVerdict.as('h'))
        .orderBy('h')
        .limit(reviewedCount % 2 ? 1 : 2)
        .offset(Math.floor((reviewedCount - 1) / 2))
        .execute()
    : [];
  const byReviewer = new Map<string, number>();
  const byDay = byDayAndReviewer.map((r) => {
    byReviewer.set(r.reviewer, (byReviewer.get(r.reviewer) ?? 0) + Number(r.n));
    return r;
  });
  const reviewers = [...byReviewer.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 50).map(([name, n]) => ({ name, n }));

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
    })),
  };
  return stats;
}
