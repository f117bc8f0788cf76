// Closing the app while a call still runs in the background (a page asked which claims were
// checked before, then the window or the serve host closed): the call stops at a safe point or
// finishes, and only then is the database closed. Before, the store was destroyed under the
// running call, which logged "factchecks.flagClaims failed: Error: driver has already been destroyed".
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFactChecks } from '../../src/main/core/services/factcheck.service';
import { openTestApp } from '../helpers/temp-app';

const FIXTURE = path.resolve(__dirname, '../fixtures/factchecks/graph.json');

afterEach(() => vi.restoreAllMocks());

async function appWithLongArticle() {
  const app = await openTestApp({ host: 'serve' });
  await importFactChecks(app.context, { path: FIXTURE }, 'graph');
  // Matching 1,200 claims against the library takes many cooperative slices on any machine.
  const sentences = Array.from({ length: 1200 }, (_, i) => `Die Mieten steigen im Jahr ${1900 + (i % 120)} um ${i % 9},${i % 7}3 Prozent, sagte die Senatorin in Sitzung ${i}.`);
  const { article } = await app.ok('articles.create', { text: sentences.join(' ') });
  return { app, articleId: article.id as string };
}

describe('closing the app while calls run', () => {
  it('stops a long flagging at its next pause before the database closes, and logs no error', async () => {
    expect(fs.existsSync(FIXTURE)).toBe(true);
    const { app, articleId } = await appWithLongArticle();
    const logged = vi.spyOn(console, 'error');
    const flagging = app.dispatch('factchecks.flagClaims', { articleId });
    // Let it begin: past its first slice, into the matching loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await app.close();
    const result = await flagging;
    // Stopped with the reason (or, on a very fast machine, done): never an internal error.
    if (!result.ok) expect(result.error.code).toBe('closing');
    expect(logged).not.toHaveBeenCalled();
  }, 60_000);

  it('refuses a call that comes while closing, without touching the database', async () => {
    const { app, articleId } = await appWithLongArticle();
    const logged = vi.spyOn(console, 'error');
    const flagging = app.dispatch('factchecks.flagClaims', { articleId });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closed = app.close();
    const late = await app.dispatch('articles.list', {});
    expect(late).toMatchObject({ ok: false, error: { code: 'closing' } });
    await closed;
    await flagging;
    expect(logged).not.toHaveBeenCalled();
  }, 60_000);
});
