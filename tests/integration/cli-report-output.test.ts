// `claimdesk report -o PATH` where PATH is a folder: as `cp FILE DIR` or `curl -O` would, the report
// goes inside it under the name the app gives it (the desktop's save dialog proposes the same name),
// rather than a raw EISDIR. A PATH that cannot be written says so in words, and writes nothing.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

async function cli(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CLAIMDESK_DB: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dbPath: string;
let articleId: string;
beforeAll(async () => {
  const app = await openTestApp();
  const { article } = await app.ok('articles.create', { text: 'The harbour board said the new crane lifts sixty tonnes. It arrived in March.', title: 'Crane', language: 'en' });
  articleId = article.id;
  dbPath = app.dbPath;
  await app.close();
});
afterAll(() => {
  fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
});

const files = (dir: string) => fs.readdirSync(dir).sort();

describe('claimdesk report -o', () => {
  it('writes the report inside a folder under its default name: ".", an existing folder, a new one named with a trailing slash', async () => {
    const work = tempDir('claimdesk-report-out-');
    const dot = await cli(['report', articleId, '--format', 'md', '-o', '.', '--db', dbPath], work);
    expect(dot.code, dot.stderr).toBe(0);
    const [name] = files(work);
    expect(name).toMatch(/^claimdesk-.+\.md$/);
    expect(fs.readFileSync(path.join(work, name!), 'utf8')).toContain('sixty tonnes');
    expect(dot.stderr).toContain(`Wrote ${path.join('.', name!)}`);

    fs.mkdirSync(path.join(work, 'reports'));
    const folder = await cli(['report', articleId, '--format', 'pdf', '-o', 'reports', '--db', dbPath], work);
    expect(folder.code, folder.stderr).toBe(0);
    const [pdf] = files(path.join(work, 'reports'));
    expect(pdf).toMatch(/^claimdesk-.+\.pdf$/);
    expect(fs.readFileSync(path.join(work, 'reports', pdf!)).subarray(0, 5).toString()).toBe('%PDF-');

    const fresh = await cli(['report', articleId, '--format', 'json', '-o', `later${path.sep}`, '--db', dbPath], work);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(files(path.join(work, 'later'))).toEqual([expect.stringMatching(/^claimdesk-.+\.json$/)]);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('still writes to a file path as given, and refuses a path under a file in words (no raw ENOTDIR)', async () => {
    const work = tempDir('claimdesk-report-out-');
    const named = await cli(['report', articleId, '--format', 'csv', '-o', 'crane.csv', '--db', dbPath], work);
    expect(named.code, named.stderr).toBe(0);
    expect(files(work)).toEqual(['crane.csv']);

    const under = await cli(['report', articleId, '--format', 'csv', '-o', 'crane.csv/inner.csv', '--db', dbPath], work);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/cannot write the report to crane\.csv\/inner\.csv: crane\.csv is a file, not a folder/i);
    expect(under.stderr).not.toMatch(/ENOTDIR|EEXIST|EISDIR/);
    expect(files(work)).toEqual(['crane.csv']);
    fs.rmSync(work, { recursive: true, force: true });
  });
});

describe('claimdesk --db DIR', () => {
  it('says that a folder is not a database file, in words (no raw EISDIR), and creates nothing in it', async () => {
    const work = tempDir('claimdesk-db-dir-');
    for (const args of [['list'], ['report', '--all', '--format', 'md'], ['import', 'nothing.txt']]) {
      const res = await cli([...args, '--db', work], work);
      expect(res.code, args.join(' ')).toBe(1);
      expect(res.stderr).toContain(`${work} is a folder, not a database file`);
      expect(res.stderr).not.toMatch(/EISDIR/);
    }
    expect(files(work)).toEqual([]);
    fs.rmSync(work, { recursive: true, force: true });
  });
});
