// The built command (out/cli) with the German noun list as a data file beside its chunks: an
// English extraction never reads it, a German one reads it once and uses it; the Electron
// build (out/main) carries the same file where its chunks look for it. A probe loaded with
// --require records every file the process reads with readFileSync.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { germanNounsCandidates } from '../../src/main/core/extraction/nouns.de';
import { tempDir } from '../helpers/temp-app';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'claimdesk.js');
const SOURCE_LIST = path.join(ROOT, 'src', 'main', 'core', 'extraction', 'nouns.de.txt');

async function extractWithProbe(text: string, lang: 'de' | 'en') {
  const dir = tempDir('claimdesk-nouns-');
  const article = path.join(dir, `article.${lang}.txt`);
  const reads = path.join(dir, 'reads.json');
  const probe = path.join(dir, 'probe.cjs');
  fs.writeFileSync(article, text);
  fs.writeFileSync(
    probe,
    `const fs = require('fs'); const read = fs.readFileSync; const seen = [];
fs.readFileSync = function (file, ...rest) { if (typeof file === 'string') seen.push(file); return read.call(this, file, ...rest); };
process.on('exit', () => fs.writeFileSync(${JSON.stringify(reads)}, JSON.stringify(seen)));\n`,
  );
  const { stdout } = await run(process.execPath, ['--require', probe, BIN, 'extract', article, '--json', '--lang', lang], { maxBuffer: 16 * 1024 * 1024 });
  const read = (JSON.parse(fs.readFileSync(reads, 'utf8')) as string[]).filter((f) => f.endsWith('nouns.de.txt'));
  return { claims: (JSON.parse(stdout) as { claims: Array<{ claimant: string | null; claimantRole: string | null }> }).claims, read };
}

describe('the German noun list in the builds', () => {
  it('the built CLI reads it once for German text, from out/cli, and uses it', async () => {
    const { claims, read } = await extractWithProbe('Der Imker Tobias Renner sagte, die Bienen seien nach dem Winter gesund.\n', 'de');
    expect(read).toEqual([path.join(ROOT, 'out', 'cli', 'nouns.de.txt')]);
    expect(claims[0]).toMatchObject({ claimant: 'Tobias Renner', claimantRole: 'Imker' });
  }, 60000);

  it('the built CLI never reads it for English text', async () => {
    const { claims, read } = await extractWithProbe('The ferry operator said the crossing would resume on Monday after repairs.\n', 'en');
    expect(claims.length).toBeGreaterThan(0);
    expect(read).toEqual([]);
  }, 60000);

  it('no built chunk carries the list inline; out/main and out/cli carry it as the file, where their chunks look', () => {
    for (const out of ['out/cli', 'out/main', 'out/main/chunks']) {
      for (const f of fs.readdirSync(path.join(ROOT, out)).filter((f) => f.endsWith('.js'))) {
        // A run of front-coded lines from the list's first block: present only if the list were bundled.
        expect(fs.readFileSync(path.join(ROOT, out, f), 'utf8').includes('|aachener'), `${out}/${f}`).toBe(false);
      }
    }
    const source = fs.readFileSync(SOURCE_LIST);
    const extractionChunkDirs = [path.join(ROOT, 'out', 'cli'), path.join(ROOT, 'out', 'main', 'chunks')];
    for (const dir of extractionChunkDirs) {
      const found = germanNounsCandidates(dir).find((f) => fs.existsSync(f));
      expect(found, dir).toBeDefined();
      expect(fs.readFileSync(found!).equals(source)).toBe(true);
    }
  });
});
