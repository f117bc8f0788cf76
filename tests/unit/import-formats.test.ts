import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { contentHash, parseDocument } from '../../src/main/core/import';
import { GERMAN_PARAGRAPHS, GERMAN_TEXT, GERMAN_TEXT_LATIN1, GERMAN_TITLE, fixture } from '../fixtures/import/helpers';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseDocument: plain text', () => {
  it.each([
    'article-utf8.txt',
    'article-utf8-bom.txt',
    'article-utf16le-bom.txt',
    'article-utf16be-bom.txt',
    'article-windows-1252.txt',
  ])('%s → exact German text, CRLF normalised, no metadata invented', async (name) => {
    const doc = await parseDocument({ bytes: fixture(name), fileName: name });
    expect(doc).toMatchObject({ format: 'text', text: GERMAN_TEXT, title: null, author: null, language: null, url: null });
    expect(doc.text).not.toContain('\r');
  });

  it('ISO-8859-1 .txt', async () => {
    const doc = await parseDocument({ bytes: fixture('article-iso-8859-1.txt'), fileName: 'article-iso-8859-1.txt' });
    expect(doc.text).toBe(GERMAN_TEXT_LATIN1);
  });

  it('all Unicode encodings hash to the same content hash', async () => {
    const names = ['article-utf8.txt', 'article-utf8-bom.txt', 'article-utf16le-bom.txt', 'article-utf16be-bom.txt', 'article-windows-1252.txt'];
    const hashes = await Promise.all(names.map(async (n) => contentHash((await parseDocument({ bytes: fixture(n) })).text)));
    expect(new Set(hashes).size).toBe(1);
  });

  it('respects the charset of a content type', async () => {
    const doc = await parseDocument({ bytes: fixture('article-windows-1252.txt'), contentType: 'text/plain; charset=windows-1252' });
    expect(doc.text).toBe(GERMAN_TEXT);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps the sourceUrl (http/https only) as url', async () => {
    expect((await parseDocument({ bytes: enc('Hallo'), sourceUrl: 'https://example.org/a#x' })).url).toBe('https://example.org/a');
    expect((await parseDocument({ bytes: enc('Hallo'), sourceUrl: 'file:///etc/passwd' })).url).toBeNull();
  });

  it('reports replaced bytes as a warning', async () => {
    const doc = await parseDocument({ bytes: fixture('article-utf8-invalid.txt') });
    expect(doc.warnings).toEqual(['2 invalid UTF-8 byte sequences replaced with U+FFFD.']);
  });
});

describe('parseDocument: Markdown', () => {
  it('renders readable text without markup, headings on their own lines, metadata from front matter', async () => {
    const doc = await parseDocument({ bytes: fixture('article.md'), fileName: 'article.md' });
    expect(doc).toMatchObject({
      format: 'markdown',
      title: GERMAN_TITLE,
      author: 'Erika Mustermann',
      publishedAt: '2024-03-04',
      language: 'de',
    });
    expect(doc.text.split('\n')).toEqual([
      GERMAN_TITLE,
      'Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt.',
      'Kosten',
      '„Wir müssen jetzt handeln“, sagte sie.',
      '• Kosten: 120 Millionen €',
      '• Dauer: drei Jahre',
      'Größere Schäden seien bisher nicht festgestellt worden.',
    ]);
    expect(doc.text).not.toMatch(/[#*_`>[\]]|\]\(|https?:|title:|---/);
  });

  it('is detected by content type too, and takes the first # heading as title without front matter', async () => {
    const doc = await parseDocument({ bytes: enc('Intro line\n\n# Die **große** Überschrift\n\nText mit `Code`.'), contentType: 'text/markdown' });
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('Die große Überschrift');
    expect(doc.text).toBe('Intro line\nDie große Überschrift\nText mit Code.');
  });
});

describe('parseDocument: HTML news page', () => {
  const SOURCE = 'https://www.rheinische-rundschau.example/koeln/artikel?id=1';

  it('extracts the article body with paragraphs and all metadata', async () => {
    const doc = await parseDocument({ bytes: fixture('article.html'), fileName: 'article.html', sourceUrl: SOURCE });
    expect(doc).toMatchObject({
      format: 'html',
      title: GERMAN_TITLE,
      author: 'Erika Mustermann, Max Müller', // JSON-LD beats <meta name=author>
      publisher: 'Rheinische Rundschau', // the NewsArticle's publisher, not the WebSite node's name
      publishedAt: '2024-03-04T09:30:00+01:00',
      url: 'https://www.rheinische-rundschau.example/koeln/bruecken-pruefung-123', // canonical, resolved
      language: 'de',
      warnings: [],
    });
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe(
      'Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt. Die Prüfung soll bis zum Sommer abgeschlossen sein, teilte die Verwaltung mit.',
    );
    // &nbsp; became plain spaces, „“ intact, the subheading is its own line.
    expect(lines[1]).toBe(
      '„Wir müssen jetzt handeln“, sagte sie. Die Kosten schätzt die Verwaltung auf 120 Millionen €. Ein Teil davon soll aus Landesmitteln kommen, der Rest aus dem städtischen Haushalt.',
    );
    expect(lines[2]).toBe('Keine akuten Gefahren');
    expect(lines).toHaveLength(5);
  });

  it('keeps scripts, navigation, boilerplate, link URLs and the byline out of the text', async () => {
    const doc = await parseDocument({ bytes: fixture('article.html'), sourceUrl: SOURCE });
    for (const junk of ['PWNED', 'INJECTED', 'alert', 'fetch(', 'Startseite', 'Cookies', 'Akzeptieren', 'Mehr zum Thema', 'Verkehrschaos', 'Impressum', 'koeln.example', 'http', '[', 'Von Erika']) {
      expect(doc.text, junk).not.toContain(junk);
    }
    // A script that ran would have rewritten document.title to "PWNED".
    expect(doc.title).toBe(GERMAN_TITLE);
  });

  it('works without a sourceUrl (relative canonical cannot be resolved → og:url)', async () => {
    const doc = await parseDocument({ bytes: fixture('article.html') });
    expect(doc.url).toBe('https://www.rheinische-rundschau.example/koeln/bruecken-og');
  });

  it('falls back to OpenGraph / meta tags / <title> / Readability when there is no JSON-LD', async () => {
    const html = `<html lang="en-GB"><head><title>Ignored title | The Daily Example</title>
      <meta property="og:title" content="  Council  approves budget ">
      <meta property="og:site_name" content="The Daily Example">
      <meta property="article:published_time" content="2024-02-01">
      <meta property="article:author" content="https://example.org/authors/jane">
      <meta name="author" content="Jane Doe">
      <link rel="canonical" href="javascript:alert(1)">
      </head><body><article><p>The council approved the budget on Tuesday after a long debate about spending on roads and schools in the district.</p>
      <p>Opposition members said the plan would raise taxes for most households over the next three years.</p></article></body></html>`;
    const doc = await parseDocument({ bytes: enc(html), sourceUrl: 'http://example.org/news/1' });
    expect(doc).toMatchObject({
      title: 'Council approves budget',
      author: 'Jane Doe',
      publisher: 'The Daily Example',
      publishedAt: '2024-02-01',
      url: 'http://example.org/news/1', // javascript: canonical rejected → sourceUrl
      language: 'en',
    });
    expect(doc.text.split('\n')).toHaveLength(2);
  });

  it('respects <meta charset=windows-1252> and a Content-Type charset', async () => {
    const body = `<p>${GERMAN_PARAGRAPHS.join('</p><p>')}</p>`;
    const withMeta = iconv.encode(`<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${body}</body></html>`, 'windows-1252');
    expect((await parseDocument({ bytes: withMeta })).text).toBe(GERMAN_PARAGRAPHS.join('\n'));
    const noMeta = iconv.encode(`<html><body>${body}</body></html>`, 'windows-1252');
    const doc = await parseDocument({ bytes: noMeta, contentType: 'text/html; charset=ISO-8859-1' });
    expect(doc.text).toBe(GERMAN_PARAGRAPHS.join('\n'));
    expect(doc.warnings).toEqual([]);
  });

  it('sniffs HTML by content even with a .txt name, and parses .html fragments by extension', async () => {
    expect((await parseDocument({ bytes: fixture('article.html'), fileName: 'saved.txt' })).format).toBe('html');
    const fragment = await parseDocument({ bytes: enc('<p>Nur ein <b>kurzer</b> Absatz über Brücken in Köln.</p>'), fileName: 'x.htm' });
    expect(fragment).toMatchObject({ format: 'html', text: 'Nur ein kurzer Absatz über Brücken in Köln.' });
  });
});

describe('parseDocument: DOCX', () => {
  it('extracts text with headings and paragraphs on their own lines, metadata from docProps/core.xml', async () => {
    const doc = await parseDocument({ bytes: fixture('article.docx'), fileName: 'article.docx' });
    expect(doc).toMatchObject({ format: 'docx', title: GERMAN_TITLE, author: 'Erika Mustermann', language: 'de', publishedAt: null, warnings: [] });
    expect(doc.text.split('\n')).toEqual([GERMAN_TITLE, GERMAN_PARAGRAPHS[0], 'Kosten und Zitate', GERMAN_PARAGRAPHS[1], GERMAN_PARAGRAPHS[2]]);
  });

  it('is detected by its contents, whatever the name', async () => {
    expect((await parseDocument({ bytes: fixture('article.docx'), fileName: 'download.bin' })).format).toBe('docx');
  });
});

describe('parseDocument: PDF', () => {
  it('extracts the text layer, re-joining lines into paragraphs, with title/author from the info dict', async () => {
    const bytes = fixture('article.pdf');
    const doc = await parseDocument({ bytes, fileName: 'article.pdf' });
    expect(doc).toMatchObject({ format: 'pdf', title: GERMAN_TITLE, author: 'Erika Mustermann', warnings: [] });
    expect(doc.text.split('\n')).toEqual([GERMAN_TITLE, ...GERMAN_PARAGRAPHS]);
    // pdf.js detaches the buffer it is given: parseDocument must have passed a copy.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('is detected by %PDF magic even when named .txt', async () => {
    expect((await parseDocument({ bytes: fixture('article.pdf'), fileName: 'notes.txt', contentType: 'text/plain' })).format).toBe('pdf');
  });
});

describe('format detection edge cases', () => {
  it('a Markdown file that merely mentions <html> stays Markdown; a text with an HTML document after a preamble is HTML', async () => {
    const md = await parseDocument({ bytes: enc('# Tags\n\nDas Element `<html>` umschließt die Seite.'), fileName: 'tags.md' });
    expect(md).toMatchObject({ format: 'markdown', text: 'Tags\nDas Element <html> umschließt die Seite.' });
    const saved = await parseDocument({ bytes: enc('Saved from browser\n<html><body><p>Ein Absatz über Brücken.</p></body></html>') });
    // (The HTML parser puts the stray preamble into <body>, as browsers do.)
    expect(saved.format).toBe('html');
    expect(saved.text).toContain('Ein Absatz über Brücken.');
  });

  it('an unknown extension with text content is plain text', async () => {
    expect(await parseDocument({ bytes: enc('Zeile 1\r\nZeile 2'), fileName: 'notes.log' })).toMatchObject({ format: 'text', text: 'Zeile 1\nZeile 2' });
  });
});

