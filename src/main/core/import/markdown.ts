// Markdown → readable plain text: render with marked, then the shared HTML→text conversion,
// so headings become their own lines and no markup characters (#, *, _, `, >, [](...)) remain.
// A YAML-style front matter block ("---" … "---") is read for metadata instead of being shown
// (marked would otherwise render it as a setext heading).
import { htmlToPlainText } from './html-to-plain';
import { cleanString, firstNonNull, toHttpUrl, toIsoDate, toLanguage } from './metadata';
import { normaliseText } from './normalise';
import type { DocumentMeta } from './types';

export interface MarkdownArticle extends DocumentMeta {
  text: string;
}

const FRONT_MATTER = /^---[^\S\n]*\n([\s\S]*?)\n(?:---|\.\.\.)[^\S\n]*(?:\n|$)/;

/** Flat `key: value` pairs only; nested YAML is ignored (we only want a few scalar fields). */
function parseFrontMatter(src: string): { fields: Map<string, string>; body: string } {
  const fields = new Map<string, string>();
  const m = FRONT_MATTER.exec(src);
  if (!m) return { fields, body: src };
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv?.[2]) continue;
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) fields.set(kv[1]!.toLowerCase(), value);
  }
  return { fields, body: src.slice(m[0].length) };
}

export async function parseMarkdownArticle(source: string, sourceUrl: string | null): Promise<MarkdownArticle> {
  const { marked } = await import('marked');
  const { fields, body } = parseFrontMatter(source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const tokens = marked.lexer(body, { gfm: true });
  const firstHeading = tokens.find((t) => t.type === 'heading' && 'depth' in t && t.depth === 1);
  const html = marked.parser(tokens, { gfm: true });
  const text = normaliseText(await htmlToPlainText(html));
  const get = (...keys: string[]) => firstNonNull(...keys.map((k) => fields.get(k)));
  return {
    text,
    title: firstNonNull(cleanString(get('title')), cleanString(firstHeading && 'text' in firstHeading ? stripInline(firstHeading.text) : null)),
    author: cleanString(get('author', 'authors', 'byline')),
    publisher: cleanString(get('publisher', 'site', 'source', 'outlet')),
    publishedAt: toIsoDate(get('date', 'published', 'publishedat', 'published_at')),
    url: toHttpUrl(get('url', 'canonical', 'link')) ?? sourceUrl,
    language: toLanguage(get('lang', 'language')),
  };
}

/** Heading token text is raw Markdown ("**Köln** heute"); drop inline markup characters. */
function stripInline(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)(.+?)\1/g, '$2');
}
