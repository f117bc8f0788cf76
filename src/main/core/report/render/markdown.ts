// Markdown (CommonMark + GFM tables). All user text is escaped so that it renders as the
// literal text it is: no links, images, HTML, emphasis, headings, lists or tables can be
// injected through a claim, a claimant, a rationale, a source title or the settings.
import type { ReportArticle, ReportClaim, ReportModel, ReportCorrection } from '../../../../shared/report';
import type { Language, Source } from '../../../../shared/domain';
import {
  reportHeading,
  SUMMARY_VERDICTS,
  claimantShown,
  claimantText,
  countAll,
  dateFormatter,
  earlierFactCheckLine,
  nonEmpty,
  quoted,
  quotedClaim,
  safeHttpUrl,
  type DateFormatter,
} from './common';
import type { ReportLabels } from './labels';

// Inline-significant ASCII punctuation (parentheses only matter after "]", which is escaped).
// in CommonMark, so over-escaping is harmless; `&` is escaped so entities (&lt;) stay literal.
// `:` and `@` are escaped, and the dot of "www.", so that GFM's autolinks (https://…, www.…,
// a@b.org, mailto:, xmpp:) never turn a bare address in user text into a link: the only links
// in the report are the ones it makes itself, from checked http(s) URLs.
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&$:@]/g;
const WWW_DOT = /(www)\./gi;

/** Escape one line of user text for use inside a paragraph, list item, table cell or heading. */
export function escapeMarkdownInline(text: string): string {
  // Line breaks are the caller's business; inside inline contexts they become spaces.
  const flat = text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ').replace(/\t/g, ' ');
  return flat.replace(INLINE_SPECIAL, '\\$&').replace(WWW_DOT, '$1\\.');
}

/**
 * Escape a line so it is also safe at the start of a block: no heading (#), block quote (>),
 * list (-, +, *, "1." / "1)"), thematic break or setext underline (=, -), indented code
 * (leading spaces) and no fenced code (``` or ~~~).
 */
function escapeMarkdownLine(line: string): string {
  let out = escapeMarkdownInline(line.replace(/^[ \t]+/, ''));
  out = out.replace(/^([-+=])/, '\\$1');
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

/**
 * Multi-line user text as Markdown lines, each escaped and prefixed (e.g. "> " for a block quote,
 * "   " for a list continuation). Single line breaks become hard breaks, blank lines paragraph breaks.
 */
export function markdownBlock(text: string, prefix = ''): string {
  const lines = text.replace(/\r\n?|\u2028|\u2029/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== prefix.trimEnd()) out.push(prefix.trimEnd());
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    const hardBreak = i + 1 < lines.length && next !== '' ? '\\' : '';
    out.push(`${prefix}${escapeMarkdownLine(line)}${hardBreak}`);
  }
  while (out.length > 0 && out[out.length - 1] === prefix.trimEnd()) out.pop();
  return out.join('\n');
}

/** A link if the URL is http(s), otherwise the escaped text (no link). */
function mdLink(text: string, url: string | null | undefined): string {
  const href = safeHttpUrl(url);
  const label = escapeMarkdownInline(text);
  if (!href) return label;
  // Angle-bracket destination: the WHATWG-normalised href has no spaces, < or >.
  return `[${label}](<${href}>)`;
}

export function renderMarkdown(model: ReportModel, labels: ReportLabels): string {
  const fmt = dateFormatter(labels);
  const out: string[] = [];
  const orgName = nonEmpty(model.organisation.name);

  out.push(`# ${escapeMarkdownInline(reportHeading(model, labels))}`, '');
  if (model.scope.kind === 'claimant') {
    const name = model.scope.claimantName;
    const others = model.scope.aliases.filter((a) => a !== name);
    if (others.length) out.push(`${escapeMarkdownInline(labels.alsoSeenAs)}: ${escapeMarkdownInline(others.join(', '))}`, '');
  }
  const head: string[] = [];
  if (orgName) {
    const orgUrl = safeHttpUrl(model.organisation.url);
    head.push(`**${labels.organisation}:** ${orgUrl ? mdLink(orgName, orgUrl) : escapeMarkdownInline(orgName)}`);
  }
  head.push(`**${labels.generated}:** ${escapeMarkdownInline(fmt.dateTime(model.generatedAt))}`);
  head.push(`**${labels.totals}:** ${escapeMarkdownInline(totalsLine(model.totals, labels))}`);
  out.push(head.join('\\\n'), '');

  out.push(`## ${labels.methodology}`, '');
  const methodology = nonEmpty(model.organisation.methodology);
  out.push(methodology ? markdownBlock(methodology) : `*${labels.noMethodology}*`, '');

  if (model.articles.length === 0) out.push(`*${labels.noArticles}*`, '');
  for (const article of model.articles) renderArticle(out, article, labels, fmt);

  out.push('---', '', `*${escapeMarkdownInline(`${labels.generatedBy} ${model.generator}`)}*`, '');
  return out.join('\n');
}

function totalsLine(counts: ReportModel['totals'], labels: ReportLabels): string {
  const parts = SUMMARY_VERDICTS.map((v) => `${counts[v]} ${labels.verdicts[v].toLowerCase()}`);
  return `${labels.claimCount(countAll(counts))} (${parts.join(', ')})`;
}

function renderArticle(
  out: string[],
  article: ReportArticle,
  labels: ReportLabels,
  fmt: DateFormatter,
): void {
  out.push(`## ${escapeMarkdownInline(article.title || labels.article)}`, '');
  const meta: string[] = [];
  const publisher = nonEmpty(article.publisher);
  if (publisher) meta.push(`- **${labels.outlet}:** ${escapeMarkdownInline(publisher)}`);
  const author = nonEmpty(article.author);
  if (author) meta.push(`- **${labels.author}:** ${escapeMarkdownInline(author)}`);
  if (nonEmpty(article.url)) meta.push(`- **${labels.url}:** ${mdLink(article.url ?? '', article.url)}`);
  if (nonEmpty(article.publishedAt)) meta.push(`- **${labels.published}:** ${escapeMarkdownInline(fmt.date(article.publishedAt ?? ''))}`);
  if (meta.length > 0) out.push(...meta, '');

  out.push(`### ${labels.summary}`, '');
  out.push(`| ${labels.verdict} | ${labels.count} |`, '| --- | ---: |');
  for (const v of SUMMARY_VERDICTS) out.push(`| ${labels.verdicts[v]} | ${article.counts[v]} |`);
  out.push(`| **${labels.total}** | **${countAll(article.counts)}** |`, '');

  out.push(`### ${labels.reviewedClaims}`, '');
  if (article.reviewedClaims.length === 0) out.push(`*${labels.noReviewedClaims}*`, '');
  article.reviewedClaims.forEach((claim, i) => renderClaim(out, claim, i + 1, article.language, labels, fmt));

  if (article.unreviewedClaims.length > 0) {
    out.push(`### ${labels.unreviewedClaims}`, '', `*${labels.unreviewedNote}*`, '');
    for (const claim of article.unreviewedClaims) {
      const who = claimantText(claim);
      const text = `${quotedClaim(claim.text, claim.kind, article.language)}${who ? ` (${who})` : ''}`;
      out.push(`- ${escapeMarkdownInline(text)}`);
    }
    out.push('');
  }
}

function renderClaim(
  out: string[],
  claim: ReportClaim,
  n: number,
  language: Language,
  labels: ReportLabels,
  fmt: DateFormatter,
): void {
  const rating = nonEmpty(claim.ratingLabel);
  const corrected = claim.corrections.length > 0 ? ` · ${labels.corrected}` : '';
  out.push(`#### ${labels.claimNumber(n)}: ${labels.verdicts[claim.verdict]}${rating ? ` – ${escapeMarkdownInline(rating)}` : ''}${corrected}`, '');
  out.push(markdownBlock(quotedClaim(claim.text, claim.kind, language), '> '), '');

  const meta: string[] = [];
  meta.push(`**${labels.claimant}:** ${escapeMarkdownInline(claimantShown(claim, labels))}`);
  meta.push(`**${labels.kind}:** ${labels.kinds[claim.kind]}`);
  meta.push(`**${labels.verdict}:** ${labels.verdicts[claim.verdict]}${rating ? ` (${escapeMarkdownInline(rating)})` : ''}`);
  out.push(meta.join('\\\n'), '');

  out.push(`**${labels.rationale}:**`, '');
  const rationale = nonEmpty(claim.rationale);
  out.push(rationale ? markdownBlock(rationale) : `*${labels.noRationale}*`, '');

  out.push(`**${labels.sources}:**`, '');
  if (claim.sources.length === 0) out.push(`*${labels.noSources}*`);
  claim.sources.forEach((source, i) => out.push(sourceItem(source, i + 1, language, labels, fmt)));
  out.push('');

  if (claim.earlierFactChecks.length > 0) {
    out.push(`**${labels.earlierFactChecks}:**`, '');
    for (const f of claim.earlierFactChecks) out.push(`- ${escapeMarkdownInline(earlierFactCheckLine(f, labels, fmt, language))} · ${mdLink(f.url, f.url)}`);
    out.push('');
  }

  const reviewer = nonEmpty(claim.reviewer) ?? labels.reviewerUnknown;
  const when = nonEmpty(claim.reviewedAt) ? ` ${labels.reviewedOn} ${fmt.date(claim.reviewedAt ?? '')}` : '';
  out.push(`*${escapeMarkdownInline(`${labels.reviewedBy} ${reviewer}${when}`)}*`, '');

  if (claim.corrections.length > 0) {
    out.push(`**${labels.corrections}:**`, '');
    for (const c of claim.corrections) out.push(correctionItem(c, labels, fmt));
    out.push('');
  }
}

function sourceItem(source: Source, n: number, language: Language, labels: ReportLabels, fmt: DateFormatter): string {
  const indent = ' '.repeat(String(n).length + 2);
  const title = nonEmpty(source.title) ?? source.url;
  const parts = [mdLink(title, source.url)];
  const publisher = nonEmpty(source.publisher);
  if (publisher) parts.push(escapeMarkdownInline(publisher));
  parts.push(`*${labels.stances[source.stance]}*`);
  if (nonEmpty(source.accessedAt)) parts.push(escapeMarkdownInline(`${labels.accessed} ${fmt.date(source.accessedAt ?? '')}`));
  if (nonEmpty(source.archivedUrl)) parts.push(mdLink(labels.archived, source.archivedUrl));
  const snap = source.snapshot;
  if (snap?.status === 'archived' && snap.retrievedAt && snap.sha256) parts.push(`${escapeMarkdownInline(`${labels.snapshot} ${fmt.date(snap.retrievedAt)}`)}, SHA-256 \`${snap.sha256}\``);
  let item = `${n}. ${parts.join(' · ')}`;
  // The URL in full as well: a printed page has no clickable links.
  if (nonEmpty(source.title)) {
    const href = safeHttpUrl(source.url);
    // An autolink shows the (normalised) address and is clickable; anything else stays inert text.
    item += `\\\n${indent}${href ? `<${href}>` : escapeMarkdownInline(source.url)}`;
  }
  const excerpt = nonEmpty(source.excerpt);
  if (excerpt) item += `\n\n${markdownBlock(quoted(excerpt, language), `${indent}> `)}\n`;
  return item;
}

function correctionItem(c: ReportCorrection, labels: ReportLabels, fmt: DateFormatter): string {
  const from = labels.verdicts[c.fromVerdict] + (nonEmpty(c.fromRatingLabel) ? ` (${c.fromRatingLabel})` : '');
  const to = labels.verdicts[c.toVerdict] + (nonEmpty(c.toRatingLabel) ? ` (${c.toRatingLabel})` : '');
  let line = `${fmt.date(c.at)}: ${labels.correctionLine(from, to)}`;
  if (nonEmpty(c.actor)) line += ` ${labels.by} ${c.actor}`;
  line += '.';
  const rationale = nonEmpty(c.rationale);
  return `- ${escapeMarkdownInline(line)}${rationale ? `\\\n  ${escapeMarkdownInline(rationale)}` : ''}`;
}
