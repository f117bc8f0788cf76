// Builds the one report model from the store; every format renders from it.
import type { Settings, UiLanguage, Verdict, VerdictCounts } from '../../../shared/domain';
import { DEFAULT_METHODOLOGY, REPORT_SCHEMA_VERSION, type ReportArticle, type ReportClaim, type ReportCorrection, type ReportModel, type ReportScope } from '../../../shared/report';
import { withoutBidiControls } from '../bidi';
import { claimantKindFor, type ClaimantKind } from '../claimants/kind';
import { AppError, notFound } from '../errors';
import type { Db } from '../store/database';
import { toClaim, toClaimEvent, toSource } from '../store/mappers';
import { selectSources } from '../store/source.repository';
import { importedByUrl } from '../store/factcheck.repository';
import type { ClaimRow } from '../store/tables';

const emptyCounts = (): VerdictCounts => ({ verified: 0, disputed: 0, inconclusive: 0, unreviewed: 0 });

/** First verdict, and every verdict change after it (a correction), from the append-only history. */
export function verdictTimeline(events: ReturnType<typeof toClaimEvent>[]): { firstReviewedAt: string | null; corrections: ReportCorrection[] } {
  let firstReviewedAt: string | null = null;
  const corrections: ReportCorrection[] = [];
  for (const event of events) {
    if (event.action !== 'verdict' || !event.before || !event.after) continue;
    const from = event.before.verdict as Verdict;
    const to = event.after.verdict as Verdict;
    if (firstReviewedAt === null) {
      if (to !== 'unreviewed') firstReviewedAt = event.at;
      continue;
    }
    if (from === to) continue;
    corrections.push({
      at: event.at,
      actor: withoutBidiControls(event.actor),
      fromVerdict: from,
      toVerdict: to,
      fromRatingLabel: withoutBidiControls((event.before.ratingLabel as string | null) ?? null),
      toRatingLabel: withoutBidiControls((event.after.ratingLabel as string | null) ?? null),
      rationale: withoutBidiControls((event.after.rationale as string | null) ?? null),
    });
  }
  return { firstReviewedAt, corrections };
}

async function inChunks<T, R>(items: T[], query: (chunk: T[]) => Promise<R[]>, size = 1000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await query(items.slice(i, i + size))));
  return out;
}

const byPosition = (a: ClaimRow, b: ClaimRow) => a.article_id.localeCompare(b.article_id) || a.start - b.start || a.end - b.end;

const nonEmptyName = (name: string | null) => (name ?? '').trim() !== '';

/**
 * The type (person or body) of each claimant the claims are grouped under, by claimant id; a
 * merged claimant answers with the type of the one it went into.
 */
async function claimantTypesOf(db: Db, claims: ClaimRow[]): Promise<Map<string, ClaimantKind>> {
  const types = new Map<string, ClaimantKind>();
  const mergedInto = new Map<string, string>();
  let ids = [...new Set(claims.flatMap((c) => (c.claimant_id ? [c.claimant_id] : [])))];
  // A merge chain is short; a few rounds follow it (and a cycle cannot loop).
  for (let round = 0; round < 5 && ids.length > 0; round++) {
    const rows = await inChunks(ids, (chunk) => db.selectFrom('claimants').select(['id', 'type', 'merged_into']).where('id', 'in', chunk).execute());
    ids = [];
    for (const row of rows) {
      if (row.merged_into && !types.has(row.merged_into)) {
        mergedInto.set(row.id, row.merged_into);
        ids.push(row.merged_into);
      } else types.set(row.id, row.type === 'organisation' ? 'organisation' : 'person');
    }
  }
  const resolve = (id: string, depth = 0): ClaimantKind | undefined => types.get(id) ?? (depth < 5 && mergedInto.has(id) ? resolve(mergedInto.get(id)!, depth + 1) : undefined);
  const out = new Map<string, ClaimantKind>();
  for (const claim of claims) {
    const type = claim.claimant_id ? resolve(claim.claimant_id) : undefined;
    if (type) out.set(claim.claimant_id!, type);
  }
  return out;
}

/** Builds the model of a report in `meta.language`: its methodology note is the organisation's note in that language, else the default one. */
export async function buildReportModel(db: Db, scope: ReportScope, settings: Settings, meta: { generator: string; now: string; language: UiLanguage }): Promise<ReportModel> {
  // Articles in the trash are in no report: not in --all, not by id, not through their claims.
  const articleQuery = db.selectFrom('articles').selectAll().where('deleted_at', 'is', null);
  const claimQuery = db.selectFrom('claims').selectAll().where('deleted_at', 'is', null);
  let claimRows: ClaimRow[];
  let articles: Awaited<ReturnType<typeof articleQuery.execute>>;
  if (scope.kind === 'claims') {
    if (scope.claimIds.length === 0) throw new AppError('validation', 'Choose at least one claim for the report.');
    // A selection may be large: SQLite binds at most 32,766 values per statement.
    claimRows = (await inChunks(scope.claimIds, (ids) => claimQuery.where('id', 'in', ids).execute())).sort(byPosition);
    const found = new Set(claimRows.map((c) => c.id));
    const missing = scope.claimIds.find((id) => !found.has(id));
    if (missing) throw notFound('claim', missing);
    articles = await inChunks([...new Set(claimRows.map((c) => c.article_id))], (ids) => articleQuery.where('id', 'in', ids).execute());
    const live = new Set(articles.map((a) => a.id));
    const trashed = claimRows.find((c) => !live.has(c.article_id));
    if (trashed) throw notFound('claim', trashed.id);
  } else if (scope.kind === 'claimant') {
    claimRows = (await claimQuery.where('claimant_id', '=', scope.claimantId).execute()).sort(byPosition);
    articles = await inChunks([...new Set(claimRows.map((c) => c.article_id))], (ids) => articleQuery.where('id', 'in', ids).execute());
    const live = new Set(articles.map((a) => a.id));
    claimRows = claimRows.filter((c) => live.has(c.article_id));
  } else if (scope.kind === 'article') {
    claimRows = await claimQuery.where('article_id', '=', scope.articleId).orderBy('start').execute();
    articles = await articleQuery.where('id', '=', scope.articleId).execute();
  } else {
    articles = await articleQuery.execute();
    const live = new Set(articles.map((a) => a.id));
    claimRows = (await claimQuery.orderBy('article_id').orderBy('start').execute()).filter((c) => live.has(c.article_id));
  }
  articles.sort((a, b) => a.imported_at.localeCompare(b.imported_at) || a.id.localeCompare(b.id));
  if (scope.kind === 'article' && articles.length === 0) throw notFound('article', scope.articleId);

  const claimIds = claimRows.map((c) => c.id);
  const sourcesByClaim = new Map<string, ReturnType<typeof toSource>[]>();
  const eventsByClaim = new Map<string, ReturnType<typeof toClaimEvent>[]>();
  // Chunked IN lists: one query per thousand claims, not one per claim.
  for (let i = 0; i < claimIds.length; i += 1000) {
    const chunk = claimIds.slice(i, i + 1000);
    for (const row of await selectSources(db).where('s.claim_id', 'in', chunk).orderBy('s.added_at').orderBy('s.id').execute()) {
      const list = sourcesByClaim.get(row.claim_id) ?? [];
      list.push(toSource(row));
      sourcesByClaim.set(row.claim_id, list);
    }
    for (const row of await db.selectFrom('claim_events').selectAll().where('claim_id', 'in', chunk).where('action', '=', 'verdict').orderBy('id').execute()) {
      const list = eventsByClaim.get(row.claim_id) ?? [];
      list.push(toClaimEvent(row));
      eventsByClaim.set(row.claim_id, list);
    }
  }

  // Sources that cite an imported fact-check: the report names the earlier checks a verdict relied on.
  const factChecks = await importedByUrl(db, [...new Set([...sourcesByClaim.values()].flat().map((s) => s.url))]);
  const earlierFactChecks = (sources: ReturnType<typeof toSource>[]): ReportClaim['earlierFactChecks'] =>
    sources.flatMap((s) => {
      const f = factChecks.get(s.url);
      return f ? [{ url: s.url, organisation: f.organisation, claimReviewed: f.claimReviewed, ratingName: f.ratingName, ratingValue: f.ratingValue, bestRating: f.bestRating, reviewDate: f.reviewDate, stance: s.stance }] : [];
    });

  const claimantTypes = await claimantTypesOf(db, claimRows);
  const claimsByArticle = new Map<string, ReportClaim[]>();
  for (const row of claimRows) {
    const claim = toClaim(row);
    const { firstReviewedAt, corrections } = verdictTimeline(eventsByClaim.get(claim.id) ?? []);
    const list = claimsByArticle.get(claim.articleId) ?? [];
    list.push({
      id: claim.id,
      anchor: `claim-${claim.id}`,
      articleId: claim.articleId,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      // Names and rationales without bidi controls, as they are stored since they are stripped at
      // intake (older rows may hold some); the claim's text is the article's and keeps them.
      claimant: withoutBidiControls(claim.claimant),
      claimantRole: withoutBidiControls(claim.claimantRole),
      claimantType: nonEmptyName(claim.claimant) ? claimantKindFor(claim.claimant!.trim(), claimantTypes.get(row.claimant_id ?? '')) : null,
      kind: claim.kind,
      checkworthiness: claim.checkworthiness,
      claimType: claim.claimType,
      verdict: claim.verdict,
      ratingLabel: withoutBidiControls(claim.ratingLabel),
      rationale: withoutBidiControls(claim.rationale),
      reviewer: withoutBidiControls(claim.reviewer),
      reviewedAt: claim.reviewedAt,
      firstReviewedAt,
      sources: sourcesByClaim.get(claim.id) ?? [],
      earlierFactChecks: earlierFactChecks(sourcesByClaim.get(claim.id) ?? []),
      corrections,
    });
    claimsByArticle.set(claim.articleId, list);
  }

  const totals = emptyCounts();
  const reportArticles: ReportArticle[] = articles.map((a) => {
    const claims = claimsByArticle.get(a.id) ?? [];
    const counts = emptyCounts();
    for (const c of claims) {
      counts[c.verdict]++;
      totals[c.verdict]++;
    }
    return {
      id: a.id,
      title: a.title,
      url: a.url,
      publisher: a.publisher,
      author: a.author,
      publishedAt: a.published_at,
      language: a.language as ReportArticle['language'],
      counts,
      reviewedClaims: claims.filter((c) => c.verdict !== 'unreviewed'),
      unreviewedClaims: claims.filter((c) => c.verdict === 'unreviewed'),
    };
  });

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: meta.now,
    generator: meta.generator,
    language: meta.language,
    scope,
    organisation: {
      name: settings.organisationName,
      url: settings.organisationUrl,
      methodology: settings.methodologyNotes[meta.language] ?? DEFAULT_METHODOLOGY[meta.language],
    },
    totals,
    articles: reportArticles,
  };
}
