// A bidi override (U+202E) inside a claim's passage reorders only that passage: the article text
// after the highlight still reads left to right (the highlight isolates it), and the article
// keeps the character (offsets unchanged). Names are stored without such controls (service test).
import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace.page';
import { seedArticle } from './pages/seed';

const SENTENCE = 'The mayor said \u202E40 ferries ran every day last summer.';
const AFTER = 'After that the meeting ended.';
const TEXT = `Harbour notes.\n\n${SENTENCE} ${AFTER}`;

test('an override inside a claim does not reverse the text after its highlight', async ({ page, serve, openApp }) => {
  const { article } = await seedArticle(serve.api, TEXT, 'Bidi');
  const start = TEXT.indexOf(SENTENCE);
  await serve.api('claims.create', { articleId: article.id, start, end: start + SENTENCE.length, claimant: 'Harbour Police' });
  await openApp();
  const ws = new WorkspacePage(page);
  await ws.waitForArticle('Bidi');
  await expect(ws.text).toContainText('After that');
  // Where the first and last letters of the sentence after the claim are drawn.
  const xs = await ws.text.evaluate((root, after) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(after);
      if (at < 0) continue;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, at + i);
        range.setEnd(node!, at + i + 1);
        return range.getBoundingClientRect().x;
      };
      return { first: box(0), last: box(after.length - 1) };
    }
    return null;
  }, AFTER);
  expect(xs).not.toBeNull();
  expect(xs!.first).toBeLessThan(xs!.last);
  await page.screenshot({ path: 'test-results/workspace-bidi.png' });
  expect((await serve.api('articles.get', { id: article.id })).text).toBe(TEXT);
});
