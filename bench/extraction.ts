// Extraction throughput on German news text built from the fixtures: 1 MB and 10 MB, the
// 10 MB/1 MB time ratio (linear means ~10x), and the ratio to bare per-paragraph
// Intl.Segmenter over the same text (how much the rules cost on top of segmentation).
// Every figure is the median of several timed passes after a warm-up, with process CPU time
// (user + system) beside wall time. Reports only; never asserts. Run alone with `npx tsx bench/extraction.ts`.
//
// The figures without "as built" time the modules as tsx loads them: each file compiled to CommonJS
// on its own, every call into another module read through that module's export getters. The app
// runs the extraction bundled (electron-vite / vite): CommonJS chunks, plain calls inside each. The
// "as built" figures time that code: the CLI build, made here from the same sources with the same
// config (see builtExtraction; s24: 20–35% less CPU than under tsx on German 1 MB, the same output).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { extractClaims } from '../src/main/core/extraction';
import { readModelFile } from '../src/main/core/extraction/model-file';
import { LinearScorer } from '../src/main/core/extraction/scorer';

type Figures = Record<string, string | number>;

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, '..', 'tests', 'fixtures', 'extraction');
const weights = path.resolve(here, '..', 'src', 'main', 'core', 'extraction', 'checkworthiness.model.json');
const MB = 1024 * 1024;

function germanParagraphs(): string[] {
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.de.txt'));
  const seed = path.resolve(here, '..', 'tests', 'fixtures', 'seed', 'putin-xi-trump.de.txt');
  const texts = files.map((f) => readFileSync(path.join(fixtures, f), 'utf8'));
  texts.push(readFileSync(seed, 'utf8'));
  return texts.flatMap((t) => t.split('\n')).filter((p) => p.trim().length > 0);
}

/** Whole articles repeated until the text reaches `bytes` characters (close to bytes for German). */
function buildText(paragraphs: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    parts.push(p);
    length += p.length + 1;
  }
  return parts.join('\n');
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function bareSegmenter(text: string): number {
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  let n = 0;
  for (const para of text.split('\n')) for (const s of segmenter.segment(para)) if (s.segment) n++;
  return n;
}

/** Wall and process CPU time (user + system, all threads: GC helpers count) of one call, in ms. */
function measure(fn: () => void): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * `runs` timed passes (after the caller's warm-up); wall and CPU medians. One pass on a shared
 * machine scatters ±15%; the median of several is steadier, and CPU time leaves out the time
 * other processes had the core (it still counts what a busy machine slows: caches, GC threads).
 */
function repeated(runs: number, fn: () => void): { wall: number; cpu: number } {
  const all = Array.from({ length: runs }, () => measure(fn));
  return { wall: median(all.map((r) => r.wall)), cpu: median(all.map((r) => r.cpu)) };
}

type Extract = typeof extractClaims;

/**
 * The extraction as the CLI and serve host ship it: out/cli built by vite.cli.config.mts (CommonJS
 * chunks, the extraction in one of them since session 27 (EXTRACTION_CHUNKING), the German noun list copied beside them), here
 * into a temporary directory, and its extraction chunk required from there. One German and one
 * English sentence run before the directory goes (they load everything a later text needs: the
 * noun list, the models). Electron's out/main is built by electron-vite with the same bundler and
 * output format.
 *
 * Session 26: up to session 25 this timed an ES-module lib bundle of the extraction; a CommonJS one
 * had once measured 2.9 MB/s against its 4.3 (one run each, 10 MB German, on a loaded machine).
 * Under cachegrind (load-independent) the CommonJS code is not slower: 1 MB German per pass
 * 2.28 G instructions as the ES bundle, 2.16 G as a single CommonJS bundle, 2.22 G as out/cli ships
 * it (57fb5c6). The gap was the load, not the format; this figure now times what ships.
 * Session 27: the CLI split the extraction over two chunks (people-*.js held tokens, lexicons and
 * phrases) and every rule's call into them read an export getter; in one chunk, 1 MB German per pass
 * 2.12 G instructions against 2.26 G (the same as under tsx, 2.12 G).
 */
export async function builtExtraction(): Promise<Extract> {
  const root = path.resolve(here, '..');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimdesk-bench-extraction-'));
  try {
    const result = await build({
      configFile: path.join(root, 'vite.cli.config.mts'),
      root,
      logLevel: 'silent',
      build: { outDir: dir, emptyOutDir: true },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Array<{ output?: Array<{ type: string; fileName: string; exports?: string[] }> }>;
    const chunks = outputs.flatMap((r) => r.output ?? []).filter((c) => c.type === 'chunk' && c.exports?.includes('extractClaims'));
    if (chunks.length !== 1) throw new Error(`the CLI build gave ${chunks.length} chunks exporting extractClaims`);
    const mod = createRequire(import.meta.url)(path.join(dir, chunks[0]!.fileName)) as { extractClaims: Extract };
    mod.extractClaims('Der Zeuge sagte, es habe geregnet.', { language: 'de' });
    mod.extractClaims('The witness said it had rained.', { language: 'en' });
    return mod.extractClaims;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs per size: five of 1 MB, three of 10 MB (about 40 s in all on a quiet machine). */
const RUNS_1MB = 5;
const RUNS_10MB = 3;

/**
 * English news and debate text from the fixtures (the English model reads words, the German one
 * concepts). With `newsOnly` the debate transcript is left out: its speaker labels come first and
 * make the whole joined text read as a transcript, so the mixed text never reaches the news
 * attribution rules; the news-only text measures them.
 */
function englishParagraphs(newsOnly = false): string[] {
  return readdirSync(fixtures).filter((f) => f.endsWith('.en.txt') && !(newsOnly && f.startsWith('debate.')))
    .flatMap((f) => readFileSync(path.join(fixtures, f), 'utf8').split('\n')).filter((p) => p.trim().length > 0);
}

export async function benchExtraction(): Promise<Figures> {
  // The check-worthiness model as the app loads it at start-up, in a process that has not run
  // it yet: read, parse, check and compile the weights file.
  const modelLoad = time(() => new LinearScorer(readModelFile(weights)));
  const paragraphs = germanParagraphs();
  const one = buildText(paragraphs, MB);
  const ten = buildText(paragraphs, 10 * MB);
  // The first pass in a fresh process pays for compiling (about 3x a warm pass); it is printed
  // apart. Then warm up until the JIT has settled (three passes), as a long-running app is.
  const cold = time(() => extractClaims(one, { language: 'de' }));
  for (let i = 0; i < 3; i++) extractClaims(one, { language: 'de' });
  bareSegmenter(one);
  let claims1 = 0;
  let claims10 = 0;
  const r1 = repeated(RUNS_1MB, () => { claims1 = extractClaims(one, { language: 'de' }).claims.length; });
  const r10 = repeated(RUNS_10MB, () => { claims10 = extractClaims(ten, { language: 'de' }).claims.length; });
  const seg1 = median(Array.from({ length: RUNS_1MB }, () => time(() => bareSegmenter(one))));
  const tenEnglish = buildText(englishParagraphs(), 10 * MB);
  const oneEnglish = buildText(englishParagraphs(), MB);
  for (let i = 0; i < 3; i++) extractClaims(oneEnglish, { language: 'en' }); // warm-up, as for German
  const r10en = repeated(RUNS_10MB, () => extractClaims(tenEnglish, { language: 'en' }));
  const tenNews = buildText(englishParagraphs(true), 10 * MB);
  extractClaims(buildText(englishParagraphs(true), MB), { language: 'en' }); // warm the news rules too
  const r10news = repeated(RUNS_10MB, () => extractClaims(tenNews, { language: 'en' }));
  // The same German and English news text through the bundled code (see the top of this file).
  const built = await builtExtraction();
  for (let i = 0; i < 3; i++) built(one, { language: 'de' });
  let claimsBuilt = 0;
  const b10 = repeated(RUNS_10MB, () => { claimsBuilt = built(ten, { language: 'de' }).claims.length; });
  if (claimsBuilt !== claims10) throw new Error(`the bundled extraction found ${claimsBuilt} claims in 10 MB, the sources ${claims10}`);
  built(buildText(englishParagraphs(true), MB), { language: 'en' });
  const b10news = repeated(RUNS_10MB, () => built(tenNews, { language: 'en' }));
  const mb1 = one.length / MB;
  const mb10 = ten.length / MB;
  const round = (x: number): number => Math.round(x * 10) / 10;
  const t1 = r1.wall;
  const t10 = r10.wall;
  return {
    'check-worthiness model load at start-up (ms)': round(modelLoad),
    'extraction 1 MB, first pass in a fresh process (ms)': Math.round(cold),
    'extraction 1 MB (ms)': Math.round(t1),
    'extraction 10 MB (ms)': Math.round(t10),
    'extraction throughput 1 MB (MB/s)': round(mb1 / (t1 / 1000)),
    'extraction throughput 10 MB (MB/s)': round(mb10 / (t10 / 1000)),
    // CPU time is what the code costs; wall time also counts other processes on a busy machine.
    'extraction throughput 10 MB, CPU time (MB/s)': round(mb10 / (r10.cpu / 1000)),
    'extraction CPU 1 MB / 10 MB (ms)': `${Math.round(r1.cpu)} / ${Math.round(r10.cpu)}`,
    'extraction 10 MB / 1 MB time': round(t10 / t1),
    'extraction 10 MB / 1 MB CPU time': round(r10.cpu / r1.cpu),
    'extraction throughput 10 MB English (MB/s)': round(tenEnglish.length / MB / (r10en.wall / 1000)),
    'extraction throughput 10 MB English, CPU time (MB/s)': round(tenEnglish.length / MB / (r10en.cpu / 1000)),
    'extraction throughput 10 MB English news (MB/s)': round(tenNews.length / MB / (r10news.wall / 1000)),
    'extraction throughput 10 MB English news, CPU time (MB/s)': round(tenNews.length / MB / (r10news.cpu / 1000)),
    'extraction throughput 10 MB, as built (MB/s)': round(mb10 / (b10.wall / 1000)),
    'extraction throughput 10 MB, as built, CPU time (MB/s)': round(mb10 / (b10.cpu / 1000)),
    'extraction throughput 10 MB English news, as built (MB/s)': round(tenNews.length / MB / (b10news.wall / 1000)),
    'extraction throughput 10 MB English news, as built, CPU time (MB/s)': round(tenNews.length / MB / (b10news.cpu / 1000)),
    'extraction runs timed (1 MB / 10 MB, medians)': `${RUNS_1MB} / ${RUNS_10MB}`,
    'load average (1 min) at the end': round(os.loadavg()[0] ?? 0),
    'bare Intl.Segmenter 1 MB (ms)': Math.round(seg1),
    'extraction / bare segmenter': round(t1 / seg1),
    'claims 1 MB': claims1,
    'claims 10 MB': claims10,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchExtraction().then((figures) => {
    for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(40)} ${v}`);
  }, (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
