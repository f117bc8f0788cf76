// settings.set refused: the API keeps its English message and issues array, and each issue
// carries its reason as a code (with the limit or the character) for a UI to say in its words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/temp-app';

let app: TestApp;
beforeAll(async () => (app = await openTestApp()));
afterAll(async () => app.close());

describe('settings.set refused', () => {
  it('reports a bidi control in a name with its reason and character, and a name too long with its limit', async () => {
    const result = await app.dispatch('settings.set', { organisationName: 'Prüfbüro\u2067 Süd', reviewerName: 'x'.repeat(201) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'organisationName', reason: 'bidi_control', character: 'U+2067' }),
        expect.objectContaining({ path: 'reviewerName', reason: 'too_long', limit: 200 }),
      ]),
    );
    expect(result.error.message).toMatch(/bidi control characters \(U\+2067\)/);
  });

  it('reports a methodology note too long under its language', async () => {
    const result = await app.dispatch('settings.set', { methodologyNotes: { de: 'a'.repeat(20_001) } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([expect.objectContaining({ path: 'methodologyNotes.de', reason: 'too_long', limit: 20_000 })]);
  });
});
