// ClaimReview JSON-LD: the review's author is the organisation that publishes it; the claim's
// author (itemReviewed.author) is a Person or an Organization as the claimants module knows the
// claimant (a grouped claimant's type; an ungrouped role read by its head noun), the article's
// publisher when the claim is the article's own voice. The output stays plain JSON-LD: one
// ClaimReview per reviewed claim, every node typed, no empty or undefined values.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const SENTENCES = [
  'Ilse Gruber said the new quay cost four million euros.',
  'The Kestrel Harbour Authority said forty ships docked in May.',
  'The town council said the ferry fare had not risen since 2019.',
  'A spokesperson for the harbour authority said the crane lifts sixty tonnes.',
  'Die Hafenbehörde Kestrel teilte mit, der Kai sei 300 Meter lang.',
  'The quay opened to ships in April.',
];
const TEXT = SENTENCES.join(' ');
const CLAIMANTS = ['Ilse Gruber', 'Kestrel Harbour Authority', 'the town council', 'a spokesperson for the harbour authority', 'Hafenbehörde Kestrel', null];

let app: TestApp;
beforeEach(async () => {
  app = await openTestApp();
  await app.ok('settings.set', { organisationName: 'Harbour Checks', organisationUrl: 'https://checks.example.org/reviews' });
});
afterEach(async () => {
  await app.close();
});

/** The claims extraction found go: the test names each claimant itself. */
async function clearExtracted(articleId: string) {
  for (const claim of (await app.ok('articles.get', { id: articleId })).claims) await app.ok('claims.delete', { id: claim.id });
}

type Node = Record<string, unknown> & { '@type': string; name?: string };

describe('ClaimReview authors', () => {
  it('publish the review as the organisation and each claimant as a Person or an Organization', async () => {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Quay', publisher: 'Kestrel Courier', url: 'https://courier.example.org/quay', language: 'en' });
    await clearExtracted(article.id);
    for (const [i, sentence] of SENTENCES.entries()) {
      const start = TEXT.indexOf(sentence);
      const claim = await app.ok('claims.create', { articleId: article.id, start, end: start + sentence.length, claimant: CLAIMANTS[i] ?? null });
      const { claim: withSource } = await app.ok('sources.add', { claimId: claim.id, url: `https://records.example.org/${i}` });
      await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'verified' });
    }
    const { content } = await app.ok('reports.export', { articleId: article.id, format: 'claimreview' });
    const reviews = JSON.parse(content) as Array<{ '@context': string; '@type': string; claimReviewed: string; author: Node; itemReviewed: { '@type': string; author?: Node } }>;
    const authorOf = (sentence: string) => reviews.find((r) => r.claimReviewed === sentence)!.itemReviewed.author;

    expect(reviews).toHaveLength(SENTENCES.length);
    for (const review of reviews) {
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example.org/reviews' } });
      expect(review.itemReviewed['@type']).toBe('Claim');
    }
    expect(authorOf(SENTENCES[0]!)).toEqual({ '@type': 'Person', name: 'Ilse Gruber' });
    expect(authorOf(SENTENCES[1]!)).toEqual({ '@type': 'Organization', name: 'Kestrel Harbour Authority' });
    expect(authorOf(SENTENCES[2]!)).toEqual({ '@type': 'Organization', name: 'the town council' });
    // One who speaks for a body is a person, even unnamed.
    expect(authorOf(SENTENCES[3]!)).toEqual({ '@type': 'Person', name: 'a spokesperson for the harbour authority' });
    expect(authorOf(SENTENCES[4]!)).toMatchObject({ '@type': 'Organization', name: 'Hafenbehörde Kestrel' });
    // The article's own voice: its publisher.
    expect(authorOf(SENTENCES[5]!)).toEqual({ '@type': 'Organization', name: 'Kestrel Courier' });
    // A Person may carry jobTitle; an Organization may not (schema.org has no jobTitle on Organization).
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== 'object') {
        expect(value).not.toBe(undefined);
        return;
      }
      const node = value as Node;
      if ('@type' in node) expect(['ClaimReview', 'Claim', 'CreativeWork', 'Rating', 'Person', 'Organization']).toContain(node['@type']);
      if (node['@type'] === 'Organization') expect(node).not.toHaveProperty('jobTitle');
      for (const v of Object.values(node)) {
        expect(v).not.toBe('');
        walk(v);
      }
    };
    walk(reviews);
  });

  it('takes the type of the claimant row the claim is grouped under, as it is when the report is made', async () => {
    const sentence = 'Greenwatch said the harbour water was clean in June.';
    const { article } = await app.ok('articles.create', { text: sentence, title: 'Water', language: 'en' });
    await clearExtracted(article.id);
    const claim = await app.ok('claims.create', { articleId: article.id, start: 0, end: sentence.length, claimant: 'Greenwatch' });
    const { claim: withSource } = await app.ok('sources.add', { claimId: claim.id, url: 'https://records.example.org/water' });
    await app.ok('claims.setVerdict', { id: claim.id, expectedVersion: withSource.version, verdict: 'verified' });
    const claimant = (await app.ok('claims.get', { id: claim.id })).claimantId;
    expect(claimant).toEqual(expect.any(String));
    const type = app.store.sqlite.prepare('select type from claimants where id = ?').pluck().get(claimant) as string;
    const { content } = await app.ok('reports.export', { articleId: article.id, format: 'claimreview' });
    const [review] = JSON.parse(content) as Array<{ itemReviewed: { author: Node } }>;
    expect(review!.itemReviewed.author['@type']).toBe(type === 'organisation' ? 'Organization' : 'Person');
    // The desk learns it is a body: the claim follows the claimant row.
    app.store.sqlite.prepare("update claimants set type = 'organisation' where id = ?").run(claimant);
    const again = JSON.parse((await app.ok('reports.export', { articleId: article.id, format: 'claimreview' })).content) as Array<{ itemReviewed: { author: Node } }>;
    expect(again[0]!.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Greenwatch' });
  });
});
