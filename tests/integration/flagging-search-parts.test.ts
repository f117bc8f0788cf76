// The library searched in parts (factcheck.service candidatesFor): on a library where a few
// words are in thousands of entries, a search for a rare term and those common words is answered
// from the rare term's entries and the common words' ranking kept per library version. It must
// give the very candidates, in the same order, as the one FTS5 search it stands for.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { candidatesFor, importFactChecks } from '../../src/main/core/services/factcheck.service';
import { documentFrequencies, readLibraryVersion, searchCandidates } from '../../src/main/core/store/factcheck.repository';
import { openTestApp, type TestApp } from '../helpers/temp-app';

// Our own made-up entries: every one says "Wasserpreis" / "Gemeinde" / "erhöht" in one of a
// few orders, with entry-specific numbers and a varying tail, so scores differ by length and
// many tie.
const TAILS = ['', 'laut Stadtwerk', 'wie der Kämmerer am Dienstag im Ausschuss erklärte', 'so die Verwaltung', 'nach Angaben des Kreises und der Verbraucherzentrale'];
function entry(i: number): string {
  const tail = TAILS[i % TAILS.length]!;
  return i % 3 === 0
    ? `Die Gemeinde Ortsteil${i} erhöht den Wasserpreis um ${i % 97} Cent ${tail}.`
    : i % 3 === 1
      ? `Der Wasserpreis in der Gemeinde steigt ${2000 + (i % 25)} auf ${i} Euro ${tail}.`
      : `Gemeinde ${i} erhöht Gebühren für Abwasser und Müll ${tail}.`;
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the fact-check search in parts', () => {
  it('gives the same candidates in the same order as the whole search', async () => {
    app = await openTestApp({ host: 'serve' });
    const header = 'claim_reviewed,claimant,claim_date,rating_name,rating_value,best_rating,worst_rating,organisation,url,review_date,language';
    const file = path.join(app.dir, 'library.csv');
    fs.writeFileSync(file, [header, ...Array.from({ length: 6000 }, (_, i) => `"${entry(i)}",,2020-01-01,Falsch,1,5,1,Test,https://checks.example.org/${i},2020-01-05,de`)].join('\n'));
    expect((await importFactChecks(app.context, { path: file }, 'library.csv')).imported).toBe(6000);

    const version = await readLibraryVersion(app.store.db);
    const vocabulary = app.context.store.sqlite.prepare('select term, doc from factchecks_vocab').all() as Array<{ term: string; doc: number }>;
    const common = vocabulary.filter((v) => v.doc > 2000).map((v) => v.term);
    const rare = vocabulary.filter((v) => v.doc <= 60).map((v) => v.term);
    expect(common.length).toBeGreaterThanOrEqual(3);
    expect(rare.length).toBeGreaterThan(100);
    let inParts = 0;
    for (let q = 0; q < 120; q++) {
      const chosen = [rare[(q * 37) % rare.length]!, ...(q % 4 === 3 ? [rare[(q * 11) % rare.length]!] : []), ...common.filter((_, k) => (q + k) % 3 !== 0).slice(0, 1 + (q % 3))];
      const df = await documentFrequencies(app.store.db, chosen);
      const whole = await searchCandidates(app.store.db, chosen, 40);
      expect(await candidatesFor(app.context, chosen, df, version), chosen.join(' ')).toEqual(whole);
      if (chosen.some((t) => df.get(t)! > 2000)) inParts++;
    }
    expect(inParts).toBeGreaterThan(100);
  }, 120_000);
});
