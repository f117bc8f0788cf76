// What a claimdesk process loads before it answers: the build made ahead of time (never the
// TypeScript sources through tsx), and only the modules its command needs. A probe loaded with
// --require lists every file the process required, as it exits.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { openTestApp, tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'claimdesk.js');

/** Loaded only by the commands and calls that need them (importers, report renderers; pg only for a postgres:// URL). */
const HEAVY = ['jsdom', 'linkedom', '@mozilla/readability', 'pdfkit', 'dejavu-fonts-ttf', 'mammoth', 'unpdf', 'marked', 'csv-stringify', 'csv-parse', 'html-to-text', 'chardet', 'iconv-lite', 'warcio', 'diff', 'pg'];

function probe(): { file: string; out: string } {
  const dir = tempDir('claimdesk-probe-');
  const out = path.join(dir, 'loaded.json');
  const file = path.join(dir, 'probe.cjs');
  fs.writeFileSync(file, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
  return { file, out };
}

/** The packages (node_modules/<name>) and the project's own files a run loaded. */
/**
 * Runs the built serve with the load probe on `db`, makes `calls` through its API (each must
 * answer 200), stops it, and gives what it loaded.
 */
async function probedServe(db: string, calls: (post: (method: string, body: unknown) => Promise<unknown>) => Promise<void>): Promise<{ packages: Set<string>; own: string[] }> {
  const { file, out } = probe();
  const child = spawn(process.execPath, ['--require', file, BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
      const m = /serving at (\S+)/.exec(text);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const { origin, searchParams } = new URL(url);
  const post = async (method: string, body: unknown) => {
    const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${searchParams.get('token')}` }, body: JSON.stringify(body) });
    expect(res.status, method).toBe(200);
    return ((await res.json()) as { value: unknown }).value;
  };
  try {
    await calls(post);
  } finally {
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
  return loaded(out);
}

function loaded(out: string): { packages: Set<string>; own: string[] } {
  const files = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
  const packages = new Set<string>();
  for (const f of files) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f);
    if (m) packages.add(m[1]!.replace(/\\/g, '/'));
  }
  return { packages, own: files.filter((f) => f.startsWith(ROOT) && !f.includes('node_modules')).map((f) => path.relative(ROOT, f)) };
}

async function loadedBy(args: string[]) {
  const { file, out } = probe();
  await run(process.execPath, ['--require', file, BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return loaded(out);
}

describe('claimdesk start-up', () => {
  it('--version is answered by bin/claimdesk.js from package.json: no build, no package loaded', async () => {
    const { packages, own } = await loadedBy(['--version']);
    expect(own).toContain(path.join('bin', 'claimdesk.js'));
    expect(own).not.toContain(path.join('out', 'cli', 'cli.js'));
    expect(own.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect([...packages]).toEqual([]);
  });

  it('list --json opens the store but loads no importer, parser or report renderer', async () => {
    const app = await openTestApp();
    await app.ok('articles.create', { text: 'Die Arbeitslosenquote stieg im März auf 6,1 Prozent.', title: 'Quote' });
    await app.close();
    const { packages, own } = await loadedBy(['list', '--json', '--db', app.dbPath]);
    expect(packages).toContain('better-sqlite3');
    expect(packages).not.toContain('tsx');
    expect(own.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
  });

  it('serve answers without loading an importer, parser or report renderer', async () => {
    const db = path.join(tempDir(), 'claimdesk.db');
    const { packages, own } = await probedServe(db, async (post) => {
      await post('articles.list', {});
      // The page's first read, as the page sends it at start.
      await post('workspace.open', { claimsLimit: 2500 });
    });
    expect(packages).toContain('better-sqlite3');
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
    // The check-worthiness model (in the extraction chunk) loads on first use, not before listening.
    expect(own.filter((f) => /^out[\\/]cli[\\/]extraction-/.test(f))).toEqual([]);
    // Nor the people an article names in full (the speaker registry and lexicons: in the extraction
    // chunk since session 27, people-*.js before; text-names imports them from there): grouping loads
    // them when it regroups claims, not the claimant repository's first read.
    expect(own.filter((f) => /^out[\\/]cli[\\/](people|text-names)-/.test(f))).toEqual([]);
    expect(own.some((f) => /^out[\\/]cli[\\/]claimant\.repository-/.test(f))).toBe(true);
  });

  it("serve answers the first screen's flagging on a desk with no library and no reviews without the stemmers, and flags once a claim is reviewed", async () => {
    // Sentences of our own: two that say the same thing, one that does not.
    const app = await openTestApp();
    const { article } = await app.ok('articles.create', {
      text: 'Die Zahl der Bibliotheken im Kreis sank 2021 auf 14, sagte der Landrat. Im Jahr 2021 sank die Zahl der Bibliotheken im Kreis auf 14, bestätigte die Kreisverwaltung. Der Bäcker am Markt öffnet künftig schon um sechs Uhr.',
      title: 'Kreis',
    });
    await app.close();
    const stemmers = ['snowball-stemmers', 'stopword'];
    const serve = async (calls: (post: (method: string, body: unknown) => Promise<unknown>) => Promise<void>) => (await probedServe(app.dbPath, calls)).packages;
    type Claim = { id: string; text: string; version: number };
    let claims: Claim[] = [];
    const first = await serve(async (post) => {
      const open = (await post('workspace.open', { claimsLimit: 2500 })) as { article: { claims: Claim[] } };
      claims = open.article.claims;
      expect(await post('factchecks.flagClaims', { articleId: article.id })).toEqual({ checked: [] });
    });
    expect(first).toContain('better-sqlite3');
    expect(stemmers.filter((p) => first.has(p))).toEqual([]);

    const alike = claims.filter((c) => c.text.includes('Bibliotheken'));
    expect(alike).toHaveLength(2);
    const second = await serve(async (post) => {
      const { claim } = (await post('sources.add', { claimId: alike[0]!.id, url: 'https://example.org/bibliotheken' })) as { claim: Claim };
      await post('claims.setVerdict', { id: claim.id, expectedVersion: claim.version, verdict: 'verified' });
      const { checked } = (await post('factchecks.flagClaims', { articleId: article.id })) as { checked: Array<{ claimId: string }> };
      expect(checked.map((c) => c.claimId)).toEqual([alike[1]!.id]);
    });
    expect(stemmers.filter((p) => second.has(p))).toEqual(stemmers);
  });

  it('an installed copy (inside node_modules) runs its build without walking the sources; a checkout still says when they are newer', () => {
    const { builtCliState } = createRequire(__filename)(path.join(ROOT, 'scripts', 'built-cli.cjs')) as { builtCliState(root: string): string };
    const make = (root: string) => {
      fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true });
      fs.mkdirSync(path.join(root, 'src', 'main'), { recursive: true });
      fs.writeFileSync(path.join(root, 'out', 'cli', 'cli.js'), '');
      fs.writeFileSync(path.join(root, 'src', 'main', 'x.ts'), '');
      const older = new Date(Date.now() - 60_000);
      fs.utimesSync(path.join(root, 'out', 'cli', 'cli.js'), older, older);
      return root;
    };
    const base = tempDir('claimdesk-installed-');
    expect(builtCliState(make(path.join(base, 'checkout')))).toBe('stale');
    // A source edited deep in a folder counts too (the walk goes into every sub-folder).
    const nested = make(path.join(base, 'nested'));
    const older = new Date(Date.now() - 120_000);
    fs.utimesSync(path.join(nested, 'src', 'main', 'x.ts'), older, older);
    expect(builtCliState(nested)).toBe('current');
    fs.mkdirSync(path.join(nested, 'src', 'main', 'core', 'deep'), { recursive: true });
    fs.writeFileSync(path.join(nested, 'src', 'main', 'core', 'deep', 'y.ts'), '');
    expect(builtCliState(nested)).toBe('stale');
    expect(builtCliState(make(path.join(base, 'node_modules', 'claimdesk')))).toBe('current');
    expect(builtCliState(path.join(base, 'node_modules', 'nothing-built'))).toBe('missing');
  });
});
