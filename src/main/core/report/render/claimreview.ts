// ClaimReview JSON-LD (schema.org), following Google's fact-check markup guidance
// (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
// one ClaimReview per reviewed claim, as a JSON array. Unreviewed claims are never published.
import type { Verdict } from '../../../../shared/domain';
import type { ReportArticle, ReportClaim, ReportModel } from '../../../../shared/report';
import { ReportError, claimAnchors, isoDatePart, nonEmpty, safeHttpUrl } from './common';
import { labelsFor } from './labels';

/**
 * Verdict → schema.org Rating, on a 1 (worst) to 5 (best) scale as in Google's examples:
 * - disputed     = 1: the evidence contradicts the claim (false / misleading);
 * - inconclusive = 3: the evidence does not settle it either way (the midpoint);
 * - verified     = 5: the evidence supports the claim (true / accurate).
 * 2 and 4 are left free for finer rating labels later ("mostly false", "mostly true").
 * `alternateName` (the human-readable rating Google shows in search results, its Fact Check
 * Tools API's `textualRating`) is the claim's rating label when set, otherwise the verdict's name
 * in the report's language, the language the fact-check is published in: a German desk's
 * markup says "Widerlegt", not "Disputed". Each ClaimReview names that language in `inLanguage`
 * (schema.org CreativeWork, a BCP 47 code). Unreviewed claims get no rating and are not published.
 */
export const CLAIMREVIEW_RATINGS = {
  bestRating: 5,
  worstRating: 1,
  ratingValue: { disputed: 1, inconclusive: 3, verified: 5 },
} as const satisfies {
  bestRating: number;
  worstRating: number;
  ratingValue: Record<Exclude<Verdict, 'unreviewed'>, number>;
};

/** Google recommends a claimReviewed of at most 75 characters. */
export const CLAIMREVIEWED_RECOMMENDED_MAX = 75;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ClaimReviewResult {
  json: string;
  reviews: JsonObject[];
  warnings: string[];
}

export function renderClaimReview(model: ReportModel): ClaimReviewResult {
  const orgName = nonEmpty(model.organisation.name)?.trim();
  const orgUrlRaw = nonEmpty(model.organisation.url)?.trim();
  if (!orgName || !orgUrlRaw) {
    const missing = [!orgName && 'name', !orgUrlRaw && 'website URL'].filter(Boolean).join(' and ');
    throw new ReportError(
      'missing_organisation',
      `ClaimReview markup needs your organisation's ${missing}. Set them in Settings → Organisation, then export again.`,
    );
  }
  const orgHref = safeHttpUrl(orgUrlRaw);
  if (!orgHref) {
    throw new ReportError(
      'invalid_organisation_url',
      `The organisation URL "${orgUrlRaw}" is not an http(s) address. Correct it in Settings → Organisation (for example https://example.org/factchecks).`,
    );
  }
  const base = new URL(orgHref);
  base.hash = '';
  const baseUrl = base.href;

  const verdictNames = labelsFor(model.language).verdicts;
  const anchors = claimAnchors(model);
  const reviews: JsonObject[] = [];
  const longClaims: string[] = [];
  const noAuthor: string[] = [];
  const noArticleUrl = new Set<string>();
  const author: JsonObject = { '@type': 'Organization', name: orgName, url: baseUrl };

  for (const article of model.articles) {
    const appearance = articleAppearance(article);
    if (!safeHttpUrl(article.url)) noArticleUrl.add(article.title || article.id);
    for (const claim of article.reviewedClaims) {
      const verdict = claim.verdict;
      if (verdict === 'unreviewed') continue; // defensive: the model keeps them apart already
      const anchor = anchors.get(claim.id) ?? claim.id;
      const claimText = claim.text.trim();
      if ([...claimText].length > CLAIMREVIEWED_RECOMMENDED_MAX) longClaims.push(anchor);

      const itemReviewed: JsonObject = { '@type': 'Claim' };
      const claimAuthor = claimAuthorOf(claim, article);
      if (claimAuthor) itemReviewed.author = claimAuthor;
      else noAuthor.push(anchor);
      const appeared = isoDatePart(article.publishedAt);
      if (appeared) itemReviewed.datePublished = appeared;
      itemReviewed.appearance = [appearance];

      const published = isoDatePart(claim.firstReviewedAt) ?? isoDatePart(claim.reviewedAt) ?? isoDatePart(model.generatedAt);
      const modified = isoDatePart(claim.reviewedAt);

      const review: JsonObject = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${baseUrl}#${anchor}`,
        inLanguage: model.language,
        claimReviewed: claimText,
        itemReviewed,
        author,
        reviewRating: {
          '@type': 'Rating',
          ratingValue: CLAIMREVIEW_RATINGS.ratingValue[verdict],
          bestRating: CLAIMREVIEW_RATINGS.bestRating,
          worstRating: CLAIMREVIEW_RATINGS.worstRating,
          alternateName: nonEmpty(claim.ratingLabel)?.trim() ?? verdictNames[verdict],
        },
      };
      if (published) review.datePublished = published;
      if (modified && published && modified !== published) review.dateModified = modified;
      const rationale = nonEmpty(claim.rationale);
      if (rationale) review.reviewBody = rationale.trim();
      reviews.push(review);
    }
  }

  const warnings: string[] = [];
  if (reviews.length === 0) warnings.push('No claim in this report has been reviewed, so the ClaimReview markup is an empty list.');
  if (longClaims.length > 0) {
    warnings.push(
      `${longClaims.length} claim text(s) are longer than the ${CLAIMREVIEWED_RECOMMENDED_MAX} characters Google recommends for claimReviewed; ` +
        `they were kept in full. Consider a shorter summary: ${listSome(longClaims)}.`,
    );
  }
  if (noAuthor.length > 0) {
    warnings.push(`${noAuthor.length} claim(s) have neither a claimant nor an article publisher, so the claim's author is omitted: ${listSome(noAuthor)}.`);
  }
  if (noArticleUrl.size > 0 && reviews.length > 0) {
    warnings.push(`${noArticleUrl.size} article(s) have no http(s) URL, so the claim's appearance has no link: ${listSome([...noArticleUrl])}.`);
  }
  return { json: serialiseJsonLd(reviews), reviews, warnings };
}

function listSome(items: string[], max = 10): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function articleAppearance(article: ReportArticle): JsonObject {
  const appearance: JsonObject = { '@type': 'CreativeWork' };
  const url = safeHttpUrl(article.url);
  if (url) appearance.url = url;
  if (nonEmpty(article.title)) appearance.headline = article.title.trim();
  const date = isoDatePart(article.publishedAt);
  if (date) appearance.datePublished = date;
  const publisher = nonEmpty(article.publisher)?.trim();
  if (publisher) appearance.publisher = { '@type': 'Organization', name: publisher };
  const author = nonEmpty(article.author)?.trim();
  if (author) appearance.author = { '@type': 'Person', name: author };
  return appearance;
}

/**
 * Who made the claim. A named claimant is a Person (with the role as jobTitle) or an Organization,
 * as the report model says (the grouped claimant's type, else the claimants module's reading of
 * the name; Person in a model made before it said). A claim without claimant is the article's own
 * voice, so its author is the article's publisher as an Organization.
 */
function claimAuthorOf(claim: ReportClaim, article: ReportArticle): JsonObject | null {
  const claimant = nonEmpty(claim.claimant)?.trim();
  if (claimant) {
    if (claim.claimantType === 'organisation') return { '@type': 'Organization', name: claimant };
    const person: JsonObject = { '@type': 'Person', name: claimant };
    const role = nonEmpty(claim.claimantRole)?.trim();
    if (role) person.jobTitle = role;
    return person;
  }
  const publisher = nonEmpty(article.publisher)?.trim();
  return publisher ? { '@type': 'Organization', name: publisher } : null;
}

/**
 * JSON with <, >, &, U+2028 and U+2029 as \u escapes: the same value for any JSON parser, and safe
 * to paste into an HTML <script type="application/ld+json"> block (no "</script>" can close it).
 */
export function serialiseJsonLd(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
