// HTML → article text + metadata via @mozilla/readability on linkedom.
//
// Safety: the page is untrusted. linkedom is a DOM and nothing more: it has no script engine,
// runs no <script>, no on* handler and no javascript: URL, and fetches no image, stylesheet,
// frame or script. The page's text reaches the app only as plain text (html-to-text).
//
// Why linkedom and not jsdom: Readability over jsdom took seconds per MB (jsdom's selector
// engine walks the whole tree for every query Readability and the metadata reader make: 16 s for
// a 2 MB page); over linkedom, which Readability supports since 0.4, the same page takes about
// 2 s and the text is the same (checked on the import fixtures and real article pages,
// tests/unit/import-html-dom.test.ts).
//
// linkedom + Readability are loaded lazily so the CLI and plain-text imports never pay for them.
import { MAX_STORED_ARTICLE_CHARS } from '../../../shared/contract';
import { ImportError } from './errors';
import { parseInWorker } from './in-worker';
import { extractHtmlMetadata } from './html-metadata';
import { limitHtmlNesting } from './html-nesting';
import { htmlToPlainText } from './html-to-plain';
import { cleanString, firstNonNull, toIsoDate, toLanguage } from './metadata';
import { normaliseText } from './normalise';
import type { DocumentMeta } from './types';

export interface HtmlArticle extends DocumentMeta {
  text: string;
}

type Deps = {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
};
let deps: Promise<Deps> | null = null;
function loadDeps(): Promise<Deps> {
  deps ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([linkedom, readability]) => ({
    parseHTML: linkedom.parseHTML,
    Readability: readability.Readability,
  }));
  return deps;
}

/** The page as a document (no scripts run, nothing fetched). */
async function htmlDocument(html: string): Promise<Document> {
  const { parseHTML } = await loadDeps();
  return parseHTML(withDocumentShape(html)).document as unknown as Document;
}

// Elements that may stand before the content of a page that has no <head> tag.
const LEADING_HEAD_CONTENT = /^(?:\s+|<!--[\s\S]*?-->|<title\b[^>]*>[\s\S]*?<\/title\s*>|<(?:meta|link|base)\b[^>]*>|<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>)*/i;

/**
 * linkedom builds a document only from markup that has one (<html> around a <body>), unlike a
 * browser, which adds the tags HTML lets a page leave out. A fragment ("<p>…</p>") or a page
 * without <html> or <body> gets them here: the <head> (or the head elements it starts with)
 * stays the head, the rest becomes the body, and <html>'s attributes (lang) are kept.
 */
export function withDocumentShape(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const htmlAttributes = /<html(\s[^>]*)?>/i.exec(html)?.[1] ?? '';
  let rest = html.replace(/<!doctype[^>]*>/i, '').replace(/<\/?html(?:\s[^>]*)?>/gi, '');
  let head: string;
  const headElement = /<head[\s>][\s\S]*?<\/head\s*>/i.exec(rest);
  if (headElement) {
    head = headElement[0];
    rest = rest.slice(0, headElement.index) + rest.slice(headElement.index + head.length);
  } else {
    const leading = LEADING_HEAD_CONTENT.exec(rest)?.[0] ?? '';
    head = `<head>${leading}</head>`;
    rest = rest.slice(leading.length);
  }
  if (!/<body[\s>]/i.test(rest)) rest = `<body>${rest}</body>`;
  return `<!DOCTYPE html><html${htmlAttributes}>${head}${rest}</html>`;
}

/** Strips a leading "By" / "Von" and trailing separators from a Readability byline. */
function cleanByline(byline: string | null | undefined): string | null {
  const s = cleanString(byline);
  if (!s) return null;
  return cleanString(s.replace(/^(by|von)\s+/i, '').replace(/\s*[|,·–-]\s*$/, '').replace(/\s+und\s+/g, ', ').replace(/\s+and\s+/g, ', '));
}

/** Removes a trailing " | Site" / " - Site" from a <title> when we know the site name. */
function stripSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const stripped = title.replace(new RegExp(`\\s*[|–—:-]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i'), '');
  return stripped || title;
}

// Readability's own byline heuristic (rel/itemprop author, or class/id naming a byline).
const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/i;

/**
 * Removes short byline elements ("Von Erika Mustermann") from the DOM and returns the first
 * one's text. Readability only strips a byline from the content when it has *not* already found
 * an author in the <meta> tags, so on most news pages the "Von …" line would end up in the text
 * and reach claim extraction as a sentence.
 */
function removeBylines(doc: Document): string | null {
  let first: string | null = null;
  for (const el of doc.querySelectorAll('[rel="author"], [itemprop], [class], [id]')) {
    const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const isByline = el.getAttribute('rel') === 'author' || /author/i.test(el.getAttribute('itemprop') ?? '') || BYLINE_HINT.test(hint);
    if (!isByline || !el.isConnected) continue;
    const text = cleanString(el.textContent);
    // Long elements are containers (e.g. an "author-box" wrapping the article): keep them.
    if (!text || text.length >= 100) continue;
    first ??= text;
    el.remove();
  }
  return first;
}

const BLOCK = 'p, div, li, header, footer, aside, section, article, figure, h1, h2, h3, h4, h5, h6, dd, dt, td';

/**
 * Removes page furniture that is no part of the report: figure captions (<figcaption>) and
 * time stamps. A <time> is a stamp when the block around it says little else ("Updated
 * <time>…</time>", "Stand: <time>…</time>"); a <time> inside running text ("On <time>Monday
 * </time> the council said …") is text and stays. Returns the first stamp's machine date.
 */
function removeFurniture(doc: Document): string | null {
  for (const el of doc.querySelectorAll('figcaption')) el.remove();
  let date: string | null = null;
  for (const el of doc.querySelectorAll('time')) {
    if (!el.isConnected) continue;
    const block = el.parentElement?.closest(BLOCK) ?? el;
    const rest = (block.textContent ?? '').replace(el.textContent ?? '', '');
    // Running text has a sentence of its own beside the time: a few words and a full stop.
    const runningText = rest.trim().split(/\s+/).length > 6 || /[.!?]["'“”»«]?\s*$/.test(rest.trim());
    if (runningText) continue;
    date ??= toIsoDate(el.getAttribute('datetime'));
    (block.tagName === 'BODY' || block.tagName === 'ARTICLE' ? el : block).remove();
  }
  return date;
}

/**
 * @param html     decoded HTML source
 * @param sourceUrl where the page came from (resolves relative canonical links); http(s) only
 */
export async function parseHtmlArticle(html: string, sourceUrl: string | null): Promise<HtmlArticle> {
  return parseInWorker('parse.html', { html, sourceUrl });
}

/**
 * Pages larger than this (real news pages are 0.1–1 MB) skip the DOM and Readability: their
 * metadata is read from the <head> alone, their text from the first <article>, <main> or <body>
 * with html-to-text.
 */
export const READABILITY_MAX_CHARS = 2_000_000;

export async function parseHtmlArticleHere(html: string, sourceUrl: string | null): Promise<HtmlArticle> {
  if (html.length > READABILITY_MAX_CHARS) assertTextMayFit(html);
  html = limitHtmlNesting(html);
  if (html.length > READABILITY_MAX_CHARS) return parseLargeHtml(html, sourceUrl);
  const { Readability } = await loadDeps();
  const doc = await htmlDocument(html);
  const meta = extractHtmlMetadata(doc, sourceUrl);
  const documentTitle = cleanString(doc.title);
  const domByline = removeBylines(doc);
  const stampDate = removeFurniture(doc);

  // Readability mutates the DOM (it removes scripts, unlikely candidates, ...); metadata was
  // read above. It still reads JSON-LD itself, which we do not need twice.
  const article = new Readability(doc, { disableJSONLD: true }).parse();
  const text = article?.content ? normaliseText(await htmlToPlainText(article.content)) : '';
  if (!text) {
    throw new ImportError('no_article', 'No article text was found on this page; it may consist only of scripts, or need JavaScript to show its content.');
  }
  const publisher = firstNonNull(meta.publisher, cleanString(article?.siteName));
  return {
    text,
    title: firstNonNull(meta.title, cleanString(article?.title), stripSiteSuffix(documentTitle, publisher)),
    author: firstNonNull(meta.author, cleanByline(article?.byline), cleanByline(domByline)),
    publisher,
    publishedAt: firstNonNull(meta.publishedAt, toIsoDate(article?.publishedTime), stampDate),
    url: meta.url,
    language: firstNonNull(meta.language, toLanguage(article?.lang)),
  };
}

/**
 * A quick count of a page's visible text (tags, scripts and styles out, white space runs as
 * one): a page with clearly more text than an article may hold is refused here, in a second,
 * rather than after converting all of it.
 */
function assertTextMayFit(html: string): void {
  const text = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, '');
  // Counted, not replaced: a replace of every white space run in 17 MB takes seconds.
  let visible = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!isSpace || !space) visible++;
    space = isSpace;
  }
  if (visible > MAX_STORED_ARTICLE_CHARS * 1.25) {
    const n = (x: number) => x.toLocaleString('en');
    throw new ImportError(
      'too_large',
      `This page holds about ${n(visible)} characters of text; an article may have at most ${n(MAX_STORED_ARTICLE_CHARS)} (about 300,000 words). Save the part you need and import that.`,
    );
  }
}

/** A page too large for Readability: metadata from its <head>, text from its main content element. */
async function parseLargeHtml(html: string, sourceUrl: string | null): Promise<HtmlArticle> {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd > 0 ? html.slice(0, Math.min(headEnd, READABILITY_MAX_CHARS)) : '';
  const doc = await htmlDocument(`${head}</head><body></body></html>`);
  const meta = extractHtmlMetadata(doc, sourceUrl);
  const documentTitle = cleanString(doc.title);
  const text = normaliseText(await htmlToPlainText(html, { mainContent: true }));
  if (!text) throw new ImportError('no_article', 'No article text was found on this page; it may consist only of scripts, or need JavaScript to show its content.');
  return {
    text,
    title: firstNonNull(meta.title, stripSiteSuffix(documentTitle, meta.publisher)),
    author: meta.author,
    publisher: meta.publisher,
    publishedAt: meta.publishedAt,
    url: meta.url,
    language: meta.language,
  };
}
