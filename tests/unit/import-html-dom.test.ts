// Readability runs on linkedom (fast) rather than jsdom (16 s for a 2 MB page): the readable
// text must stay what it was. A real-looking news page (cookie banner, navigation, ads, a
// related box, comments, teasers, a large __NEXT_DATA__ script) gives exactly the article, the
// same text Readability gives over jsdom; fragments and pages without <html>/<body> still parse.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtmlArticleHere, withDocumentShape } from '../../src/main/core/import/html';
import { htmlToPlainText } from '../../src/main/core/import/html-to-plain';
import { normaliseText } from '../../src/main/core/import/normalise';
import { fixture } from '../fixtures/import/helpers';

const NEWS_PAGE = new TextDecoder().decode(fixture('news-page.html'));

/** What the import gave before: Readability over jsdom, no scripts, nothing loaded. */
async function viaJsdom(html: string): Promise<string> {
  const dom = new JSDOM(html, { url: 'https://www.tagesbote.example/x', virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document, { disableJSONLD: true }).parse();
    return normaliseText(await htmlToPlainText(article?.content ?? ''));
  } finally {
    dom.window.close();
  }
}

describe('HTML pages on linkedom', () => {
  it('a real-looking news page gives the article and its metadata, and nothing of the page around it', async () => {
    const article = await parseHtmlArticleHere(NEWS_PAGE, 'https://www.tagesbote.example/x');
    expect(article).toMatchObject({
      title: 'Haushalt 2027: Regierung kürzt Förderung für Wärmepumpen',
      author: 'Lena Brandt',
      publisher: 'Tagesbote',
      publishedAt: '2026-10-13T17:45:00+02:00',
      url: 'https://www.tagesbote.example/wirtschaft/haushalt-2027-waermepumpen-123456.html',
      language: 'de',
    });
    const lines = article.text.split('\n');
    expect(lines[0]).toBe('Haushalt 2027');
    expect(lines).toContain('„Wir müssen sparen, aber nicht beim Klimaschutz“, sagte Bundeswirtschaftsministerin Katrin Albers am Dienstag in Berlin. Die Kürzung betreffe vor allem Programme, deren Mittel ohnehin nicht abgerufen würden.');
    expect(lines).toContain('Kritik von Verbänden');
    expect(lines.at(-1)).toBe('Der Bundestag soll den Haushalt Ende November beschließen. Bis dahin, so Albers, sei „über jede Zahl noch zu reden“.');
    for (const furniture of ['Cookies', 'Startseite', 'Impressum', 'Kommentare', 'heizer77', 'Meistgelesen', 'Newsletter', 'Mehr zum Thema', 'Foto: Max Muster', 'Lorem ipsum', 'dataLayer', 'Teilen']) {
      expect(article.text).not.toContain(furniture);
    }
    expect(article.text).not.toMatch(/<\w+/);
  });

  it('gives the same readable text as Readability over jsdom', async () => {
    for (const html of [NEWS_PAGE, new TextDecoder().decode(fixture('article.html'))]) {
      const reference = await viaJsdom(html);
      const { text } = await parseHtmlArticleHere(html, 'https://www.tagesbote.example/x');
      // The import removes bylines and time stamps before Readability; the reference does not.
      expect(reference).toContain(text.split('\n').at(-1));
      const referenceLines = new Set(reference.split('\n'));
      expect(text.split('\n').filter((line) => !referenceLines.has(line))).toEqual([]);
    }
  });

  it('a fragment or a page without <html> or <body> gets the tags a browser would add', async () => {
    expect(withDocumentShape('<p>Nur ein Absatz.</p>')).toBe('<!DOCTYPE html><html><head></head><body><p>Nur ein Absatz.</p></body></html>');
    expect(withDocumentShape('<title>T</title><meta name="author" content="A"><p>x</p>')).toBe('<!DOCTYPE html><html><head><title>T</title><meta name="author" content="A"></head><body><p>x</p></body></html>');
    expect(withDocumentShape('<html lang="en"><p>y</p></html>')).toBe('<!DOCTYPE html><html lang="en"><head></head><body><p>y</p></body></html>');
    const whole = '<!doctype html><html><head></head><body><p>z</p></body></html>';
    expect(withDocumentShape(whole)).toBe(whole);
    const fragment = await parseHtmlArticleHere('<title>Brücken</title><p>Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt.</p>', null);
    expect(fragment).toMatchObject({ title: 'Brücken', text: 'Die Stadt Köln lässt 42 Brücken überprüfen. Das gab die Oberbürgermeisterin am Montag bekannt.' });
  });
});
