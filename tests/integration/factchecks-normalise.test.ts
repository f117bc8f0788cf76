// "Has this been checked before?" on a real library (SQLite, real import, real index): a claim
// worded with another month name, currency notation or qualifier than the fact-check is still
// the same claim; another figure, date or currency is still not. Sentences are this file's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFactChecks, matchText } from '../../src/main/core/services/factcheck.service';
import { SAME_CLAIM_MIN } from '../../src/main/core/factchecks/thresholds';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const LIBRARY: Array<[claim: string, language: 'de' | 'en', url: string]> = [
  ['The county spent $3.5bn on the new hospital wing.', 'en', 'https://checks.example.org/hospital-wing'],
  ['Roughly 12,000 people joined the climate march in October.', 'en', 'https://checks.example.org/climate-march'],
  ['The bridge closed on 14 February 2023 after the inspection.', 'en', 'https://checks.example.org/bridge-closed'],
  ['Der Landkreis gab 2,4 Milliarden Euro für die neue Umgehungsstraße aus.', 'de', 'https://pruef.example.de/umgehung'],
  ['Knapp 9.000 Menschen demonstrierten im Januar gegen die Schließung der Klinik.', 'de', 'https://pruef.example.de/klinik-demo'],
  ['Das Freibad wurde am 3. Juni 2022 wieder eröffnet.', 'de', 'https://pruef.example.de/freibad'],
  // Others, so that the index weighs terms as a library does.
  ['The mayor said the tram line carries 40,000 passengers a day.', 'en', 'https://checks.example.org/tram'],
  ['Crime in the old town fell by a third last year.', 'en', 'https://checks.example.org/crime'],
  ['Die Mieten in der Innenstadt stiegen um zwölf Prozent.', 'de', 'https://pruef.example.de/mieten'],
  ['Der Stadtrat beschloss im März ein Tempolimit von 30 km/h.', 'de', 'https://pruef.example.de/tempo'],
];

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const CSV = [
  'claim_reviewed,claimant,claim_date,rating_name,rating_value,best_rating,worst_rating,organisation,url,review_date,language',
  ...LIBRARY.map(([claim, language, url]) => [csvCell(claim), '', '2024-01-01', 'False', 1, 5, 1, 'Test Desk', url, '2024-01-02', language].join(',')),
].join('\n');

let app: TestApp;
beforeAll(async () => {
  app = await openTestApp();
  const status = await importFactChecks(app.context, { bytes: Buffer.from(CSV) }, 'library.csv');
  expect(status).toMatchObject({ imported: LIBRARY.length, refused: 0 });
});
afterAll(async () => {
  await app.close();
});

/** The library entry this text matches as "checked before", or null. */
async function checkedBefore(text: string, language: 'de' | 'en'): Promise<string | null> {
  const [best] = await matchText(app.context, text, language);
  return best && best.similarity >= SAME_CLAIM_MIN && best.conflict === null ? best.url : null;
}

describe('same claim in other words: currencies', () => {
  it.each([
    ['The county spent 3.5 billion dollars on the new hospital wing.', 'en'],
    ['The county spent US$3.5 billion on the new hospital wing.', 'en'],
    ['The county spent USD 3.5bn on the new hospital wing.', 'en'],
  ] as const)('%s', async (text, language) => {
    expect(await checkedBefore(text, language)).toBe('https://checks.example.org/hospital-wing');
  });
  it.each([
    ['Der Landkreis gab 2,4 Mrd. € für die neue Umgehungsstraße aus.', 'de'],
    ['Der Landkreis gab €2,4 Milliarden für die neue Umgehungsstraße aus.', 'de'],
    ['Der Landkreis gab 2,4 Mrd. EUR für die neue Umgehungsstraße aus.', 'de'],
  ] as const)('%s', async (text, language) => {
    expect(await checkedBefore(text, language)).toBe('https://pruef.example.de/umgehung');
  });
});

describe('same claim in other words: qualifiers and month names', () => {
  it.each([
    ['About 12,000 people joined the climate march in October.', 'en', 'https://checks.example.org/climate-march'],
    ['Nearly 12,000 people joined the climate march in Oct.', 'en', 'https://checks.example.org/climate-march'],
    ['More than 12,000 people joined the climate march in October.', 'en', 'https://checks.example.org/climate-march'],
    ['Some 12,000 people joined the climate march in October.', 'en', 'https://checks.example.org/climate-march'],
    ['The bridge closed on February 14th, 2023 after the inspection.', 'en', 'https://checks.example.org/bridge-closed'],
    ['The bridge closed on 2023-02-14 after the inspection.', 'en', 'https://checks.example.org/bridge-closed'],
    ['Rund 9.000 Menschen demonstrierten im Januar gegen die Schließung der Klinik.', 'de', 'https://pruef.example.de/klinik-demo'],
    ['Fast 9.000 Menschen demonstrierten im Jänner gegen die Schließung der Klinik.', 'de', 'https://pruef.example.de/klinik-demo'],
    ['Mehr als 9.000 Menschen demonstrierten im Januar gegen die Schließung der Klinik.', 'de', 'https://pruef.example.de/klinik-demo'],
    ['Etwa 9.000 Menschen demonstrierten im Jan. gegen die Schließung der Klinik.', 'de', 'https://pruef.example.de/klinik-demo'],
    ['Das Freibad wurde am 3.6.2022 wieder eröffnet.', 'de', 'https://pruef.example.de/freibad'],
    ['Das Freibad wurde am 03.06.2022 wieder eröffnet.', 'de', 'https://pruef.example.de/freibad'],
  ] as const)('%s', async (text, language, url) => {
    expect(await checkedBefore(text, language)).toBe(url);
  });
});

describe('another figure, date or currency is another claim', () => {
  it.each([
    ['The county spent $4.5bn on the new hospital wing.', 'en'],
    ['The county spent £3.5bn on the new hospital wing.', 'en'],
    ['The county spent 3.5 billion euros on the new hospital wing.', 'en'],
    ['About 15,000 people joined the climate march in October.', 'en'],
    ['The bridge closed on 2023-03-14 after the inspection.', 'en'],
    ['The bridge closed on 15 February 2023 after the inspection.', 'en'],
    ['Der Landkreis gab 2,4 Milliarden Dollar für die neue Umgehungsstraße aus.', 'de'],
    ['Der Landkreis gab 4,2 Mrd. € für die neue Umgehungsstraße aus.', 'de'],
    ['Rund 19.000 Menschen demonstrierten im Januar gegen die Schließung der Klinik.', 'de'],
    ['Das Freibad wurde am 3.7.2022 wieder eröffnet.', 'de'],
  ] as const)('%s', async (text, language) => {
    expect(await checkedBefore(text, language)).toBeNull();
  });
});
