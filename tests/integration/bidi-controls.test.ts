// Bidi controls (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees around them. Names,
// roles, rationales and rating labels are stored without them and reports print them without
// (older rows too); an article's text keeps every character, so claim offsets and quotes stay.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const SENTENCE = `The mayor said ${RLO}40 ferries ran every day last summer.`;
const TEXT = `Harbour notes.\n\n${SENTENCE} After that the meeting ended.`;

describe('bidi controls', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  async function claim() {
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Bidi', language: 'en' });
    const start = TEXT.indexOf(SENTENCE);
    const created = await app.ok('claims.create', { articleId: article.id, start, end: start + SENTENCE.length, claimant: `Police${RLO} Berlin`, claimantRole: `${LRI}spokes${PDI}person` });
    return { article, created, start };
  }

  it('stores names, roles, rationales and labels without them, and the article and quote with them', async () => {
    const { article, created, start } = await claim();
    expect(created).toMatchObject({ claimant: 'Police Berlin', claimantRole: 'spokesperson', start, end: start + SENTENCE.length, text: SENTENCE });
    expect((await app.ok('articles.get', { id: article.id })).text).toBe(TEXT);
    const edited = await app.ok('claims.update', { id: created.id, expectedVersion: created.version, claimant: `${RLO}Harbour Police` });
    expect(edited.claimant).toBe('Harbour Police');
    const reviewed = await app.ok('claims.setVerdict', { id: created.id, expectedVersion: edited.version, verdict: 'inconclusive', rationale: `No ${RLO}figures published.`, ratingLabel: `${LRI}Unproven${PDI}` });
    expect(reviewed).toMatchObject({ rationale: 'No figures published.', ratingLabel: 'Unproven', text: SENTENCE });
    const claimant = (await app.ok('claimants.list', {})).claimants.find((c) => c.id === reviewed.claimantId)!;
    expect(claimant.name).not.toMatch(BIDI);
  });

  it('prints names and rationales stored before without them in every report, and the quote as the article has it', async () => {
    const { article, created } = await claim();
    const reviewed = await app.ok('claims.setVerdict', { id: created.id, expectedVersion: created.version, verdict: 'inconclusive', rationale: 'No figures published.' });
    // A row an older version wrote, controls and all.
    app.store.sqlite.prepare('update claims set claimant = ?, rationale = ?, rating_label = ? where id = ?').run(`Police${RLO} Berlin`, `${RLO}No figures published.`, `Unproven${RLO}`, reviewed.id);
    for (const format of ['html', 'md', 'json', 'csv'] as const) {
      const report = await app.ok('reports.export', { articleId: article.id, format, language: 'en' });
      const content = report.content;
      expect(content, format).toContain('Police Berlin');
      expect(content, format).toContain('No figures published.');
      expect(content, format).not.toContain(`Police${RLO}`);
      expect(content, format).not.toContain(`${RLO}No figures`);
      expect(content, format).not.toContain(`Unproven${RLO}`);
    }
    const html = (await app.ok('reports.export', { articleId: article.id, format: 'html', language: 'en' })).content;
    // The quote keeps the article's characters, in an element that isolates them (dir="auto").
    expect(html).toMatch(new RegExp(`<blockquote[^>]*dir="auto"[^>]*>[^<]*${RLO}40 ferries`));
  });
});

describe('bidi controls in the reviewer and organisation names', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('are refused by settings.set with a reason that names the character, and nothing is saved', async () => {
    await app.ok('settings.set', { reviewerName: 'Ilse Gruber', organisationName: 'Harbour Checks' });
    for (const input of [{ reviewerName: `Ilse${RLO} Gruber` }, { organisationName: `${LRI}Harbour Checks${PDI}` }, { reviewerName: 'Ilse Gruber', organisationName: `Harbour\u202BChecks` }]) {
      const result = await app.dispatch('settings.set', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('validation');
      expect(result.error.message).toMatch(/(reviewer|organisation) name may not contain bidi control characters \(U\+(202E|2066|202B)\)/);
    }
    expect(await app.ok('settings.get', {})).toMatchObject({ reviewerName: 'Ilse Gruber', organisationName: 'Harbour Checks' });
    // Right-to-left names themselves are welcome, as are the marks that only set a direction (LRM, RLM).
    expect(await app.ok('settings.set', { reviewerName: 'نادیا رحیمی\u200F', organisationName: 'מרכז הבדיקות' })).toMatchObject({ reviewerName: 'نادیا رحیمی\u200F', organisationName: 'מרכז הבדיקות' });
  });

  it('stored by an older version, reach no report, history row or correction line with them', async () => {
    // Rows an older version wrote, controls and all.
    const put = app.store.sqlite.prepare('insert into settings (key, value) values (?, ?) on conflict (key) do update set value = excluded.value');
    put.run('reviewerName', `Ilse${RLO} Gruber`);
    put.run('organisationName', `Harbour${RLO} Checks`);
    put.run('organisationUrl', 'https://checks.example.org/');
    const settings = await app.ok('settings.get', {});
    expect(settings).toMatchObject({ reviewerName: 'Ilse Gruber', organisationName: 'Harbour Checks' });
    const { article } = await app.ok('articles.create', { text: TEXT, title: 'Bidi', language: 'en' });
    const start = TEXT.indexOf(SENTENCE);
    const created = await app.ok('claims.create', { articleId: article.id, start, end: start + SENTENCE.length, claimant: 'The mayor' });
    const { claim: withSource } = await app.ok('sources.add', { claimId: created.id, url: 'https://harbour.example.org/log' });
    const first = await app.ok('claims.setVerdict', { id: created.id, expectedVersion: withSource.version, verdict: 'verified', rationale: 'Log book.' });
    expect(first.reviewer).toBe('Ilse Gruber');
    // A correction: the report prints who made it.
    await app.ok('claims.setVerdict', { id: created.id, expectedVersion: first.version, verdict: 'disputed', rationale: 'Second log book.' });
    const history = await app.ok('claims.history', { claimId: created.id });
    for (const event of history) expect(event.actor ?? '').not.toMatch(BIDI);
    for (const format of ['html', 'md', 'json', 'csv', 'claimreview'] as const) {
      const { content } = await app.ok('reports.export', { articleId: article.id, format, language: 'en' });
      expect(content, format).not.toContain(`Ilse${RLO}`);
      expect(content, format).not.toContain(`Harbour${RLO}`);
      if (format !== 'csv') expect(content, format).toContain('Harbour Checks');
    }
  });
});

describe('claimant names a reviewer types (claimants.rename)', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await openTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses bidi controls by name, and takes a Persian name with its zero-width non-joiner', async () => {
    const text = 'Kestrel notes.\n\nThe harbour master Ilse Gruber said 40 ferries ran every day.';
    const { article } = await app.ok('articles.create', { text, title: 'Names', language: 'en' });
    const sentence = 'The harbour master Ilse Gruber said 40 ferries ran every day.';
    const start = text.indexOf(sentence);
    const claim = await app.ok('claims.create', { articleId: article.id, start, end: start + sentence.length, claimant: 'Ilse Gruber' });
    const claimant = claim.claimantId!;
    expect(claimant).toEqual(expect.any(String));
    const refused = await app.dispatch('claimants.rename', { claimant, name: `Ilse${RLO} Gruber` });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringMatching(/claimant name may not contain bidi control characters \(U\+202E\)/) } });
    const persian = 'علی\u200Cرضا محمدی';
    const renamed = await app.ok('claimants.rename', { claimant, name: persian });
    expect(renamed.name).toBe(persian);
    // Other invisible format characters are still refused.
    expect(await app.dispatch('claimants.rename', { claimant, name: 'Ilse\u2060Gruber' })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
