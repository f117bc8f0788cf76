// A long-lived host reads beside its writer (issue #16): the read methods of the contract are
// answered from a second, read-only SQLite connection, and a long article is written in steps
// that give the event loop back, all in one transaction. Over the real HTTP host: a read call is
// answered while a big import still holds the write lock, it never sees half an article, a
// failed import leaves nothing behind, and a read issued after a write was answered sees it.
import http from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READS_THAT_WRITE, readsOnReadConnection } from '../../src/main/core/read-routing';
import { contract } from '../../src/shared/contract';
import type { ArticleSummary, ArticleWithClaims } from '../../src/shared/domain';
import { hugeText } from '../fixtures/hostile/generate';
import { withServe } from '../helpers/serve';

const serve = withServe();
/** A connection of the test's own to the same file: it tells whether a write transaction is open. */
let probe: SqliteDatabase.Database;

beforeAll(() => {
  probe = new SqliteDatabase(serve.app.dbPath, { timeout: 0 });
});
afterAll(() => probe.close());

type Answer<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function api<T = unknown>(method: string, input: unknown): Promise<Answer<T>> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: serve.server.port, path: `/api/${method}`, method: 'POST', agent: false, headers: { Authorization: `Bearer ${serve.server.token}`, 'Content-Type': 'application/json' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer<T>));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}
async function ok<T>(method: string, input: unknown): Promise<T> {
  const res = await api<T>(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error.code}: ${res.error.message}`);
  return res.value;
}

/** Whether some connection holds the write lock now (a write transaction is open); never waits. */
function writeLockHeld(): boolean {
  try {
    probe.exec('begin immediate');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
  probe.exec('rollback');
  return false;
}

/** A short wait that leaves the host (in this process) its turns: not a spin on setImmediate. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 2));

const fileOf = (name: string, text: string) => ({ fileName: name, contentBase64: Buffer.from(text).toString('base64') });

describe('the read connection', () => {
  it('routes every read method but those that write to it', () => {
    const routed = readsOnReadConnection();
    expect(routed).toEqual(expect.arrayContaining(['claims.list', 'articles.get', 'articles.list', 'claims.page', 'search', 'stats.desk']));
    for (const name of routed) expect(contract[name].access.write).toBe(false);
    for (const name of READS_THAT_WRITE) expect(routed).not.toContain(name);
  });

  it('answers a read call while a big import holds the write lock, and the read sees no half-stored article', async () => {
    const before = await ok<ArticleSummary[]>('articles.list', {});
    // About 12,000 claims: writing them holds the write lock for a good part of a second, even unloaded.
    const text = `Großer Import.\n${hugeText(1024 * 1024)}`;
    let importAnswered = false;
    const importing = api<{ status: string; article: ArticleSummary }>('import.file', fileOf('gross.txt', text)).finally(() => (importAnswered = true));
    // Waits for the import's write transaction (extraction comes first, in a worker).
    while (!importAnswered && !writeLockHeld()) await nextTurn();
    expect(importAnswered, 'the import never gave the event loop back while it held the write lock').toBe(false);

    // A backup asked for meanwhile (the window takes them on its own) waits for the import's transaction instead of failing.
    const backup = api<{ path: string }>('maintenance.backup', {});
    const [listed, articles] = await Promise.all([api<{ total: number; items: unknown[] }>('claims.list', { limit: 50 }), api<ArticleSummary[]>('articles.list', {})]);
    // Answered while the import is still writing: it has not answered, and the lock is still held.
    const stillWriting = !importAnswered && writeLockHeld();
    expect(listed.ok && articles.ok).toBe(true);
    expect(stillWriting, 'the reads were answered only after the import had committed').toBe(true);
    // What it read is what was committed: not the article being written, nor any of its claims.
    if (articles.ok) expect(articles.value.map((a) => a.id)).toEqual(before.map((a) => a.id));

    const imported = await importing;
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    const backedUp = await backup;
    expect(backedUp).toMatchObject({ ok: true });
    if (backedUp.ok) {
      const copy = new SqliteDatabase(backedUp.value.path, { readonly: true });
      try {
        // A consistent copy: the whole article or none of it.
        const { id, claimCount } = (imported as { value: { article: ArticleSummary } }).value.article;
        const stored = copy.prepare('select count(*) from articles where id = ?').pluck().get(id) as number;
        expect(copy.prepare('select count(*) from claims where article_id = ?').pluck().get(id)).toBe(stored ? claimCount : 0);
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        copy.close();
      }
    }
    const summary = (imported as { value: { article: ArticleSummary } }).value.article;
    expect(summary.claimCount).toBeGreaterThan(5000);
    // Read-your-writes: a read issued after the import was answered sees all of it.
    const stored = await ok<ArticleWithClaims>('articles.get', { id: summary.id, claimsLimit: 1 });
    expect(stored.claimsTotal).toBe(summary.claimCount);
    expect(stored.text.startsWith('Großer Import.')).toBe(true);
    // Offsets stay true across the steps of the write: every claim is its span of the text.
    const whole = await ok<ArticleWithClaims>('articles.get', { id: summary.id });
    expect(whole.claims.length).toBe(summary.claimCount);
    expect(whole.claims.filter((c) => whole.text.slice(c.start, c.end) !== c.text)).toEqual([]);
    expect((await ok<ArticleSummary[]>('articles.list', {})).map((a) => a.id)).toContain(summary.id);
  }, 180_000);

  it('a big import that fails halfway through its write leaves nothing behind, and the host goes on', async () => {
    const count = (table: string) => (probe.prepare(`select count(*) from ${table}`).pluck().get() as number);
    const tables = ['articles', 'claims', 'claimants', 'claimant_aliases', 'claims_fts', 'articles_fts'];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));
    const articlesBefore = await ok<ArticleSummary[]>('articles.list', {});
    // A real failure of the database halfway through the claims (after several steps were written):
    // a trigger that refuses any claim past offset 300,000, as a full disk would refuse a page.
    probe.exec(`create trigger test_fail_late before insert on claims when new.start > 300000 begin select raise(abort, 'database or disk is full (test)'); end`);
    try {
      const text = `Scheitert.\n${hugeText(600 * 1024)}`;
      const res = await api<{ status: string; reason: string }>('import.file', fileOf('scheitert.txt', text));
      expect(res).toMatchObject({ ok: true, value: { status: 'failed' } });
    } finally {
      probe.exec('drop trigger test_fail_late');
    }
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    expect(await ok<ArticleSummary[]>('articles.list', {})).toEqual(articlesBefore);
    expect(await ok<{ hits: unknown[] }>('search', { query: 'Scheitert' })).toMatchObject({ hits: [] });
    // The same text imports whole once the disk is "free" again: it is new, not a duplicate.
    const again = await ok<{ status: string; article: ArticleSummary }>('import.file', fileOf('scheitert.txt', `Scheitert.\n${hugeText(600 * 1024)}`));
    expect(again.status).toBe('imported');
    expect((await ok<ArticleWithClaims>('articles.get', { id: again.article.id, claimsLimit: 1 })).claimsTotal).toBe(again.article.claimCount);
  }, 180_000);

  it('a read issued after a write was answered sees that write', async () => {
    const created = await ok<{ article: ArticleSummary }>('articles.create', { text: 'Die Ministerin sagte am Dienstag, die Miete steige um 4 Prozent.\nDer Minister sagte, die Steuer sinke um 2 Prozent.' });
    const { claims } = await ok<ArticleWithClaims>('articles.get', { id: created.article.id });
    expect(claims.length).toBeGreaterThan(0);
    let claim = claims[0]!;
    for (let i = 0; i < 20; i++) {
      const claimant = `Sprecherin ${i}`;
      await ok('claims.update', { id: claim.id, expectedVersion: claim.version, claimant });
      claim = await ok<ArticleWithClaims['claims'][number]>('claims.get', { id: claim.id });
      expect(claim.claimant).toBe(claimant);
    }
    await ok('articles.delete', { id: created.article.id });
    expect((await ok<ArticleSummary[]>('articles.list', {})).map((a) => a.id)).not.toContain(created.article.id);
    expect((await ok<Array<{ id: string }>>('articles.listTrash', {})).map((a) => a.id)).toContain(created.article.id);
  });
});
