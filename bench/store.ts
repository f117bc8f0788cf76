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

  const searchFigures = await benchSearch();

  return {
    ...searchFigures,
    'store: 100,000 claims via the store (ms)': Math.round(storeMs),
    'store: same rows via bare prepared statement (ms)': Math.round(bareMs),
    'store: ratio store / bare': Number((storeMs / bareMs).toFixed(2)),
  };
}

// Words for varied claims, so the index holds a vocabulary of realistic size (compounds included).
const HEADS = ['klinik', 'station', 'steuer', 'preis', 'haus', 'bahn', 'schule', 'gericht', 'amt', 'markt', 'werk', 'politik'];
const MODIFIERS = ['kinder', 'geburts', 'einkommen', 'strom', 'kranken', 'eisen', 'grund', 'land', 'finanz', 'arbeits', 'wohnungs', 'energie'];

/** Search on 100,000 varied claims: the first query (reads the index's vocabulary) and warm ones. */
async function benchSearch(): Promise<Record<string, number>> {
  const { search } = await import('../src/main/core/services/search.service');
  const { store, now } = await freshStoreWithArticle('search');
  const varied = rows('a1', now).map((row, i) => {
    const a = MODIFIERS[i % MODIFIERS.length]!;
    const b = HEADS[Math.floor(i / 7) % HEADS.length]!;
    const word = `${a[0]!.toUpperCase()}${a.slice(1)}${b}${i % 97 ? '' : i}`;
    const text = `${row.text} ${word} ${i % 1000} ${i}.`;
    return { ...row, text, end: row.start + text.length };
  });
  await store.db.transaction().execute((trx) => insertClaims(trx, varied));
  const ctx = { store, host: 'cli' as const, appVersion: 'bench', defaultActor: null, now: () => now };
  let t = performance.now();
  await search(ctx, { query: 'Klinik' });
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (const query of ['Klinik', 'Geburt Prozent', '4,2', 'Steuer NOT Strom', 'Arbeitslosenquote', 'station', 'Bundesagentur Arbeit']) {
    for (let k = 0; k < 5; k++) {
      t = performance.now();
      await search(ctx, { query });
      times.push(performance.now() - t);
    }
  }
  times.sort((x, y) => x - y);
  await store.close();
  return {
    'search: 100,000 claims, first query incl. reading the vocabulary (ms)': Math.round(firstMs),
    'search: warm query p50 (ms)': Number(times[Math.floor(times.length / 2)]!.toFixed(1)),
    'search: warm query max (ms)': Number(times[times.length - 1]!.toFixed(1)),
  };
}

if (require.main === module) {
  void benchStore().then((r) => console.table(r));
}
