// The fact-check library at scale: 1,000,000 fact-checks (BENCH_FACTCHECKS to change) in a
// ClaimReview DataFeed file, imported through the real streaming importer from disk; the
// database's growth per fact-check; and matching one claim against the library (p50 / p95
// over 200 claims: half paraphrases of imported fact-checks, half unseen claims).
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../src/main/core/app';
import { importFactChecks, matchText } from '../src/main/core/services/factcheck.service';
import { tempDir } from '../tests/helpers/temp-app';

const N = Number(process.env.BENCH_FACTCHECKS ?? 1_000_000);
const QUERIES = 200;

/** A deterministic generator, so runs compare. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Vocabularies of made-up but pronounceable words: many distinct terms, Zipf-distributed use.
function vocabulary(rand: () => number, size: number, german: boolean): string[] {
  const onsets = german ? ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'z', 'sch', 'st', 'br', 'kr', 'pf'] : ['b', 'c', 'd', 'f', 'g', 'h', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'th', 'st', 'cr', 'pl'];
  const vowels = german ? ['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'ei', 'au'] : ['a', 'e', 'i', 'o', 'u', 'ea', 'oo', 'ai'];
  const codas = german ? ['', 'n', 'r', 'l', 'ng', 'st', 'cht', 'nd'] : ['', 'n', 'r', 'l', 'ng', 'st', 'ck', 'nd'];
  const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)]!;
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += pick(onsets) + pick(vowels) + pick(codas);
    words.add(w);
  }
  return [...words];
}

function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rand() * Math.log(n + 1)) - 1));
}

function claimText(rand: () => number, vocab: string[], german: boolean): string {
  const words = Array.from({ length: 9 + Math.floor(rand() * 8) }, () => vocab[zipf(rand, vocab.length)]!);
  const number = `${Math.floor(rand() * 1000)}${german ? ',' : '.'}${Math.floor(rand() * 10)}`;
  const year = 1990 + Math.floor(rand() * 35);
  const verb = german ? (rand() < 0.5 ? 'stieg' : 'sank') : rand() < 0.5 ? 'rose' : 'fell';
  const [first, ...rest] = words;
  return german
    ? `${first![0]!.toUpperCase()}${first!.slice(1)} ${rest.slice(0, 4).join(' ')} ${verb} ${year} um ${number} Prozent ${rest.slice(4).join(' ')}.`
    : `${first![0]!.toUpperCase()}${first!.slice(1)} ${rest.slice(0, 4).join(' ')} ${verb} ${number} per cent in ${year} ${rest.slice(4).join(' ')}.`;
}

async function writeFeed(file: string, rand: () => number, vocab: { de: string[]; en: string[] }): Promise<string[]> {
  const out = fs.createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  const samples: string[] = [];
  await write('{"@context":"https://schema.org","@type":"DataFeed","dataFeedElement":[');
  for (let i = 0; i < N; i++) {
    const german = i % 2 === 0;
    const text = claimText(rand, german ? vocab.de : vocab.en, german);
    if (i % Math.max(1, Math.floor(N / QUERIES)) === 0 && samples.length < QUERIES / 2) samples.push(text);
    const review = {
      '@type': 'ClaimReview',
      url: `https://factchecks.example.org/${german ? 'de' : 'en'}/${i}`,
      claimReviewed: text,
      datePublished: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      inLanguage: german ? 'de' : 'en',
      author: { '@type': 'Organization', name: ['Correctiv', 'dpa-Faktencheck', 'Full Fact', 'AFP', 'PolitiFact'][i % 5] },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: `Person ${i % 5000}` } },
      reviewRating: { '@type': 'Rating', ratingValue: String(1 + (i % 5)), bestRating: '5', worstRating: '1', alternateName: ['Falsch', 'Irreführend', 'Unbelegt', 'Größtenteils richtig', 'Richtig'][i % 5] },
    };
    await write(`${i ? ',' : ''}{"@type":"DataFeedItem","item":[${JSON.stringify(review)}]}`);
  }
  await write(']}');
  await new Promise<void>((resolve) => out.end(resolve));
  return samples;
}

function fileBytes(dbPath: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (fs.existsSync(dbPath + suffix) ? fs.statSync(dbPath + suffix).size : 0), 0);
}

export async function benchFactchecks(): Promise<Record<string, string | number>> {
  const dir = tempDir('claimdesk-bench-fc-');
  const rand = random(12);
  const vocab = { de: vocabulary(rand, 30_000, true), en: vocabulary(rand, 30_000, false) };
  const feed = path.join(dir, 'feed.json');
  const samples = await writeFeed(feed, rand, vocab);
  const feedMb = fs.statSync(feed).size / 1024 / 1024;

  const dbPath = path.join(dir, 'claimdesk.db');
  const app = await openApp(dbPath, { host: 'cli', defaultActor: 'bench' });
  try {
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileBytes(dbPath);
    const t0 = performance.now();
    const summary = await importFactChecks(app.context, { path: feed }, 'feed.json');
    const seconds = (performance.now() - t0) / 1000;
    app.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const growth = (fileBytes(dbPath) - before) / summary.imported;

    // Paraphrase-ish queries: the sample with a word dropped and the number written another way.
    const queries = [
      ...samples.map((s) => s.split(' ').filter((_, i) => i !== 2).join(' ')),
      ...Array.from({ length: QUERIES - samples.length }, (_, i) => claimText(rand, i % 2 ? vocab.en : vocab.de, i % 2 === 0)),
    ];
    await matchText(app.context, queries[0]!, undefined); // warm: first statements prepared, desk in step
    const times: number[] = [];
    let found = 0;
    for (const [i, q] of queries.entries()) {
      const t = performance.now();
      const matches = await matchText(app.context, q, i < samples.length ? 'de' : i % 2 === 0 ? 'de' : 'en');
      times.push(performance.now() - t);
      if (i < samples.length && matches[0]?.claimReviewed === samples[i]) found++;
    }
    times.sort((a, b) => a - b);
    return {
      'fact-checks imported': `${summary.imported.toLocaleString('en')} (refused ${summary.refused}) from a ${feedMb.toFixed(0)} MB DataFeed`,
      'import rate (target ≥ 5,000/s)': `${Math.round(summary.imported / seconds).toLocaleString('en')} fact-checks/s (${seconds.toFixed(1)} s)`,
      'database growth per fact-check (target ≤ 2 KB)': `${(growth / 1024).toFixed(2)} KB`,
      'match one claim, p50 / p95 (target p95 < 100 ms)': `${times[Math.floor(times.length / 2)]!.toFixed(1)} / ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms over ${times.length}`,
      'paraphrased samples found first': `${found}/${samples.length}`,
    };
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
