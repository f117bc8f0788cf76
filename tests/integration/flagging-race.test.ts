// "Checked before" flagging runs in the background and yields to other calls between matches.
// A claim it already matched can be deleted for good in between (the article trashed and the
// trash emptied): the flagging must still finish, keep the answers of the claims that remain
// and log nothing. Before, its final write failed with "FOREIGN KEY constraint failed".
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFactChecks } from '../../src/main/core/services/factcheck.service';
import { openTestApp } from '../helpers/temp-app';

const FIXTURE = path.resolve(__dirname, '../fixtures/factchecks/graph.json');

afterEach(() => vi.restoreAllMocks());

function longArticle(topic: string): string {
  // Enough claims that matching them takes many cooperative slices on any machine.
  return Array.from(
    { length: 1200 },
    (_, i) => `Die ${topic} steigen im Jahr ${1900 + (i % 120)} um ${i % 9},${i % 7}3 Prozent, sagte die Senatorin in Sitzung ${i}.`,
  ).join(' ');
}

describe('flagging while claims are deleted for good', () => {
  it('finishes without an error when an article is trashed and the trash emptied under it', async () => {
    const app = await openTestApp({ host: 'serve' });
    try {
      await importFactChecks(app.context, { path: FIXTURE }, 'graph');
      const { article: doomed } = await app.ok('articles.create', { text: longArticle('Mieten') });
      const { article: kept } = await app.ok('articles.create', { text: longArticle('Preise') });
      const logged = vi.spyOn(console, 'error');

      const flagging = app.dispatch('factchecks.flagClaims', {});
      // Past its first slices, into the matching loop, then remove one article's claims for good.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await app.ok('articles.delete', { id: doomed.id });
      const emptied = await app.ok('articles.emptyTrash', { ids: [doomed.id] });
      expect(emptied.removed).toBe(1);

      const result = await flagging;
      expect(result.ok).toBe(true);
      expect(logged).not.toHaveBeenCalled();

      // The claims that remain got their answers; the removed ones left nothing behind.
      const rows = app.context.store.sqlite
        .prepare(
          `select c.article_id as article, count(m.claim_id) as matched, count(c.id) as claims
             from claims c left join claim_matches m on m.claim_id = c.id group by c.article_id`,
        )
        .all() as Array<{ article: string; matched: number; claims: number }>;
      expect(rows).toEqual([{ article: kept.id, matched: rows[0]!.claims, claims: rows[0]!.claims }]);
      const orphans = app.context.store.sqlite
        .prepare('select count(*) as n from claim_matches where claim_id not in (select id from claims)')
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      await app.close();
    }
  }, 120_000);
});
