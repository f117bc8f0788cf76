// Realistic German news text for benchmarks, built from the seed article and the extraction
// fixtures: paragraphs shuffled and numbered so that every article is distinct.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export function germanParagraphs(): string[] {
  const files = [path.join(ROOT, 'tests', 'fixtures', 'seed', 'putin-xi-trump.de.txt')];
  const fixtureDir = path.join(ROOT, 'tests', 'fixtures', 'extraction');
  if (fs.existsSync(fixtureDir)) {
    for (const f of fs.readdirSync(fixtureDir)) if (f.endsWith('.de.txt')) files.push(path.join(fixtureDir, f));
  }
  return files.flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .map((p) => p.trim())
      .filter((p) => p.length > 40),
  );
}

/** A deterministic pseudo-random generator, so every run measures the same text. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An article of about `bytes` UTF-8 bytes, unique by its number. */
export function germanArticle(n: number, bytes = 3000, paragraphs = germanParagraphs()): string {
  const rand = seeded(n + 1);
  const out: string[] = [`Meldung Nr. ${n + 1}: Bericht aus Berlin`];
  let size = out[0]!.length;
  while (size < bytes) {
    const p = paragraphs[Math.floor(rand() * paragraphs.length)]!;
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

/** About `megabytes` MB of German news text. */
export function germanText(megabytes: number): string {
  const paragraphs = germanParagraphs();
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    size += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}
