// npx tsx scripts/extraction-golden.ts save|check DIR [--de CORPUS.jsonl] [--en CORPUS.jsonl] [--quick]
// A golden check for changes that must leave extraction's output byte-identical (speed work):
// `save` writes extractClaims' JSON for every fixture text (each with its language and with
// language detection), the first 400 articles of a German corpus (`sentences`), the articles of
// an English one (`paragraphs` of `{text}`), and the extraction bench's 1 MB and 10 MB inputs
// (`--quick`: 1 MB only); `check` recomputes them and names every input whose output differs
// (writing the new JSON beside the old as .new). Corpora are dev-only and passed by path; never
// part of npm test.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../src/main/core/extraction';

type Input = { name: string; text: string; language: 'de' | 'en' | undefined };

const args = process.argv.slice(2);
const [mode, dir] = args;
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if ((mode !== 'save' && mode !== 'check') || !dir) {
  console.error('usage: npx tsx scripts/extraction-golden.ts save|check DIR [--de CORPUS.jsonl] [--en CORPUS.jsonl] [--quick]');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const MB = 1024 * 1024;
const inputs: Input[] = [];
for (const sub of ['tests/fixtures/extraction', 'tests/fixtures/extraction-blind', 'tests/fixtures/seed']) {
  for (const f of readdirSync(path.join(root, sub)).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(root, sub, f), 'utf8');
    inputs.push({ name: `${sub}/${f}`, text, language: f.includes('.de.') ? 'de' : 'en' });
    inputs.push({ name: `${sub}/${f}#detected`, text, language: undefined });
  }
}
const jsonl = (file: string): Record<string, unknown>[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const de = option('--de');
if (de) for (const a of jsonl(de).slice(0, 400)) inputs.push({ name: `de:${String(a.id)}`, text: (a.sentences as string[]).join(' '), language: 'de' });
const en = option('--en');
if (en) {
  for (const a of jsonl(en)) {
    const text = (a.paragraphs as { text: string }[][]).map((p) => p.map((s) => s.text).join(' ')).join('\n\n');
    inputs.push({ name: `en:${String(a.id)}`, text, language: 'en' });
  }
}
// The bench's inputs, built as bench/extraction.ts builds them.
const fixtures = path.join(root, 'tests/fixtures/extraction');
const build = (paragraphs: readonly string[], size: number): string => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < size; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join('\n');
};
const paragraphsOf = (texts: string[]): string[] => texts.flatMap((t) => t.split('\n')).filter((p) => p.trim().length > 0);
const germanTexts = readdirSync(fixtures).filter((f) => f.endsWith('.de.txt')).map((f) => readFileSync(path.join(fixtures, f), 'utf8'));
germanTexts.push(readFileSync(path.join(root, 'tests/fixtures/seed/putin-xi-trump.de.txt'), 'utf8'));
const german = paragraphsOf(germanTexts);
const english = paragraphsOf(readdirSync(fixtures).filter((f) => f.endsWith('.en.txt')).map((f) => readFileSync(path.join(fixtures, f), 'utf8')));
inputs.push({ name: 'bench-de-1MB', text: build(german, MB), language: 'de' });
if (!args.includes('--quick')) {
  inputs.push({ name: 'bench-de-10MB', text: build(german, 10 * MB), language: 'de' });
  inputs.push({ name: 'bench-en-10MB', text: build(english, 10 * MB), language: 'en' });
}

mkdirSync(dir, { recursive: true });
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
let differ = 0;
for (const input of inputs) {
  const json = JSON.stringify(extractClaims(input.text, input.language ? { language: input.language } : {}));
  const file = path.join(dir, `${input.name.replace(/[^\w.-]+/g, '_')}.json`);
  if (mode === 'save') writeFileSync(file, json);
  else if (!existsSync(file) || sha(readFileSync(file, 'utf8')) !== sha(json)) {
    differ++;
    console.log(`differs: ${input.name}`);
    writeFileSync(`${file}.new`, json);
  }
}
console.log(mode === 'save' ? `saved ${inputs.length} outputs in ${dir}` : `${inputs.length} inputs, ${differ} differ`);
if (differ) process.exitCode = 1;
