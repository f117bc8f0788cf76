// The serve host takes an API path and a body only as sent: a path that is not exactly
// /api/<method> reaches no method (no normalisation maps one onto another), and a body that is
// not UTF-8 is refused rather than stored with replacement characters.
import { describe, expect, it } from 'vitest';
import { apiMethodOf } from '../../src/main/http/server';
import { firstInvalidUtf8, parseJsonBytes } from '../../src/main/core/json-body';
import { withServe } from '../helpers/serve';

const serve = withServe();
const post = async (pathname: string, body: string | Buffer, headers?: Record<string, string>) => serve.request({ path: pathname, body, ...(headers ? { headers } : {}) });

const organisation = async () => JSON.parse((await post('/api/settings.get', '{}')).body).value.organisationName as string | null;

describe('an API path', () => {
  it('reaches a method only as /api/<method> exactly: dot segments, escapes and extra slashes are 404 with a JSON error', async () => {
    const before = await organisation();
    const body = JSON.stringify({ organisationName: 'Umgeleitet' });
    for (const sneaky of [
      '/api/settings.get/../settings.set',
      '/api/settings.get/%2e%2e/settings.set',
      '/api/settings.get/%2E%2E/settings.set',
      '/api/settings.get\\..\\settings.set',
      '/api/./settings.set',
      '/api//settings.set',
      '/api/settings.set/',
      '/x/../api/settings.set',
      '/static/%2e%2e/api/settings.set',
      '/api/settings%2Eset',
    ]) {
      const answer = await post(sneaky, body);
      expect(answer.status, sneaky).toBe(404);
      const parsed = JSON.parse(answer.body);
      expect(parsed, sneaky).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(parsed.error.message, sneaky).toMatch(/\/api\/<method> exactly/);
    }
    // Without the token as well: the path is refused before anything else is looked at.
    expect((await post('/api/settings.get/../settings.set', body, { 'Content-Type': 'application/json' })).status).toBe(404);
    expect(await organisation()).toBe(before);
  });

  it('still reaches the method when the path is exact, with or without a query', async () => {
    expect((await post('/api/settings.set', JSON.stringify({ organisationName: 'Prüfstelle Nord' }))).status).toBe(200);
    expect(await organisation()).toBe('Prüfstelle Nord');
    expect((await post('/api/articles.list?x=1', '{}')).status).toBe(200);
  });

  it('names its method only when it is words joined by dots', () => {
    expect(apiMethodOf('/api/claims.setVerdict')).toBe('claims.setVerdict');
    expect(apiMethodOf('/api/events')).toBe('events');
    expect(apiMethodOf('/api/claims..setVerdict')).toBeNull();
    expect(apiMethodOf('/api/claims.setVerdict.')).toBeNull();
    expect(apiMethodOf('/api/claims/setVerdict')).toBeNull();
    expect(apiMethodOf('/api/')).toBeNull();
    expect(apiMethodOf('/apiclaims.list')).toBeNull();
  });
});

describe('a body that is not UTF-8', () => {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('is refused with 400 and a message saying so, and nothing is stored (small body, parsed on the host thread)', async () => {
    const before = JSON.parse((await post('/api/articles.list', '{}')).body).value.length;
    // "Gebühren" in Latin-1: the ü is the lone byte 0xFC.
    const answer = await post('/api/articles.create', latin1(JSON.stringify({ text: 'Die Gebühren steigen um zwölf Prozent, sagte die Kämmerin.', language: 'de' })));
    expect(answer.status).toBe(400);
    const parsed = JSON.parse(answer.body);
    expect(parsed).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(parsed.error.message).toMatch(/not valid UTF-8 \(first bad byte at offset 16\)/);
    expect(JSON.parse((await post('/api/articles.list', '{}')).body).value.length).toBe(before);
  });

  it('is refused the same way when it is large enough to be parsed in a worker', async () => {
    const before = JSON.parse((await post('/api/articles.list', '{}')).body).value.length;
    const text = 'Der Stadtrat beschloss höhere Gebühren für das Parken. '.repeat(12_000); // about 650 KB
    const answer = await post('/api/articles.create', latin1(JSON.stringify({ text, language: 'de' })));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toMatch(/not valid UTF-8/);
    expect(JSON.parse((await post('/api/articles.list', '{}')).body).value.length).toBe(before);
  });

  it('is taken when it is UTF-8, umlauts and all', async () => {
    const answer = await post('/api/articles.create', Buffer.from(JSON.stringify({ text: 'Die Gebühren steigen um zwölf Prozent, sagte die Kämmerin.', language: 'de' }), 'utf8'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).value.article.title ?? '').not.toContain('\uFFFD');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds overlong forms, surrogates, code points beyond U+10FFFF and cut-off sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2); // U+D800
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(1); // cut off
    expect(firstInvalidUtf8(Uint8Array.from([0x80]))).toBe(0); // a lone continuation byte
  });

  it('agrees with the strict decoder', () => {
    expect(() => parseJsonBytes(Uint8Array.from([0x22, 0xff, 0x22]))).toThrow(/offset 1/);
    expect(parseJsonBytes(Buffer.from('"Zürich"', 'utf8'))).toBe('Zürich');
  });
});
