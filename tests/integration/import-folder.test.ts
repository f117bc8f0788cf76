// A folder of 200 mixed files through the real `claimdesk import DIR --json`: every good file
// becomes one article, copies are recognised, and each bad file is listed with its reason
// while the rest go on.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/main/core/import/hash';
import { parseDocument } from '../../src/main/core/import';
import { tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const BIN = path.resolve(__dirname, '../../bin/claimdesk.js');
const FIXTURES = path.resolve(__dirname, '../fixtures/import');

const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Dresden', 'Bremen', 'Kiel'];
function text(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  return [
    `Meldung ${n}: Haushalt in ${city}`,
    `Der Stadtrat von ${city} hat am Dienstag einen Haushalt von ${100 + n} Millionen Euro beschlossen.`,
    `„Wir investieren ${n % 9 + 1} Prozent mehr in Schulen“, sagte die Kämmerin.`,
    `Die Opposition kritisierte, die Schulden stiegen um ${n % 7 + 2} Prozent.`,
  ].join('\n');
}
const html = (n: number) => `<!doctype html><html lang="de"><head><title>Meldung ${n}</title><meta property="og:site_name" content="Stadtkurier"></head>
<body><nav>Start · Politik · Sport</nav><article><h1>Meldung ${n}</h1>${text(n).split('\n').slice(1).map((p) => `<p>${p} ${p}</p>`).join('')}</article><footer>Impressum</footer></body></html>`;

describe('claimdesk import of a folder of 200 mixed files', () => {
  it('imports each good file once, recognises copies, and lists each bad file with its reason', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'inbox');
    fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
    let n = 0;
    const write = (name: string, body: string | Buffer) => fs.writeFileSync(path.join(folder, name), body);
    for (let i = 0; i < 119; i++) write(`${String(n).padStart(3, '0')}-text.txt`, text(n++));
    for (let i = 0; i < 30; i++) write(`sub/${String(n).padStart(3, '0')}-note.md`, `# Meldung ${n}\n\n${text(n++).split('\n').slice(1).join('\n\n')}`);
    for (let i = 0; i < 30; i++) write(`${String(n).padStart(3, '0')}-page.html`, html(n++));
    write('200-word.docx', fs.readFileSync(path.join(FIXTURES, 'article.docx')));
    write('201-paper.pdf', fs.readFileSync(path.join(FIXTURES, 'article.pdf')));
    for (let i = 0; i < 5; i++) write(`3${i}0-copy.txt`, text(i)); // copies of the first five
    for (let i = 0; i < 5; i++) write(`4${i}0-empty.txt`, i % 2 ? '   \n\t ' : '');
    for (let i = 0; i < 4; i++) write(`5${i}0-image.png`, fs.readFileSync(path.join(FIXTURES, 'pixel.png')));
    for (let i = 0; i < 3; i++) write(`6${i}0-archive.zip`, fs.readFileSync(path.join(FIXTURES, 'not-a-docx.zip')));
    for (let i = 0; i < 2; i++) write(`7${i}0-scan.pdf`, fs.readFileSync(path.join(FIXTURES, 'scan-no-text.pdf')));
    write('.hidden-notes.txt', 'hidden files are skipped');

    // The Word and PDF fixtures carry the same article text: one of them is a duplicate.
    const docxHash = contentHash((await parseDocument({ bytes: fs.readFileSync(path.join(FIXTURES, 'article.docx')), fileName: 'a.docx' })).text);
    const pdfHash = contentHash((await parseDocument({ bytes: fs.readFileSync(path.join(FIXTURES, 'article.pdf')), fileName: 'a.pdf' })).text);
    const officeDuplicates = docxHash === pdfHash ? 1 : 0;

    // Some files fail, so the command exits 1 (scripts see it) and still prints its summary.
    // Run from outside the repository, as an installed command would be.
    const { code, stdout, stderr } = await run(process.execPath, [BIN, 'import', folder, '--json', '--db', path.join(dir, 'claimdesk.db')], { maxBuffer: 64 * 1024 * 1024, cwd: dir }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as { imported: number; duplicates: number; failed: number; skipped: number; results: Array<{ target: string; status: string; reason?: string }> };
    expect(summary.results).toHaveLength(200);
    expect(summary.imported).toBe(119 + 30 + 30 + 2 - officeDuplicates);
    expect(summary.duplicates).toBe(5 + officeDuplicates);
    // Images and archives are no documents: skipped with their reason. The rest failed.
    expect(summary.failed).toBe(7);
    expect(summary.skipped).toBe(7);
    const skipped = summary.results.filter((r) => r.status === 'skipped');
    expect(skipped.filter((r) => r.target.endsWith('-image.png')).every((r) => /PNG image/.test(r.reason!))).toBe(true);
    expect(skipped.filter((r) => r.target.endsWith('-archive.zip')).every((r) => /ZIP archive/.test(r.reason!))).toBe(true);
    const failed = summary.results.filter((r) => r.status === 'failed');
    for (const r of failed) expect(r.reason, r.target).toMatch(/\w{4,}/);
    expect(failed.filter((r) => r.target.endsWith('-empty.txt')).every((r) => /empty|no text/i.test(r.reason!))).toBe(true);
    expect(failed.filter((r) => r.target.endsWith('-scan.pdf')).every((r) => /text layer|scanned/i.test(r.reason!))).toBe(true);
    expect(summary.results.some((r) => r.target.includes('.hidden'))).toBe(false);
    expect(stderr).toMatch(/\[1\/200\]/);

    const list = JSON.parse((await run(process.execPath, [BIN, 'list', '--json', '--db', path.join(dir, 'claimdesk.db')])).stdout) as { articles: Array<{ claimCount: number; publisher: string | null }> };
    expect(list.articles).toHaveLength(summary.imported);
    expect(list.articles.every((a) => a.claimCount > 0)).toBe(true);
    expect(list.articles.filter((a) => a.publisher === 'Stadtkurier')).toHaveLength(30);
  });
});
