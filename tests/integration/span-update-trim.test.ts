// claims.update trims a new span's ends as claims.create does (one rule, on the Node side), so
// "Set span to selection" after a triple-click does not take the paragraph break after it into
// the claim; exactSpan keeps a one-character nudge where it lands, on a space too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const FIRST = 'Harbour notes from a quiet week.';
const SECOND = 'The mayor said the new bridge cost 40 million euros to build.';
const THIRD = 'Nobody at the meeting disputed that figure.';
const TEXT = [FIRST, SECOND, THIRD].join('\n\n');

describe('claims.update with a new span', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function claimOnThird() {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Span trim' });
    const start = TEXT.indexOf(THIRD);
    const claim = await app.ok('claims.create', { articleId: article.id, start, end: start + THIRD.length });
    return { article, claim };
  }

  it('drops white space at both ends, as claims.create does, and quotes the trimmed passage', async () => {
    const { claim } = await claimOnThird();
    const start = TEXT.indexOf(SECOND);
    // A triple-click selects the paragraph with the break after it; a drag may start on a space.
    const moved = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, start: start - 2, end: start + SECOND.length + 2 });
    expect(moved).toMatchObject({ start, end: start + SECOND.length, text: SECOND });
    expect(await app.ok('claims.get', { id: claim.id })).toMatchObject({ start, end: start + SECOND.length, text: SECOND });
    // The same span through claims.create lands on the same offsets.
    const { article } = await app.ok('articles.create', { text: `${TEXT}\n\nOne more line.`, title: 'Span trim 2' });
    expect(await app.ok('claims.create', { articleId: article.id, start: start - 2, end: start + SECOND.length + 2 })).toMatchObject({ start, end: start + SECOND.length });
  });

  it('trims one end given alone, and keeps white space inside the span', async () => {
    const { claim } = await claimOnThird();
    const end = TEXT.indexOf(THIRD) + THIRD.length;
    const start = TEXT.indexOf(SECOND) + SECOND.indexOf('40');
    const moved = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, start: start - 1 });
    expect(moved).toMatchObject({ start, end, text: TEXT.slice(start, end) });
    expect(moved.text).toContain('\n\n');
  });

  it('refuses a span of only white space', async () => {
    const { claim } = await claimOnThird();
    const gap = TEXT.indexOf('\n\n');
    expect(await app.dispatch('claims.update', { id: claim.id, expectedVersion: claim.version, start: gap, end: gap + 2 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('keeps an exact span (a nudge) as given, a space at its end included', async () => {
    const { claim } = await claimOnThird();
    const start = TEXT.indexOf(THIRD);
    const end = start + 'Nobody'.length + 1;
    const nudged = await app.ok('claims.update', { id: claim.id, expectedVersion: claim.version, start, end, exactSpan: true });
    expect(nudged).toMatchObject({ start, end, text: 'Nobody ' });
  });
});
