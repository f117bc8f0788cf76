// The import preview says which title saving will use when the Title field is left empty (the
// rule lives in article.service), so the dialog can show it prefilled instead of an empty field.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('import.preview suggestedTitle', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function savedTitle(text: string): Promise<string> {
    const { article } = await app.ok('articles.create', { text });
    return article.title;
  }

  it('is the title articles.create stores for the same text without a title', async () => {
    const text = 'Harbour ferry fares rise again\n\nThe ferry company said on Monday that fares would rise by 8 percent in March.';
    const preview = await app.ok('import.preview', { fileName: 'ferry.txt', contentBase64: b64(text) });
    expect(preview.title).toBeNull();
    expect(preview.suggestedTitle).toBe('Harbour ferry fares rise again');
    expect(await savedTitle(preview.text)).toBe(preview.suggestedTitle);
  });

  it('skips a byline and shortens a long first line, as saving does', async () => {
    const long = `${'A very long opening sentence about the river crossing and its many delays '.repeat(3)}ends here.`;
    for (const text of [`Von Katrin Beispiel\nDie Fähre fährt ab Montag seltener\nDie Reederei teilte mit, dass sie 20 Fahrten streicht.`, `${long}\nSecond line.`]) {
      const preview = await app.ok('import.preview', { fileName: 'a.txt', contentBase64: b64(text) });
      expect(preview.suggestedTitle).toBe(await savedTitle(preview.text));
    }
  });

  it('is the document title when the document has one', async () => {
    const html = '<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares rise</h1><p>The ferry company said on Monday that fares would rise by 8 percent in March, its first rise in three years.</p></article></body></html>';
    const preview = await app.ok('import.preview', { fileName: 'ferry.html', contentBase64: b64(html) });
    expect(preview.title).not.toBeNull();
    expect(preview.suggestedTitle).toBe(preview.title);
  });
});

describe('import.preview of pasted text', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('returns the text as given with the title articles.create would store for it', async () => {
    const text = 'Von Katrin Beispiel\nDie Fähre fährt ab Montag seltener\n\nDie Reederei teilte mit, dass sie 20 Fahrten streicht.';
    const preview = await app.ok('import.preview', { text });
    expect(preview).toMatchObject({ text, title: null, format: 'text', suggestedTitle: 'Die Fähre fährt ab Montag seltener' });
    const { article } = await app.ok('articles.create', { text });
    expect(article.title).toBe(preview.suggestedTitle);
  });
});
