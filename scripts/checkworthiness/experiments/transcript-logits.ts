// Experiment (not part of the app): per-line logits for the CheckThat! transcripts,
// each from models that never saw the transcript, cached for context-model experiments (context-map.ts).
//   npx tsx scripts/checkworthiness/experiments/transcript-logits.ts CLAIMBUSTER.jsonl DEBATES.jsonl logits.json
import { readFileSync, writeFileSync } from 'node:fs';
import { sentenceFeatures, wordKeys, wordScale } from '../../../src/main/core/extraction/checkworthiness-features';
import { lexiconFor } from '../../../src/main/core/extraction/lexicon';
import { tokenize } from '../../../src/main/core/extraction/tokens';
import { fit, logit, type Example, type Fitted } from '../logistic';
import { sentencesInside } from '../holdout';

const [cbFile, ctFile, out] = process.argv.slice(2) as [string, string, string];
const SEED = 20261204;
const en = lexiconFor('en');
const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cb = (jsonl(cbFile) as { id: string; text: string; checkworthy: boolean }[]).sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
const ex = (text: string, y: boolean): Example => {
  const f = sentenceFeatures(tokenize(text, 0, text.length), en, () => false, 'words');
  return { hand: f.hand, keys: wordKeys(f.forms), lexicalScale: wordScale(f.forms.length), y: y ? 1 : 0, weight: 1 };
};
const cbRows = cb.map((r) => ex(r.text, r.checkworthy));
const ts = (jsonl(ctFile) as { id: string; lines: { speaker: string; text: string; checkworthy: boolean }[] }[]).sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((d) => ({ id: d.id, lines: d.lines.filter((l) => l.speaker !== 'SYSTEM') }));
const tRows = ts.map((t) => t.lines.map((l) => ex(l.text, l.checkworthy)));
const opts = { l2: 0.001, epochs: 20, rate: 0.05, seed: SEED, minCount: 2 };
let common: Fitted | null = null;
const result = ts.map((t, ti) => {
  const inside = new Set(sentencesInside(cb.map((r) => r.text), t.lines.map((l) => l.text)));
  const m = inside.size ? fit(cbRows.filter((_, i) => !inside.has(i)), opts) : (common ??= fit(cbRows, opts));
  // A words model trained on the other transcripts' "checked" label (leave-one-transcript-out).
  const dm = fit(tRows.filter((_, k) => k !== ti).flat(), { ...opts, epochs: Number(process.env.DEPOCHS ?? 4), l2: 0.0001 });
  process.stderr.write(`${t.id} ${inside.size}\n`);
  return { id: t.id, lines: t.lines.map((l, i) => ({ speaker: l.speaker, text: l.text, y: l.checkworthy, z: logit(m, tRows[ti]![i]!.hand, tRows[ti]![i]!.keys, tRows[ti]![i]!.lexicalScale), zd: logit(dm, tRows[ti]![i]!.hand, tRows[ti]![i]!.keys, tRows[ti]![i]!.lexicalScale), hand: tRows[ti]![i]!.hand })) };
});
writeFileSync(out, JSON.stringify(result));
