// Article metadata from an HTML document's <head>: JSON-LD (schema.org NewsArticle & co.),
// OpenGraph / article:* meta tags, plain <meta name>, <link rel=canonical> and <html lang>.
// Read from the DOM *before* Readability runs, because Readability mutates the document.
// Precedence is "most deliberate first": JSON-LD is written for machines and usually exact,
// OpenGraph next, generic tags last; Readability's own guesses are the caller's fallback.
import type { DocumentMeta } from './types';
import { cleanString, firstNonNull, toHttpUrl, toIsoDate, toLanguage } from './metadata';

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|Posting)$/;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Flattens arrays and @graph containers into a list of JSON-LD nodes. */
function jsonLdNodes(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 5) return out;
  if (Array.isArray(value)) for (const v of value) jsonLdNodes(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph']) jsonLdNodes(value['@graph'], out, depth + 1);
  }
  return out;
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** schema.org names: "X", {name: "X"}, or arrays of either. */
function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return typeof value.name === 'string' ? [value.name] : [];
  return [];
}

function joinNames(value: unknown): string | null {
  const list = [...new Set(names(value).map((n) => cleanString(n)).filter((n): n is string => n !== null))];
  // Author "names" that are URLs (common for article:author) are not names.
  const real = list.filter((n) => !/^https?:\/\//i.test(n));
  return real.length ? real.join(', ') : null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value)) return typeof value['@id'] === 'string' ? value['@id'] : typeof value.url === 'string' ? value.url : null;
  return null;
}

function findArticleJsonLd(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; ignore it, other sources remain
    }
    const article = jsonLdNodes(parsed).find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
    if (article) return article;
  }
  return null;
}

export function extractHtmlMetadata(doc: Document, baseUrl: string | null): DocumentMeta {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
      const v = cleanString(el?.getAttribute('content'));
      if (v) return v;
    }
    return null;
  };
  const ld = findArticleJsonLd(doc);
  const base = baseUrl ?? undefined;

  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const htmlLang = doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang');
  const httpEquivLang = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');

  return {
    title: firstNonNull(cleanString(ld?.headline), meta('og:title', 'twitter:title', 'dc.title'), cleanString(ld?.name)),
    author: firstNonNull(
      ld ? joinNames(ld.author) : null,
      joinNames(meta('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')),
    ),
    publisher: firstNonNull(ld ? joinNames(ld.publisher) : null, meta('og:site_name', 'application-name', 'publisher')),
    publishedAt: firstNonNull(
      toIsoDate(ld?.datePublished),
      toIsoDate(meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created')),
      toIsoDate(ld?.dateCreated),
    ),
    url: firstNonNull(toHttpUrl(canonical, base), toHttpUrl(meta('og:url'), base), toHttpUrl(urlOf(ld?.mainEntityOfPage) ?? ld?.url, base)),
    // The page's own declaration (html lang) beats the article node: it is what the page renders.
    language: firstNonNull(
      toLanguage(htmlLang),
      toLanguage(httpEquivLang),
      toLanguage(typeof ld?.inLanguage === 'string' ? ld.inLanguage : null),
      toLanguage(meta('og:locale', 'language', 'dc.language')),
    ),
  };
}
