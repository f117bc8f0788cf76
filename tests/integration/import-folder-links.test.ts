// Links inside a folder given to `claimdesk import DIR`: followed only within the folder the
// person chose, each real file and folder taken once (a link back up the tree is no loop), and
// each link not followed is listed with its reason. A path the person names is followed wherever
// it leads: choosing a link is choosing what it points to.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');

interface Summary { imported: number; duplicates: number; failed: number; skipped: number; results: Array<{ target: string; status: string; reason?: string; reasonCode?: string | null }> }

async function importJson(db: string, ...targets: string[]): Promise<{ code: number; summary: Summary }> {
  const { code, stdout } = await run(process.execPath, [BIN, 'import', ...targets, '--json', '--db', db], { maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string }) => e,
  );
  return { code, summary: JSON.parse(stdout) as Summary };
}

const note = (town: string, n: number) => `Gemeinderat ${town}\n\nDer Gemeinderat von ${town} will ${n} neue Radwege bauen, sagte der Bürgermeister am Montag.\n\nDie Kosten lägen bei ${n * 3} Millionen Euro.`;

describe('claimdesk import of a folder with links', () => {
  it('follows links within the folder once, skips links out of it and links to nothing with their reason, and never loops', async () => {
    const dir = tempDir();
    const inbox = path.join(dir, 'inbox');
    const outside = path.join(dir, 'private');
    fs.mkdirSync(path.join(inbox, 'sub'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(inbox, 'a.txt'), note('Asbach', 4));
    fs.writeFileSync(path.join(inbox, 'sub', 'b.txt'), note('Bexbach', 7));
    fs.writeFileSync(path.join(outside, 'secret.txt'), note('Geheimdorf', 9));
    fs.symlinkSync(path.join(inbox, 'sub', 'b.txt'), path.join(inbox, 'also-b.txt')); // inside: the same file, taken once
    fs.symlinkSync('..', path.join(inbox, 'sub', 'up')); // back up the tree: no loop
    fs.symlinkSync(inbox, path.join(inbox, 'sub', 'self')); // the root itself, absolute
    fs.symlinkSync(outside, path.join(inbox, 'private-folder')); // out of the folder
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(inbox, 'secret-link.txt')); // out of the folder
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(inbox, 'dangling.txt')); // to nothing

    const db = path.join(dir, 'claimdesk.db');
    const { code, summary } = await importJson(db, inbox);
    expect(code).toBe(0); // links not followed are skipped, not failed
    expect(summary.imported).toBe(2);
    expect(summary.duplicates).toBe(0);
    expect(summary.failed).toBe(0);
    const byTarget = new Map(summary.results.map((r) => [path.relative(inbox, r.target), r]));
    expect([...byTarget.keys()].sort()).toEqual(['a.txt', 'also-b.txt', 'dangling.txt', 'private-folder', 'secret-link.txt']);
    expect(byTarget.get('private-folder')).toMatchObject({ status: 'skipped', reasonCode: 'link_outside' });
    expect(byTarget.get('private-folder')!.reason).toMatch(/link out of the folder/);
    expect(byTarget.get('secret-link.txt')).toMatchObject({ status: 'skipped', reasonCode: 'link_outside' });
    expect(byTarget.get('dangling.txt')).toMatchObject({ status: 'skipped', reasonCode: 'link_broken' });

    const list = JSON.parse((await run(process.execPath, [BIN, 'list', '--json', '--db', db])).stdout) as { articles: Array<{ title: string | null }> };
    expect(list.articles.map((a) => a.title).sort()).toEqual(['Gemeinderat Asbach', 'Gemeinderat Bexbach']);
  });

  it('follows a link the person names, to a file or to a folder', async () => {
    const dir = tempDir();
    const real = path.join(dir, 'real');
    fs.mkdirSync(real);
    fs.writeFileSync(path.join(real, 'c.txt'), note('Celle', 5));
    fs.writeFileSync(path.join(dir, 'd.txt'), note('Dinslaken', 6));
    fs.symlinkSync(real, path.join(dir, 'folder-link'));
    fs.symlinkSync(path.join(dir, 'd.txt'), path.join(dir, 'file-link.txt'));
    const { code, summary } = await importJson(path.join(dir, 'claimdesk.db'), path.join(dir, 'folder-link'), path.join(dir, 'file-link.txt'));
    expect(code).toBe(0);
    expect(summary.imported).toBe(2);
    expect(summary.results.map((r) => path.relative(dir, r.target)).sort()).toEqual(['file-link.txt', path.join('folder-link', 'c.txt')]);
  });
});
