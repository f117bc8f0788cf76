// Store throughput: 100,000 claims through the store (Kysely, chunked multi-row inserts, FTS
// triggers) against the same rows through a bare better-sqlite3 prepared statement in one
// transaction, each into a fresh database made by the real migrations.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openStore } from '../src/main/core/store/database';
import { insertClaims } from '../src/main/core/store/claim.repository';
import type { NewClaimRow } from '../src/main/core/store/tables';
import { tempDir } from '../tests/helpers/temp-app';

const N = 100_000;
const SENTENCES = [
  'Die Arbeitslosenquote stieg im März auf 6,1 Prozent, teilte die Bundesagentur für Arbeit mit.',
  '„Wir werden die Steuern nicht erhöhen“, sagte der Finanzminister am Dienstag in Berlin.',
  'The unemployment rate fell to 3.9 percent in April, the Labor Department said on Friday.',
  'Laut Polizei nahmen rund 12.000 Menschen an der Demonstration teil.',
];

function rows(articleId: string, now: string): NewClaimRow[] {
  return Array.from({ length: N }, (_, i) => {
    const text = SENTENCES[i % SENTENCES.length]!;
    return {
      id: randomUUID(),
      article_id: articleId,
      start: i * 100,
      end: i * 100 + text.length,
      text,
      claimant: i % 3 ? 'Bundesagentur für Arbeit' : null,
      claimant_role: null,
      kind: 'statement',
      checkworthiness: (i % 100) / 100,
      checkworthiness_reasons: '["number"]',
      claim_type: 'quantity',
      rationale: null,
      rating_label: null,
      reviewer: null,
      created_at: now,
      updated_at: now,
      reviewed_at: null,
      deleted_at: null,
    };
  });
}

async function freshStoreWithArticle(name: string) {
  const store = await openStore(path.join(tempDir('claimdesk-bench-'), `${name}.db`));
  const now = new Date().toISOString();
  await store.db
    .insertInto('articles')
    .values({ id: 'a1', title: 'Bench', text: 'x', language: 'de', content_hash: randomUUID(), imported_at: now, url: null, publisher: null, author: null, published_at: null, imported_by: null })
    .execute();
  return { store, now };
}

export async function benchStore(): Promise<Record<string, string | number>> {
  const viaStore = await freshStoreWithArticle('store');
  const storeRows = rows('a1', viaStore.now);
  let t = performance.now();
  await viaStore.store.db.transaction().execute((trx) => insertClaims(trx, storeRows));
  const storeMs = performance.now() - t;
  await viaStore.store.close();

  const bare = await freshStoreWithArticle('bare');
  const bareRows = rows('a1', bare.now);
  const columns = Object.keys(bareRows[0]!);
  const insert = bare.store.sqlite.prepare(`insert into claims (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  t = performance.now();
  bare.store.sqlite.transaction((all: NewClaimRow[]) => {
    for (const row of all) insert.run(row);
  })(bareRows);
  const bareMs = performance.now() - t;
  await bare.store.close();

  return {
    'store: 100,000 claims via the store (ms)': Math.round(storeMs),
    'store: same rows via bare prepared statement (ms)': Math.round(bareMs),
    'store: ratio store / bare': Number((storeMs / bareMs).toFixed(2)),
  };
}

if (require.main === module) {
  void benchStore().then((r) => console.table(r));
}
