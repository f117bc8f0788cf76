// Bulk import through the CLI: 10,000 articles of about 3 KB (with extraction) into an empty
// store, against extraction plus a bare better-sqlite3 insert of the same rows.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../src/main/core/extraction';
import { newId } from '../src/main/core/ids';
import { normaliseText } from '../src/main/core/import/normalise';
import { openStore } from '../src/main/core/store/database';
import { tempDir } from '../tests/helpers/temp-app';
import { germanArticle, germanParagraphs } from './corpus';

const BIN = path.resolve(__dirname, '..', 'bin', 'claimdesk.js');

export async function benchImport(count = 10_000): Promise<Record<string, string | number>> {
  const dir = tempDir('claimdesk-bench-import-');
  const filesDir = path.join(dir, 'articles');
  fs.mkdirSync(filesDir);
  const paragraphs = germanParagraphs();
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = germanArticle(i, 3000, paragraphs);
    texts.push(text);
    fs.writeFileSync(path.join(filesDir, `article-${String(i).padStart(5, '0')}.txt`), text);
  }

  let t = performance.now();
  const out = execFileSync(process.execPath, [BIN, 'import', filesDir, '--json', '--quiet', '--db', path.join(dir, 'cli.db')], { maxBuffer: 512 * 1024 * 1024 });
  const cliMs = performance.now() - t;
  const summary = JSON.parse(out.toString()) as { imported: number; failed: number };
  if (summary.imported !== count) throw new Error(`import bench: imported ${summary.imported} of ${count} (${summary.failed} failed)`);

  // The floor: the same extraction, and the same rows through bare prepared statements,
  // one transaction per article, in process and in one thread, with the same pragmas and ids
  // as the store.
  const store = await openStore(path.join(dir, 'bare.db'));
  const insertArticle = store.sqlite.prepare(
    'insert into articles (id, title, text, language, content_hash, imported_at) values (?, ?, ?, ?, ?, ?)',
  );
  const insertClaim = store.sqlite.prepare(
    'insert into claims (id, article_id, start, "end", text, claimant, claimant_role, kind, checkworthiness, checkworthiness_reasons, claim_type, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  t = performance.now();
  const now = new Date().toISOString();
  for (const raw of texts) {
    const text = normaliseText(raw);
    const { language, claims } = extractClaims(text);
    const id = newId();
    store.sqlite.transaction(() => {
      insertArticle.run(id, text.slice(0, 80), text, language, createHash('sha256').update(text).digest('hex'), now);
      for (const c of claims) {
        insertClaim.run(newId(), id, c.start, c.end, c.text, c.claimant, c.claimantRole, c.kind, c.checkworthiness, JSON.stringify(c.reasons), c.type, now, now);
      }
    })();
  }
  const bareMs = performance.now() - t;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });

  return {
    [`import: ${count} articles of ~3 KB via CLI (s)`]: Number((cliMs / 1000).toFixed(2)),
    'import: articles per second via CLI': Math.round(count / (cliMs / 1000)),
    'import: extraction + bare insert, articles per second': Math.round(count / (bareMs / 1000)),
    'import: ratio CLI time / (extraction + bare insert)': Number((cliMs / bareMs).toFixed(2)),
  };
}

if (require.main === module) {
  void benchImport(Number(process.argv[2] ?? 10_000)).then((r) => console.table(r));
}
