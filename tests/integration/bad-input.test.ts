// Nothing let in: every contract method, fed wrong types, missing and unknown fields, huge
// strings, out-of-range and non-finite numbers, prototype keys and hostile URLs, answers
// { ok: false, error: { code: 'validation' } } and leaves the database byte-for-byte as it was.
//
// The table below holds one VALID input per method. Every bad input is derived from it, field
// by field, using the method's own zod shape, so a new method in the contract is covered as
// soon as it has an example here (and the first test fails until it does).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, MAX_ARTICLE_CHARS, type MethodName } from '../../src/shared/contract';
import { withServe } from '../helpers/serve';
import { GERMAN_SAMPLE, type TestApp } from '../helpers/temp-app';

const ENGLISH_SAMPLE = `The city council approved a budget of 12 million euros on Monday. Unemployment fell to 4.1 percent in May, the statistics office said.
"We have never built more housing," the mayor said. Critics said the figures were misleading.`;

interface Seed {
  articleId: string;
  claimId: string;
  claimVersion: number;
  deletedClaimId: string;
  sourceId: string;
}

type Example = (seed: Seed) => Record<string, unknown>;

/**
 * One valid input per method (a union gets one per variant). These are never called (a valid
 * write would change the database); the first test proves each one passes the method's schema,
 * so every mutation below is a change of exactly one thing away from a valid call.
 */
const VALID: Record<string, Example[]> = {
  'app.info': [() => ({})],
  'app.openExternal': [() => ({ url: 'https://example.org/page' })],
  'articles.create': [() => ({ text: 'A new article. It has 3 claims.', title: 'T', url: 'https://example.org/a', publisher: 'P', author: 'A', publishedAt: '2025-01-21', language: 'en' })],
  'articles.createSample': [() => ({})],
  'import.preview': [() => ({ fileName: 'a.txt', contentBase64: Buffer.from('Hello world.').toString('base64') }), () => ({ url: 'https://example.org/article' }), () => ({ text: 'Hello world.' })],
  'import.file': [() => ({ fileName: 'a.txt', contentBase64: Buffer.from('Hello world.').toString('base64') })],
  'import.url': [() => ({ url: 'https://example.org/article' })],
  'articles.list': [() => ({ query: 'budget' })],
  'articles.get': [(s) => ({ id: s.articleId, claimsOffset: 0, claimsLimit: 10, claimsAfter: { start: 0, end: 1, id: s.claimId } })],
  'workspace.open': [(s) => ({ id: s.articleId, claimsLimit: 10 }), () => ({})],
  'workspace.remember': [(s) => ({ articleId: s.articleId, claimId: s.claimId }), () => ({ articleId: null, claimId: null })],
  'articles.update': [(s) => ({ id: s.articleId, title: 'T', url: 'https://example.org/a', publisher: 'P', author: 'A', publishedAt: '2025-01-21', language: 'de' })],
  'articles.delete': [(s) => ({ id: s.articleId })],
  'articles.restore': [(s) => ({ id: s.articleId })],
  'articles.listTrash': [() => ({})],
  'articles.emptyTrash': [() => ({}), (s) => ({ ids: [s.articleId] })],
  'articles.reextract': [(s) => ({ id: s.articleId })],
  'claims.list': [(s) => ({ articleId: s.articleId, verdicts: ['verified'], claimant: 'x', claimantId: 'k1', reviewer: 'y', minCheckworthiness: 0.5, checkedBefore: true, linkCheck: ['gone', 'moved'], sort: 'verdict', order: 'asc', offset: 0, limit: 10, includeTotal: false })],
  'claims.get': [(s) => ({ id: s.claimId })],
  'claims.page': [(s) => ({ articleId: s.articleId, limit: 10 }), (s) => ({ articleId: s.articleId, limit: 5000, after: { start: 0, end: 1, id: s.claimId } })],
  'claims.create': [(s) => ({ articleId: s.articleId, start: 0, end: 10, claimant: 'C', claimantRole: 'R', kind: 'statement' })],
  'claims.update': [(s) => ({ id: s.claimId, expectedVersion: s.claimVersion, start: 0, end: 10, exactSpan: true, text: 'x', claimant: 'C', claimantRole: 'R', kind: 'quote' })],
  'claims.delete': [(s) => ({ id: s.claimId, expectedVersion: s.claimVersion })],
  'claims.restore': [(s) => ({ id: s.deletedClaimId })],
  'claims.setVerdict': [(s) => ({ id: s.claimId, expectedVersion: s.claimVersion, verdict: 'disputed', rationale: 'R', ratingLabel: 'L' })],
  'claims.history': [(s) => ({ claimId: s.claimId })],
  'claims.ratingLabels': [() => ({})],
  'sources.add': [(s) => ({ claimId: s.claimId, expectedVersion: s.claimVersion, url: 'https://example.org/s', title: 'T', publisher: 'P', stance: 'refutes', excerpt: 'E', archivedUrl: 'https://web.archive.org/x', accessedAt: '2025-01-21' })],
  'sources.update': [(s) => ({ id: s.sourceId, expectedVersion: s.claimVersion, url: 'https://example.org/s2', title: 'T', publisher: 'P', stance: 'context', excerpt: 'E', archivedUrl: 'https://web.archive.org/y', accessedAt: '2025-01-21T10:00:00Z' })],
  'sources.remove': [(s) => ({ id: s.sourceId, expectedVersion: s.claimVersion })],
  'sources.snapshot': [(s) => ({ id: s.sourceId }), () => ({ failed: true, missing: true })],
  'sources.attachSnapshot': [(s) => ({ id: s.sourceId, fileName: 'copy.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') })],
  'sources.snapshotText': [(s) => ({ id: s.sourceId })],
  'sources.diff': [(s) => ({ id: s.sourceId })],
  'sources.check': [() => ({}), (s) => ({ ids: [s.sourceId] })],
  search: [() => ({ query: 'budget', limit: 10 })],
  'settings.get': [() => ({})],
  'settings.set': [() => ({ reviewerName: 'R', organisationName: 'O', organisationUrl: 'https://example.org', methodology: 'M', uiLanguage: 'de' }), () => ({ methodologyNotes: { en: 'We check.', de: null } })],
  'reports.export': [(s) => ({ articleId: s.articleId, format: 'csv', csvDelimiter: ';', csvBom: true, language: 'de' }), (s) => ({ claimIds: [s.claimId], format: 'json' }), () => ({ all: true, format: 'pdf' }), () => ({ claimant: 'Anna Beispiel', format: 'md' })],
  'reports.save': [(s) => ({ articleId: s.articleId, format: 'md', language: 'en' }), (s) => ({ claimIds: [s.claimId], format: 'csv', csvDelimiter: ',', csvBom: false }), () => ({ all: true, format: 'html' }), () => ({ claimant: 'Anna Beispiel', format: 'md' })],
  'maintenance.check': [() => ({})],
  'maintenance.backup': [() => ({})],
  'maintenance.listBackups': [() => ({})],
  'factchecks.import': [() => ({ fileName: 'factchecks.json', contentBase64: Buffer.from('[]').toString('base64') })],
  'factchecks.importStatus': [() => ({ jobId: 'job-1' })],
  'factchecks.list': [() => ({ origin: 'import', offset: 0, limit: 10 })],
  'factchecks.match': [(s) => ({ claimId: s.claimId, limit: 5 }), () => ({ text: 'The budget rose by 5 per cent.', language: 'en', limit: 3 })],
  'factchecks.flagClaims': [(s) => ({ articleId: s.articleId })],
  'factchecks.cite': [(s) => ({ claimId: s.claimId, factCheckId: 1, stance: 'refutes', expectedVersion: s.claimVersion })],
  'claimants.list': [() => ({ query: 'Beispiel', offset: 0, limit: 10 })],
  'claimants.get': [() => ({ claimant: 'Anna Beispiel', limit: 10 })],
  'claimants.rename': [() => ({ claimant: 'Anna Beispiel', name: 'Anna B. Beispiel', expectedVersion: 1 })],
  'claimants.merge': [() => ({ keep: 'Anna Beispiel', other: 'Bundestag', keepVersion: 1, otherVersion: 1 })],
  'claimants.split': [(s) => ({ claimant: 'Anna Beispiel', aliases: ['Beispiel'], claimIds: [s.claimId], name: 'Anna Beispiel (2)', expectedVersion: 1 })],
  'claimants.history': [() => ({ claimant: 'Anna Beispiel' })],
  'claimants.undo': [() => ({ claimant: 'Anna Beispiel', expectedVersion: 1 })],
  'claimants.assign': [(s) => ({ claimId: s.claimId, claimant: 'Anna Beispiel', expectedVersion: 1 })],
  'stats.desk': [() => ({ from: '2025-01-01', to: '2025-12-31', language: 'de', claimantId: 'k1' })],
};

/** String fields allowed to be long; everything else must refuse 1 MB. Value: a length just past their limit. */
const LONG_STRING_FIELDS: Record<string, number> = {
  text: 25 * 1024 * 1024, // articles.create allows MAX_ARTICLE_CHARS (20 M); claims.update.text refuses this too.
  contentBase64: 30 * 1024 * 1024, // base64 of 20 MiB is ~27.96 M characters.
};
const SHORT_HUGE = 1024 * 1024;

const INVALID_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  '  javascript:alert(1)  ',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://C:/Windows/win.ini',
  'vbscript:msgbox(1)',
  'blob:https://example.org/1f3c',
  'about:blank',
  'chrome://settings',
  'ftp://example.org/file',
  'mailto:someone@example.org',
  '/relative/path',
  '../up',
  'example.org/page',
  '//example.org/protocol-relative',
  'http://',
  'https://',
  'http:///only-path', // WHATWG reads this as host "only-path": malformed as typed, and stored as typed
  'http:example.org',
  'https:/example.org',
  'http:////example.org',
  'http:\\\\example.org\\path',
  'http://example.org\\@evil.example', // a backslash: one parser's host is another's path
  'https://example.org/\u0000',
  'https://example.org/a\nb', // the URL parser drops the newline; the stored string keeps it
  'http://:80/',
  'https://exa mple.org/',
  'http://[::1',
  'ht tp://example.org',
  '',
  ' ',
  `https://example.org/${'a'.repeat(3000)}`,
];

const INVALID_TOP_LEVEL: unknown[] = ['string', 42, true, [], [{}], NaN];

type Shape = Record<string, z.ZodType>;

/** The object shape a given example validates against (for a union: the variant it matches). */
function shapeFor(method: MethodName, example: Record<string, unknown>): Shape {
  const schema = contract[method].input as unknown as { shape?: Shape; options?: Array<{ shape: Shape; safeParse(v: unknown): { success: boolean } }> };
  if (schema.shape) return schema.shape;
  const variant = schema.options?.find((o) => o.safeParse(example).success);
  if (!variant) throw new Error(`${method}: cannot find the schema variant for ${JSON.stringify(example)}`);
  return variant.shape;
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const isUrlField = (field: z.ZodType) => accepts(field, 'https://example.org/a') && !accepts(field, 'javascript:alert(1)');

interface BadCase {
  method: MethodName;
  label: string;
  input: unknown;
}

/** Values of the wrong type for a field whose valid value is `valid`. */
function wrongTypes(valid: unknown, field: z.ZodType): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  if (typeof valid === 'string') out.push(['number', 0], ['number 1', 1], ['boolean', true], ['array', []], ['array of string', [String(valid)]], ['object', {}], ['boxed', { toString: String(valid) }]);
  else if (typeof valid === 'number') out.push(['string', String(valid)], ['empty string', ''], ['boolean', true], ['array', [valid]], ['object', { valueOf: valid }], ['bigint-ish string', '1n']);
  else if (typeof valid === 'boolean') out.push(['string', 'true'], ['number', 1], ['array', [valid]], ['object', {}]);
  else if (Array.isArray(valid)) out.push(['string', String(valid[0])], ['object', { 0: valid[0], length: 1 }], ['number', 1], ['array of numbers', [1]], ['array of objects', [{}]], ['array of nulls', [null]]);
  if (!accepts(field, null)) out.push(['null', null]);
  return out;
}

function numericBad(field: z.ZodType): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [
    ['negative', -1],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['huge', 1e300],
    ['past MAX_SAFE_INTEGER', 2 ** 53 + 2],
    ['-0.5', -0.5],
  ];
  if (!accepts(field, 0.5)) out.push(['fraction', 1.5]); // int fields
  if (accepts(field, 0.5)) out.push(['above 1', 1.0001]); // the one ratio field (minCheckworthiness)
  return out;
}

function casesFor(method: MethodName, example: Record<string, unknown>): BadCase[] {
  const shape = shapeFor(method, example);
  const cases: BadCase[] = [];
  const add = (label: string, input: unknown) => cases.push({ method, label, input });
  const withField = (key: string, value: unknown) => ({ ...example, [key]: value });

  for (const [i, top] of INVALID_TOP_LEVEL.entries()) add(`top-level ${i}: ${JSON.stringify(top)}`, top);
  add('unknown field', { ...example, bogus: 1 });
  add('unknown field (empty name)', { ...example, '': 'x' });
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
    // JSON.parse makes these own properties, as they arrive over IPC or HTTP.
    add(`own ${key} key`, JSON.parse(JSON.stringify(example).replace(/^\{/, `{"${key}":{"polluted":true}${Object.keys(example).length ? ',' : ''}`)));
  }

  for (const [key, field] of Object.entries(shape)) {
    const required = !accepts(field, undefined);
    if (required) {
      const { [key]: _omitted, ...rest } = example;
      add(`${key}: missing`, rest);
      add(`${key}: undefined`, { ...example, [key]: undefined });
    }
    const valid = key in example ? example[key] : undefined;
    if (valid === undefined) continue; // every optional field has a value in the examples; checked in the first test
    for (const [label, value] of wrongTypes(valid, field)) add(`${key}: wrong type (${label})`, withField(key, value));

    if (typeof valid === 'string') {
      const long = LONG_STRING_FIELDS[key];
      add(`${key}: huge string`, withField(key, 'x'.repeat(long ?? SHORT_HUGE)));
      if (isUrlField(field)) for (const url of INVALID_URLS) add(`${key}: invalid URL ${JSON.stringify(url.slice(0, 40))}`, withField(key, url));
      if (!accepts(field, 'not-an-option-zz') && !isUrlField(field)) add(`${key}: not one of the allowed values`, withField(key, 'not-an-option-zz'));
    }
    if (typeof valid === 'number') for (const [label, value] of numericBad(field)) add(`${key}: ${label}`, withField(key, value));
    if (Array.isArray(valid)) add(`${key}: too many items`, withField(key, Array.from({ length: 100_001 }, () => valid[0])));
  }
  return cases;
}

/** Inputs that pass the schema but that the service refuses as invalid: spans out of range, empty text, no report scope. */
function serviceLevelCases(seed: Seed, textLength: number): BadCase[] {
  return [
    { method: 'articles.create', label: 'white space only', input: { text: ' \n\t \u00a0 ' } },
    { method: 'claims.create', label: 'end before start', input: { articleId: seed.articleId, start: 10, end: 5 } },
    { method: 'claims.create', label: 'empty span', input: { articleId: seed.articleId, start: 10, end: 10 } },
    { method: 'claims.create', label: 'end past the text', input: { articleId: seed.articleId, start: 0, end: textLength + 1 } },
    { method: 'claims.create', label: 'span past the text', input: { articleId: seed.articleId, start: MAX_ARTICLE_CHARS - 1, end: MAX_ARTICLE_CHARS } },
    { method: 'claims.update', label: 'end past the text', input: { id: seed.claimId, expectedVersion: seed.claimVersion, end: textLength + 5 } },
    { method: 'claims.update', label: 'end before start', input: { id: seed.claimId, expectedVersion: seed.claimVersion, start: 20, end: 3 } },
    { method: 'claims.update', label: 'empty text', input: { id: seed.claimId, expectedVersion: seed.claimVersion, text: '' } },
    { method: 'reports.export', label: 'no scope', input: { format: 'csv' } },
    { method: 'reports.export', label: 'two scopes', input: { articleId: seed.articleId, all: true, format: 'csv' } },
    { method: 'reports.save', label: 'no scope', input: { format: 'csv' } },
  ];
}

// ---------------------------------------------------------------------------------------------

let app: TestApp;
let seed: Seed;
let seedTextLength: number;

async function seedDatabase(): Promise<void> {
  await app.ok('settings.set', { reviewerName: 'Seeder', organisationName: 'Org', organisationUrl: 'https://org.example', methodology: 'Check everything.', uiLanguage: 'en' });
  const de = await app.ok('articles.create', { text: GERMAN_SAMPLE, title: 'Bundestag', url: 'https://example.org/de', language: 'de' });
  await app.ok('articles.create', { text: ENGLISH_SAMPLE, title: 'Council', publisher: 'Paper', publishedAt: '2025-01-21' });
  const full = await app.ok('articles.get', { id: de.article.id });
  seedTextLength = full.text.length;
  const [first, second, third] = full.claims;
  if (!first || !second || !third) throw new Error('the seed article needs three claims');
  const added = await app.ok('sources.add', { claimId: first.id, url: 'https://www.destatis.de/', title: 'Destatis', stance: 'supports', excerpt: 'quote' });
  const verdict = await app.ok('claims.setVerdict', { id: first.id, expectedVersion: added.claim.version, verdict: 'verified', rationale: 'Checked', ratingLabel: 'True' });
  await app.ok('claims.setVerdict', { id: second.id, expectedVersion: second.version, verdict: 'inconclusive', rationale: 'Unclear' });
  await app.ok('claims.delete', { id: third.id });
  seed = { articleId: de.article.id, claimId: first.id, claimVersion: verdict.version, deletedClaimId: third.id, sourceId: added.source.id };
}

interface Fingerprint {
  fileHash: string;
  walBytes: number;
  dumpHash: string;
  dump: string;
}

/** Checkpoints the WAL into the file, then hashes the file's bytes and a dump of every row of every table. */
function fingerprint(): Fingerprint {
  const sqlite = app.store.sqlite;
  const [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
  expect(checkpoint!.busy).toBe(0);
  const tables = sqlite.prepare("select name, sql from sqlite_master where type = 'table' order by name").all() as Array<{ name: string; sql: string | null }>;
  const lines: string[] = [JSON.stringify(sqlite.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name').all())];
  for (const { name, sql } of tables) {
    // Virtual tables read through to their content tables; their shadow tables are dumped as themselves.
    const byRowid = !/without rowid/i.test(sql ?? '') && !/^create virtual/i.test(sql ?? '');
    const rows = sqlite.prepare(`select * from "${name}"${byRowid ? ' order by rowid' : ''}`).raw().all();
    lines.push(`${name}\t${JSON.stringify(rows, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))}`);
  }
  lines.push(`user_version\t${sqlite.pragma('user_version', { simple: true })}`);
  const dump = lines.join('\n');
  return {
    fileHash: createHash('sha256').update(fs.readFileSync(app.dbPath)).digest('hex'),
    walBytes: fs.existsSync(`${app.dbPath}-wal`) ? fs.statSync(`${app.dbPath}-wal`).size : 0,
    dumpHash: createHash('sha256').update(dump).digest('hex'),
    dump,
  };
}

function expectUnchanged(before: Fingerprint): void {
  const after = fingerprint();
  if (after.dumpHash !== before.dumpHash) {
    const a = before.dump.split('\n');
    const b = after.dump.split('\n');
    const changed = b.filter((line, i) => line !== a[i]).map((l) => l.slice(0, 300));
    expect(changed, 'rows changed').toEqual([]);
  }
  expect(after.fileHash).toBe(before.fileHash);
  expect(after.walBytes).toBe(0);
}

function describeResult(result: unknown): string {
  return JSON.stringify(result, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v)).slice(0, 400);
}

const serve = withServe({
  seed: async (opened) => {
    app = opened;
    await seedDatabase();
  },
});

describe('bad input across the contract', () => {
  it('has a valid example for every method in the contract, each passing its schema, together setting every field', () => {
    const missing = Object.keys(contract).filter((m) => !VALID[m]?.length);
    expect(missing, 'methods without a valid example in bad-input.test.ts').toEqual([]);
    expect(Object.keys(VALID).filter((m) => !(m in contract)), 'examples for methods that no longer exist').toEqual([]);
    for (const method of Object.keys(contract) as MethodName[]) {
      const fields = new Set<string>();
      const given = new Set<string>();
      for (const example of VALID[method]!) {
        const input = example(seed);
        const parsed = contract[method].input.safeParse(input);
        expect(parsed.success, `${method}: ${JSON.stringify(input)} should be valid: ${parsed.error?.message}`).toBe(true);
        for (const k of Object.keys(shapeFor(method, input))) fields.add(k);
        for (const k of Object.keys(input)) given.add(k);
      }
      // Every field is set in some example, so each gets its wrong-type, huge and URL cases.
      expect([...fields].filter((k) => !given.has(k)), `${method}: fields without a value in any example`).toEqual([]);
    }
  });

  it('refuses every bad input through dispatch with a validation error and changes no byte of the database', async () => {
    const before = fingerprint();
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    const check = async ({ method, label, input }: BadCase, passesSchema = false) => {
      counts[method] = (counts[method] ?? 0) + 1;
      // A case the contract itself lets through is reported without being sent: a hole in a schema
      // must not also fetch from the network (import.url) or write, and so hide further failures.
      if (!passesSchema && contract[method].input.safeParse(input).success) {
        failures.push(`${method} / ${label}: accepted by the contract's input schema`);
        return;
      }
      const result = await app.dispatch(method, input);
      if (result.ok || result.error.code !== 'validation') failures.push(`${method} / ${label}: ${describeResult(result)}`);
    };
    // The span cases first: they name the seeded claim's version, which only a wrongly accepted write could change.
    for (const bad of serviceLevelCases(seed, seedTextLength)) await check(bad, true);
    for (const method of Object.keys(contract) as MethodName[]) {
      for (const example of VALID[method]!) for (const bad of casesFor(method, example(seed))) await check(bad);
    }
    expect.soft(failures).toEqual([]);
    // Nothing was polluted by the __proto__ / constructor inputs.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    // Every method was exercised, and with more than a token number of cases.
    for (const method of Object.keys(contract)) expect(counts[method], method).toBeGreaterThanOrEqual(8);
    expectUnchanged(before);
  }, 120_000);

  it('answers prototype-ish and unknown method names as unknown_method', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'articles', 'articles.create ', 'ARTICLES.CREATE', 'x'.repeat(100_000)]) {
      const result = await app.dispatch(name, {});
      expect(result, name.slice(0, 40)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The same refusals over the real serve host: JSON on the wire, where NaN becomes null and a
// number literal like 1e400 parses as Infinity.

async function post(method: string, body: string): Promise<{ status: number; json: { ok: boolean; error?: { code: string } } }> {
  const reply = await serve.request({ path: `/api/${encodeURIComponent(method)}`, body });
  try {
    return { status: reply.status, json: JSON.parse(reply.body) };
  } catch {
    throw new Error(`not JSON (${reply.status}): ${reply.body.slice(0, 200)}`);
  }
}

describe('bad input over HTTP (serve host)', () => {
  it('refuses a subset of bad inputs for every method with 400 validation and changes no byte of the database', async () => {
    const before = fingerprint();
    const failures: string[] = [];
    let sent = 0;
    const expectRefused = async (method: string, label: string, body: string) => {
      sent++;
      const { status, json } = await post(method, body);
      if (status !== 400 || json.ok !== false || json.error?.code !== 'validation') failures.push(`${method} / ${label}: ${status} ${describeResult(json)}`);
    };
    for (const method of Object.keys(contract) as MethodName[]) {
      const example = VALID[method]![0]!(seed);
      const shape = shapeFor(method, example);
      const json = JSON.stringify(example);
      const withRaw = (key: string, raw: string) => `{${[...Object.entries(example).filter(([k]) => k !== key).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `${JSON.stringify(key)}:${raw}`].join(',')}}`;

      await expectRefused(method, 'unknown field', JSON.stringify({ ...example, bogus: true }));
      await expectRefused(method, 'own __proto__ key', json.replace(/^\{/, `{"__proto__":{"polluted":true}${Object.keys(example).length ? ',' : ''}`));
      await expectRefused(method, 'own constructor key', json.replace(/^\{/, `{"constructor":{"prototype":{"polluted":true}}${Object.keys(example).length ? ',' : ''}`));
      await expectRefused(method, 'array body', '[]');
      await expectRefused(method, 'string body', '"hello"');
      await expectRefused(method, 'NaN literal (not JSON)', withRaw('x', 'NaN'));
      for (const [key, field] of Object.entries(shape)) {
        const valid = example[key];
        if (!accepts(field, undefined)) {
          const { [key]: _omitted, ...rest } = example;
          await expectRefused(method, `${key}: missing`, JSON.stringify(rest));
        }
        if (typeof valid === 'number') {
          // JSON.stringify turns NaN and Infinity into null; 1e400 parses as Infinity.
          await expectRefused(method, `${key}: NaN sent as JSON`, JSON.stringify({ ...example, [key]: NaN }));
          await expectRefused(method, `${key}: 1e400`, withRaw(key, '1e400'));
          await expectRefused(method, `${key}: -1e400`, withRaw(key, '-1e400'));
          await expectRefused(method, `${key}: -1`, withRaw(key, '-1'));
        }
        if (typeof valid === 'string') {
          await expectRefused(method, `${key}: wrong type`, JSON.stringify({ ...example, [key]: 12 }));
          await expectRefused(method, `${key}: huge`, JSON.stringify({ ...example, [key]: 'y'.repeat(LONG_STRING_FIELDS[key] ?? SHORT_HUGE) }));
          if (isUrlField(field)) {
            for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'http://', 'http//example.org']) {
              await expectRefused(method, `${key}: ${url}`, JSON.stringify({ ...example, [key]: url }));
            }
          }
        }
      }
    }
    expect.soft(failures).toEqual([]);
    expect(sent).toBeGreaterThan(300);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectUnchanged(before);
  }, 120_000);
});
