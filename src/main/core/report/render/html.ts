// HTML: one self-contained, script-free file. Inline <style> only, no external assets, no web
// fonts, a CSP that forbids everything but inline styles and data: images, and every piece of
// user text escaped (& < > " '). Only http(s) URLs become links.
import type { Language, Source } from '../../../../shared/domain';
import type { ReportArticle, ReportClaim, ReportCorrection, ReportModel } from '../../../../shared/report';
import {
  earlierFactCheckLine,
  SUMMARY_VERDICTS,
  opensWithChart,
  reportHeading,
  claimAnchors,
  claimantShown,
  claimantText,
  countAll,
  dateFormatter,
  nonEmpty,
  quoted,
  quotedClaim,
  safeHttpUrl,
  type DateFormatter,
} from './common';
import type { ReportLabels } from './labels';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * User text that stands inline with other text, isolated: a right-to-left override or embedding
 * in it (U+202A–U+202E, unclosed) ends where the text ends instead of turning round the labels,
 * names and dates after it. Block-level user text (the claim, the rationale) carries dir="auto".
 */
function isolated(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CHART_COLOR: Record<(typeof SUMMARY_VERDICTS)[number], string> = { verified: '#1e6b34', disputed: '#a11d1d', inconclusive: '#b07400', unreviewed: '#8a8f96' };

/**
 * The verdict summary as a bar chart: inline SVG (no script, no external file, so it passes the
 * report's CSP and prints), one bar per verdict with its count and share; the totals list above
 * carries the same figures as text.
 */
function verdictChartSvg(model: ReportModel, labels: ReportLabels): string {
  const total = Math.max(1, countAll(model.totals));
  const rowH = 26;
  const labelW = 150;
  const barW = 380;
  const height = SUMMARY_VERDICTS.length * rowH + 8;
  const rows = SUMMARY_VERDICTS.map((v, i) => {
    const n = model.totals[v];
    const w = Math.round((barW * n) / total);
    const y = 4 + i * rowH;
    const share = Math.round((100 * n) / total);
    return (
      `<text x="0" y="${y + 15}" font-size="13" fill="#1f2328">${escapeHtml(labels.verdicts[v])}</text>` +
      `<rect x="${labelW}" y="${y + 2}" width="${barW}" height="18" fill="#f1efe9"/>` +
      `<rect x="${labelW}" y="${y + 2}" width="${w}" height="18" fill="${CHART_COLOR[v]}"/>` +
      `<text x="${labelW + barW + 8}" y="${y + 15}" font-size="13" fill="#1f2328">${n} (${share} %)</text>`
    );
  }).join('');
  return `<figure class="verdict-chart"><figcaption>${escapeHtml(labels.verdictChart)}</figcaption><svg role="img" aria-label="${escapeHtml(labels.verdictChart)}" viewBox="0 0 ${labelW + barW + 90} ${height}" width="100%" style="max-width:620px" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(labels.verdictChart)}</title>${rows}</svg></figure>`;
}

function link(text: string, url: string | null | undefined, className?: string): string {
  const href = safeHttpUrl(url);
  const cls = className ? ` class="${className}"` : '';
  if (!href) return `<span${cls}>${isolated(text)}</span>`;
  return `<a${cls} href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${isolated(text)}</a>`;
}

function verdictBadge(verdict: ReportClaim['verdict'], labels: ReportLabels): string {
  return `<span class="verdict verdict-${verdict}">${escapeHtml(labels.verdicts[verdict])}</span>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#5b6169;--rule:#dcd8d0;--paper:#fff;--bg:#f3f1ec;--accent:#2b4a6f;
--ok:#1e6b34;--ok-bg:#e5f2e8;--ok-bd:#9ac8a6;--bad:#a11d1d;--bad-bg:#fbe9e9;--bad-bd:#e2a3a3;
--mid:#7a4d00;--mid-bg:#fdf2dc;--mid-bd:#e3c27c;--none:#4b4f55;--none-bg:#eeeeee;--none-bd:#c6c6c6}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"DejaVu Serif",serif;font-kerning:normal}
.sans,.masthead,.meta,.verdict,.rating,.claim-head,dl.article-meta,table,.sources,.byline,.corrections,.toc,footer,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
main{max-width:50rem;margin:2.5rem auto;background:var(--paper);padding:3rem 3.75rem 2.5rem;border:1px solid #e4e0d8;border-radius:2px}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:2px}
.masthead{border-bottom:3px double var(--ink);padding-bottom:1.25rem;margin-bottom:2rem}
.org{margin:0;font-size:.82rem;font-weight:600;letter-spacing:.09em;text-transform:uppercase;color:var(--muted)}
h1,h2{font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"DejaVu Serif",serif}
h1{font-size:2.1rem;line-height:1.15;margin:.35rem 0 .6rem;font-weight:700;letter-spacing:-.01em}
.masthead .meta{margin:0;color:var(--muted);font-size:.9rem}
.totals{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1rem 0 0;padding:0;list-style:none;font-size:.9rem}
.totals li{display:flex;align-items:center;gap:.4rem}
h2{font-size:1.45rem;line-height:1.25;margin:2.75rem 0 .5rem;font-weight:700}
h3{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);margin:2rem 0 .75rem;font-weight:700}
h4{font-size:.78rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:1rem 0 .3rem;font-weight:700}
.methodology p,.rationale{white-space:pre-line}
.methodology{font-size:.95rem;color:#33383e}
.toc ol{padding-left:1.2rem;font-size:.95rem}
.article{margin-top:3rem}
.article>header h2{margin-top:0}
dl.article-meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 0;font-size:.9rem}
dl.article-meta dt{color:var(--muted)}
dl.article-meta dd{margin:0;overflow-wrap:anywhere}
table.counts{border-collapse:collapse;margin:.5rem 0 0;font-size:.9rem;min-width:18rem}
table.counts th,table.counts td{padding:.35rem .9rem .35rem 0;border-bottom:1px solid var(--rule);text-align:left}
table.counts td.num{text-align:right;font-variant-numeric:tabular-nums;padding-right:0}
table.counts tr.total td{border-bottom:0;font-weight:700}
.verdict{display:inline-block;font-size:.72rem;font-weight:700;line-height:1;letter-spacing:.07em;text-transform:uppercase;padding:.4em .65em .35em;border:1px solid;border-radius:3px;white-space:nowrap}
.verdict-verified{color:var(--ok);background:var(--ok-bg);border-color:var(--ok-bd)}
.verdict-disputed{color:var(--bad);background:var(--bad-bg);border-color:var(--bad-bd)}
.verdict-inconclusive{color:var(--mid);background:var(--mid-bg);border-color:var(--mid-bd)}
.verdict-unreviewed{color:var(--none);background:var(--none-bg);border-color:var(--none-bd)}
.claim{border-top:1px solid var(--rule);padding:1.6rem 0 1.2rem;break-inside:avoid;page-break-inside:avoid}
.claim-head{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem;font-size:.85rem}
.claim-no{color:var(--muted);font-weight:600}
.rating{font-weight:700}
.corrected{color:var(--muted);font-style:italic}
.permalink{margin-left:auto;color:var(--muted);text-decoration:none;font-size:.8rem}
blockquote.claim-text{margin:.8rem 0 .6rem;padding:.1rem 0 .1rem 1.1rem;border-left:4px solid var(--none-bd);font-size:1.2rem;line-height:1.5;white-space:pre-line;overflow-wrap:anywhere}
.claim.verified blockquote.claim-text{border-left-color:var(--ok-bd)}
.claim.disputed blockquote.claim-text{border-left-color:var(--bad-bd)}
.claim.inconclusive blockquote.claim-text{border-left-color:var(--mid-bd)}
.claim .meta{margin:0;color:var(--muted);font-size:.88rem}
.claim .meta b{color:var(--ink);font-weight:600}
.rationale{margin:0}
.sources{margin:.2rem 0 0;padding-left:1.3rem;font-size:.88rem}
.sources li{margin:.35rem 0}
.sources .src-title{font-weight:600}
.sources .src-meta{color:var(--muted)}
.sources .url{display:block;color:var(--muted);font-size:.8rem;overflow-wrap:anywhere;word-break:break-all}
.sources .excerpt{display:block;margin:.2rem 0 0;font-family:Charter,Georgia,serif;font-style:italic;color:#3d4349;white-space:pre-line}
.stance{font-style:italic}
.byline{margin:1rem 0 0;color:var(--muted);font-size:.82rem}
.corrections{margin-top:.8rem;padding:.6rem .9rem;background:#f7f6f3;border:1px solid var(--rule);font-size:.85rem}
.corrections h4{margin-top:0}
.corrections ul{margin:0;padding-left:1.1rem}
.corrections .why{display:block;color:var(--muted);white-space:pre-line}
.unreviewed-list{font-size:.92rem;color:#3d4349;padding-left:1.3rem}
.unreviewed-list li{margin:.3rem 0;overflow-wrap:anywhere}
.unreviewed-list .who{color:var(--muted)}
.note{color:var(--muted);font-style:italic}
footer{margin-top:3rem;padding-top:.8rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.8rem}
@media (max-width:40rem){main{margin:0;padding:1.5rem 1.1rem;border:0}body{font-size:16px}h1{font-size:1.7rem}}
@page{size:A4;margin:18mm 17mm 20mm}
@media print{
body{background:#fff;font-size:10.5pt;line-height:1.45}
main{max-width:none;margin:0;padding:0;border:0}
a{color:inherit;text-decoration:none}
.permalink{display:none}
.verdict,.corrections,blockquote.claim-text{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2,h3,h4,.claim-head{break-after:avoid;page-break-after:avoid}
.claim,.sources li,table.counts,dl.article-meta{break-inside:avoid;page-break-inside:avoid}
.article+.article{break-before:page;page-break-before:always}
blockquote.claim-text{font-size:12pt}
}
`.replace(/\n/g, '');

export function renderHtml(model: ReportModel, labels: ReportLabels): string {
  const fmt = dateFormatter(labels);
  const anchors = claimAnchors(model);
  const orgName = nonEmpty(model.organisation.name);
  const heading = reportHeading(model, labels);
  const title = orgName ? `${heading} – ${orgName}` : heading;
  const out: string[] = [];

  out.push(
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(labels.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(model.generator)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
  );

  // Masthead
  out.push('<header class="masthead">');
  if (orgName) out.push(`<p class="org">${link(orgName, model.organisation.url)}</p>`);
  out.push(`<h1>${escapeHtml(heading)}</h1>`);
  if (model.scope.kind === 'claimant') {
    const others = model.scope.aliases.filter((a) => a !== (model.scope as { claimantName: string }).claimantName);
    if (others.length) out.push(`<p class="meta">${escapeHtml(labels.alsoSeenAs)}: ${others.map(isolated).join(', ')}</p>`);
  }
  out.push(
    `<p class="meta">${escapeHtml(labels.generated)}: <time datetime="${escapeHtml(model.generatedAt)}">${escapeHtml(fmt.dateTime(model.generatedAt))}</time> · ${escapeHtml(labels.claimCount(countAll(model.totals)))}</p>`,
  );
  out.push(`<ul class="totals" aria-label="${escapeHtml(labels.totals)}">`);
  for (const v of SUMMARY_VERDICTS) out.push(`<li>${verdictBadge(v, labels)} <span>${model.totals[v]}</span></li>`);
  out.push('</ul>');
  if (opensWithChart(model)) out.push(verdictChartSvg(model, labels));
  out.push('</header>');

  // Methodology
  const methodology = nonEmpty(model.organisation.methodology);
  out.push(`<section class="methodology" aria-labelledby="methodology"><h3 id="methodology">${escapeHtml(labels.methodology)}</h3>`);
  out.push(methodology ? `<p dir="auto">${escapeHtml(methodology.trim())}</p>` : `<p class="note">${escapeHtml(labels.noMethodology)}</p>`);
  out.push('</section>');

  if (model.articles.length > 1) {
    out.push(`<nav class="toc" aria-labelledby="toc"><h3 id="toc">${escapeHtml(labels.contents)}</h3><ol>`);
    model.articles.forEach((a, i) => out.push(`<li><a href="#article-${i + 1}">${isolated(a.title || labels.article)}</a></li>`));
    out.push('</ol></nav>');
  }

  if (model.articles.length === 0) out.push(`<p class="note">${escapeHtml(labels.noArticles)}</p>`);
  model.articles.forEach((article, i) => renderArticle(out, article, i + 1, labels, fmt, anchors));

  out.push(`<footer>${escapeHtml(`${labels.generatedBy} ${model.generator}`)}</footer>`);
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function renderArticle(
  out: string[],
  article: ReportArticle,
  n: number,
  labels: ReportLabels,
  fmt: DateFormatter,
  anchors: Map<string, string>,
): void {
  out.push(`<section class="article" id="article-${n}" aria-labelledby="article-${n}-title">`, '<header>');
  out.push(`<h2 id="article-${n}-title" lang="${escapeHtml(article.language)}" dir="auto">${escapeHtml(article.title || labels.article)}</h2>`);
  const meta: string[] = [];
  const row = (dt: string, dd: string) => meta.push(`<dt>${escapeHtml(dt)}</dt><dd>${dd}</dd>`);
  if (nonEmpty(article.publisher)) row(labels.outlet, isolated(article.publisher ?? ''));
  if (nonEmpty(article.author)) row(labels.author, isolated(article.author ?? ''));
  if (nonEmpty(article.publishedAt)) {
    row(labels.published, `<time datetime="${escapeHtml(article.publishedAt ?? '')}">${escapeHtml(fmt.date(article.publishedAt ?? ''))}</time>`);
  }
  if (nonEmpty(article.url)) row(labels.url, link(article.url ?? '', article.url));
  if (meta.length > 0) out.push(`<dl class="article-meta">${meta.join('')}</dl>`);
  out.push('</header>');

  out.push(`<h3>${escapeHtml(labels.summary)}</h3>`);
  out.push(`<table class="counts"><thead><tr><th scope="col">${escapeHtml(labels.verdict)}</th><th scope="col" class="num">${escapeHtml(labels.count)}</th></tr></thead><tbody>`);
  for (const v of SUMMARY_VERDICTS) out.push(`<tr><td>${verdictBadge(v, labels)}</td><td class="num">${article.counts[v]}</td></tr>`);
  out.push(`<tr class="total"><td>${escapeHtml(labels.total)}</td><td class="num">${countAll(article.counts)}</td></tr></tbody></table>`);

  out.push(`<h3>${escapeHtml(labels.reviewedClaims)}</h3>`);
  if (article.reviewedClaims.length === 0) out.push(`<p class="note">${escapeHtml(labels.noReviewedClaims)}</p>`);
  article.reviewedClaims.forEach((claim, i) => renderClaim(out, claim, i + 1, article, labels, fmt, anchors));

  if (article.unreviewedClaims.length > 0) {
    out.push(`<h3>${escapeHtml(labels.unreviewedClaims)}</h3><p class="note">${escapeHtml(labels.unreviewedNote)}</p><ul class="unreviewed-list">`);
    for (const claim of article.unreviewedClaims) {
      const who = claimantText(claim);
      out.push(
        `<li id="${anchors.get(claim.id) ?? ''}"><span lang="${escapeHtml(article.language)}" dir="auto">${escapeHtml(quotedClaim(claim.text, claim.kind, article.language))}</span>${who ? ` <span class="who">— ${isolated(who)}</span>` : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');
}

function renderClaim(
  out: string[],
  claim: ReportClaim,
  n: number,
  article: ReportArticle,
  labels: ReportLabels,
  fmt: DateFormatter,
  anchors: Map<string, string>,
): void {
  const anchor = anchors.get(claim.id) ?? '';
  const rating = nonEmpty(claim.ratingLabel);
  out.push(`<article class="claim ${claim.verdict}" id="${anchor}">`);
  out.push(
    `<div class="claim-head"><span class="claim-no">${escapeHtml(labels.claimNumber(n))}</span>${verdictBadge(claim.verdict, labels)}` +
      (rating ? `<span class="rating">${isolated(rating)}</span>` : '') +
      (claim.corrections.length > 0 ? `<span class="corrected">${escapeHtml(labels.corrected)}</span>` : '') +
      `<a class="permalink" href="#${anchor}" aria-label="${escapeHtml(labels.claimNumber(n))}">#</a></div>`,
  );
  out.push(
    `<blockquote class="claim-text" lang="${escapeHtml(article.language)}" dir="auto">${escapeHtml(quotedClaim(claim.text, claim.kind, article.language))}</blockquote>`,
  );
  out.push(
    `<p class="meta"><b>${escapeHtml(labels.claimant)}:</b> ${claimantText(claim) ? isolated(claimantShown(claim, labels)) : escapeHtml(claimantShown(claim, labels))} · ${escapeHtml(labels.kinds[claim.kind])}</p>`,
  );

  out.push(`<h4>${escapeHtml(labels.rationale)}</h4>`);
  const rationale = nonEmpty(claim.rationale);
  out.push(rationale ? `<p class="rationale" dir="auto">${escapeHtml(rationale.trim())}</p>` : `<p class="note">${escapeHtml(labels.noRationale)}</p>`);

  out.push(`<h4>${escapeHtml(labels.sources)}</h4>`);
  if (claim.sources.length === 0) out.push(`<p class="note">${escapeHtml(labels.noSources)}</p>`);
  else {
    out.push('<ol class="sources">');
    for (const source of claim.sources) out.push(sourceItem(source, article.language, labels, fmt));
    out.push('</ol>');
  }
  if (claim.earlierFactChecks.length > 0) {
    out.push(`<h4>${escapeHtml(labels.earlierFactChecks)}</h4><ul class="sources earlier-factchecks">`);
    for (const f of claim.earlierFactChecks) out.push(`<li>${isolated(earlierFactCheckLine(f, labels, fmt, article.language))} · ${link(f.url, f.url)}</li>`);
    out.push('</ul>');
  }

  const reviewer = nonEmpty(claim.reviewer) ?? labels.reviewerUnknown;
  const when = nonEmpty(claim.reviewedAt)
    ? ` ${escapeHtml(labels.reviewedOn)} <time datetime="${escapeHtml(claim.reviewedAt ?? '')}">${escapeHtml(fmt.date(claim.reviewedAt ?? ''))}</time>`
    : '';
  out.push(`<p class="byline">${escapeHtml(labels.reviewedBy)} ${isolated(reviewer)}${when}</p>`);

  if (claim.corrections.length > 0) {
    out.push(`<section class="corrections"><h4>${escapeHtml(labels.corrections)}</h4><ul>`);
    for (const c of claim.corrections) out.push(correctionItem(c, labels, fmt));
    out.push('</ul></section>');
  }
  out.push('</article>');
}

function sourceItem(source: Source, language: Language, labels: ReportLabels, fmt: DateFormatter): string {
  const title = nonEmpty(source.title) ?? source.url;
  const bits: string[] = [];
  if (nonEmpty(source.publisher)) bits.push(isolated(source.publisher ?? ''));
  bits.push(`<span class="stance">${escapeHtml(labels.stances[source.stance])}</span>`);
  if (nonEmpty(source.accessedAt)) bits.push(`${escapeHtml(labels.accessed)} ${escapeHtml(fmt.date(source.accessedAt ?? ''))}`);
  if (nonEmpty(source.archivedUrl)) bits.push(link(labels.archived, source.archivedUrl));
  const snap = source.snapshot;
  if (snap?.status === 'archived' && snap.retrievedAt && snap.sha256) {
    bits.push(`${escapeHtml(labels.snapshot)} ${escapeHtml(fmt.date(snap.retrievedAt))}, SHA-256 <code class="hash">${escapeHtml(snap.sha256)}</code>`);
  }
  let html = `<li>${link(title, source.url, 'src-title')} <span class="src-meta">· ${bits.join(' · ')}</span>`;
  html += `<span class="url">${escapeHtml(source.url)}</span>`;
  const excerpt = nonEmpty(source.excerpt);
  if (excerpt) html += `<span class="excerpt">${isolated(quoted(excerpt, language))}</span>`;
  return `${html}</li>`;
}

function correctionItem(c: ReportCorrection, labels: ReportLabels, fmt: DateFormatter): string {
  // The labels' sentence is escaped around two markers, which then take the isolated verdicts.
  const verdictWith = (verdict: ReportCorrection['fromVerdict'], label: string | null) =>
    escapeHtml(labels.verdicts[verdict]) + (nonEmpty(label) ? ` (${isolated(label ?? '')})` : '');
  const sentence = escapeHtml(labels.correctionLine('\u0000from\u0000', '\u0000to\u0000'))
    .replace('\u0000from\u0000', () => verdictWith(c.fromVerdict, c.fromRatingLabel))
    .replace('\u0000to\u0000', () => verdictWith(c.toVerdict, c.toRatingLabel));
  let line = `<time datetime="${escapeHtml(c.at)}">${escapeHtml(fmt.date(c.at))}</time>: ${sentence}`;
  if (nonEmpty(c.actor)) line += ` ${escapeHtml(labels.by)} ${isolated(c.actor ?? '')}`;
  line += '.';
  const why = nonEmpty(c.rationale);
  if (why) line += `<span class="why">${isolated(why.trim())}</span>`;
  return `<li>${line}</li>`;
}
