// Experiment (not part of the app): out-of-fold logits of one model kind on the ClaimBuster folds
// the training script uses (same seed, duplicates share a fold), written to a JSON file for
// combine-f1.ts. Kinds: words (the shipped recipe), plain (words without length normalisation),
// tri (+ word trigrams), chars (character 3–5-grams of the sentence), wchars (character 3–5-grams
// inside words, counted), handonly. L2 and EPOCHS from the environment.
//   npx tsx scripts/checkworthiness/experiments/f1-folds.ts CLAIMBUSTER.jsonl words words.json
import { readFileSync, writeFileSync } from 'node:fs';
import { sentenceFeatures, wordKeys, wordScale } from '../../../src/main/core/extraction/checkworthiness-features';
import { lexiconFor } from '../../../src/main/core/extraction/lexicon';
import { tokenize } from '../../../src/main/core/extraction/tokens';
import { fit, logit, type Example } from '../logistic';
import { groupedFolds } from '../holdout';

const [file, which, out] = process.argv.slice(2) as [string, string, string];
const SEED = 20261204;
const recs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; checkworthy: boolean })
  .sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
const en = lexiconFor('en');
const foldOf = groupedFolds(recs.map((r) => r.text), 10, SEED);
function chars(text: string): string[] {
  const s = ` ${text.toLowerCase().replace(/\d/g, '0').replace(/\s+/g, ' ')} `;
  const set = new Set<string>();
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) set.add('#' + s.slice(i, i + n));
  return [...set];
}
function trigrams(forms: string[]): string[] {
  const out: string[] = [];
  const f = ['^', ...forms];
  for (let i = 0; i + 2 < f.length; i++) out.push(`${f[i]}_${f[i + 1]}_${f[i + 2]}`);
  return out;
}
const rows = recs.map((r) => {
  const f = sentenceFeatures(tokenize(r.text, 0, r.text.length), en, () => false, 'words');
  let keys: string[];
  let scale: number;
  if (which === 'words') { keys = wordKeys(f.forms); scale = wordScale(f.forms.length); }
  else if (which === 'chars') { keys = chars(r.text); scale = 3 / Math.sqrt(Math.max(1, keys.length)); }
  else if (which === 'tri') { keys = [...wordKeys(f.forms), ...trigrams(f.forms)]; scale = 3 / Math.sqrt(Math.max(1, keys.length)); }
  else if (which === 'wchars') { keys = f.forms.flatMap((w) => { const s = `<${w}>`; const o: string[] = []; for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) o.push('#' + s.slice(i, i + n)); return o; }); scale = 3 / Math.sqrt(Math.max(1, keys.length)); }
  else if (which === 'plain') { keys = wordKeys(f.forms); scale = 1; }
  else if (which === 'handonly') { keys = []; scale = 1; }
  else throw new Error(which);
  return { hand: f.hand, keys, lexicalScale: scale, y: (r.checkworthy ? 1 : 0) as 0 | 1, weight: 1 };
});
const l2 = Number(process.env.L2 ?? 0.001), epochs = Number(process.env.EPOCHS ?? 20);
const z = new Array<number>(rows.length).fill(0);
const t0 = performance.now();
for (let f = 0; f < 10; f++) {
  const tr: Example[] = rows.filter((_, i) => foldOf[i] !== f);
  const m = fit(tr, { l2, epochs, rate: 0.05, seed: SEED, minCount: 2 });
  rows.forEach((r, i) => { if (foldOf[i] === f) z[i] = logit(m, r.hand, r.keys, r.lexicalScale); });
  process.stderr.write(`fold ${f} ${((performance.now() - t0) / 1000).toFixed(0)}s\n`);
}
writeFileSync(out, JSON.stringify({ which, l2, epochs, z, y: rows.map((r) => r.y), fold: [...foldOf], hand: rows.map((r) => r.hand) }));
