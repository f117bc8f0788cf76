// npm run eval:matching -- PATH: how well "checked before?" matching does on a labelled set
// (tests/fixtures/matching/pairs.tsv; format in its README). Builds a fresh library in a temp
// database through the real importer, matches every claim through the real service, and
// prints precision@1 and recall@5, by language and kind, with the misses. Never part of npm test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { importFactChecks, matchText } from '../src/main/core/services/factcheck.service';
import { SAME_CLAIM_MIN } from '../src/main/core/factchecks/similarity';

interface Query {
  text: string;
  language: 'de' | 'en';
  expected: string | null;
  kind: string;
  ref: string;
}

function readSet(file: string) {
  const factChecks: Array<{ id: string; text: string }> = [];
  const queries: Query[] = [];
  for (const [n, line] of fs.readFileSync(file, 'utf8').split(/\r?\n/).entries()) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [type, key, text] = line.split('\t');
    if (!type || !key || !text) throw new Error(`${file}:${n + 1}: expected three tab-separated columns`);
    const [kind, ref] = type === 'N' ? key.split(':') : ['paraphrase', key];
    const language = ref!.slice(0, 2) as 'de' | 'en';
    if (type === 'F') factChecks.push({ id: key, text });
    else if (type === 'P' || type === 'N') queries.push({ text, language, expected: type === 'P' ? key : null, kind: kind!, ref: ref! });
    else throw new Error(`${file}:${n + 1}: unknown line type ${type}`);
  }
  return { factChecks, queries };
}

const urlOf = (id: string) => `https://eval.example.org/${id}`;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

async function main() {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('Usage: npm run eval:matching -- tests/fixtures/matching/pairs.tsv\n');
    process.exit(2);
  }
  const { factChecks, queries } = readSet(path.resolve(file));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdesk-eval-'));
  const app = await openApp(path.join(dir, 'eval.db'), { host: 'cli', defaultActor: 'eval' });
  try {
    const feed = factChecks.map((f) => ({
      '@type': 'ClaimReview',
      url: urlOf(f.id),
      claimReviewed: f.text,
      inLanguage: f.id.slice(0, 2),
      author: { name: 'Eval' },
      reviewRating: { alternateName: 'Rated', ratingValue: 1 },
    }));
    const imported = await importFactChecks(app.context, { bytes: Buffer.from(JSON.stringify(feed)) }, 'eval');
    if (imported.imported !== factChecks.length) throw new Error(`imported ${imported.imported} of ${factChecks.length}: ${JSON.stringify(imported.refusedRows)}`);

    const idOf = new Map(factChecks.map((f) => [urlOf(f.id), f.id]));
    const rows: Array<{ q: Query; top: string | null; topSim: number; ranked: string[]; ms: number }> = [];
    for (const q of queries) {
      const t0 = performance.now();
      const matches = await matchText(app.context, q.text, q.language, { limit: 5 });
      const ms = performance.now() - t0;
      const ranked = matches.map((m) => idOf.get(m.url ?? '') ?? '?');
      const same = matches[0] && matches[0].similarity >= SAME_CLAIM_MIN;
      rows.push({ q, top: same ? ranked[0]! : null, topSim: matches[0]?.similarity ?? 0, ranked, ms });
    }

    const report = (label: string, subset: typeof rows) => {
      const answered = subset.filter((r) => r.top !== null);
      const right = answered.filter((r) => r.top === r.q.expected);
      const positives = subset.filter((r) => r.q.expected);
      const found5 = positives.filter((r) => r.ranked.includes(r.q.expected!));
      const negatives = subset.filter((r) => !r.q.expected);
      const abstained = negatives.filter((r) => r.top === null);
      process.stdout.write(
        `${label.padEnd(22)} pairs ${String(subset.length).padStart(3)}  P@1 ${pct(right.length, answered.length).padStart(7)} (${right.length}/${answered.length})` +
          `  R@5 ${pct(found5.length, positives.length).padStart(7)} (${found5.length}/${positives.length})` +
          `  negatives kept apart ${pct(abstained.length, negatives.length).padStart(7)} (${abstained.length}/${negatives.length})\n`,
      );
    };
    process.stdout.write(`Library: ${factChecks.length} fact-checks; ${queries.length} labelled claim / fact-check pairs; "checked before" at similarity ≥ ${SAME_CLAIM_MIN}\n\n`);
    report('all', rows);
    for (const language of ['de', 'en']) report(`  ${language}`, rows.filter((r) => r.q.language === language));
    for (const kind of [...new Set(queries.map((q) => q.kind))]) report(`  ${kind}`, rows.filter((r) => r.q.kind === kind));
    const times = rows.map((r) => r.ms).sort((a, b) => a - b);
    process.stdout.write(`\nmatch time: p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms\n`);

    const misses = rows.filter((r) => (r.q.expected ? r.top !== r.q.expected || !r.ranked.includes(r.q.expected) : r.top !== null));
    if (misses.length) process.stdout.write(`\nMisses (${misses.length}):\n`);
    for (const r of misses.slice(0, 60)) {
      process.stdout.write(`  [${r.q.kind}:${r.q.ref}] ${r.q.text}\n     expected ${r.q.expected ?? 'no match'}; top ${r.top ?? '—'} (${r.topSim}); top 5: ${r.ranked.join(', ') || '—'}\n`);
    }
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
