// Trains the check-worthiness model and writes its weights into the repository.
//
//   npm run train:checkworthiness -- --claimbuster PATH --debates PATH [--out FILE] [--dry-run]
//
// PATH are the ClaimBuster sentences (id, text, checkworthy) and the CLEF CheckThat! 2020
// transcripts (id, lines[speaker, text, checkworthy]) as JSON lines. Nothing is read unless given.
// It prints the cross-validated figures (10-fold F1 of the check-worthy class on ClaimBuster,
// leave-one-transcript-out MAP on the transcripts, a 10-bin reliability table of held-out
// scores), then fits on all the data and writes the weights. Seeds and orders are fixed: the same
// data gives the same file, byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractClaims } from '../src/main/core/extraction';
import { FEATURE_HASH, HAND_FEATURES, sentenceFeatures, wordKeys, wordScale } from '../src/main/core/extraction/checkworthiness-features';
import { lexiconFor } from '../src/main/core/extraction/lexicon';
import { LinearScorer, MODEL_FORMAT, MODEL_VERSION, type LinearModel, type ModelFile } from '../src/main/core/extraction/scorer';
import { tokenize } from '../src/main/core/extraction/tokens';
import { calibrate, fit, logit, platt, type Example, type FitOptions, type Fitted } from './checkworthiness/logistic';
import { groupedFolds, sentencesInside } from './checkworthiness/holdout';
import { averagePrecision, calibrationError, covering, f1At, joinLines, reliability, type Bin } from './checkworthiness/metrics';

const SEED = 20261204;
const FOLDS = 10;
const THRESHOLD = 0.5;

const { values } = parseArgs({
  options: {
    claimbuster: { type: 'string' },
    debates: { type: 'string' },
    out: { type: 'string', default: path.join('src', 'main', 'core', 'extraction', 'checkworthiness.model.json') },
    'dry-run': { type: 'boolean', default: false },
    // The transcripts measure the model (leave-one-transcript-out MAP) but do not train it by
    // default: with weight 1 ClaimBuster F1 fell from 0.771 to 0.700 and MAP rose only from 0.117
    // to 0.119 (4 December 2026). Their label, "a fact-checker checked this line", is far
    // narrower than "check-worthy", and 1% of lines carry it.
    'debates-weight': { type: 'string', default: '0' },
    // The words model's: longer and more regularised than the concepts model's since its words
    // were length-normalised (CV F1 0.771 → 0.778 against 8 epochs at 0.0001). The concepts
    // model (13 concepts, 17 hand features) keeps its recipe: --concepts-l2, --concepts-epochs.
    l2: { type: 'string', default: '0.001' },
    epochs: { type: 'string', default: '20' },
    'concepts-l2': { type: 'string', default: '0.0001' },
    'concepts-epochs': { type: 'string', default: '8' },
    rate: { type: 'string', default: '0.05' },
    'min-count': { type: 'string', default: '2' },
    // Word weights below this are dropped. 1.2.0: 0.05 keeps 21,586 words in 424 KB (loads in
    // 14 ms against 13 ms for 1.1.0's 281 KB, best of 30 at load 17) for CV F1 0.775 instead of
    // 0.772 at 0.5, 0.783 instead of 0.774 at thresholds chosen in folds, and held-out MAP 0.119
    // instead of 0.115 (4 December 2026). 0.25 gave 1.1.0; 0.15 kept 18,103 words for 0.773.
    prune: { type: 'string', default: '0.05' },
  },
});
if (!values.claimbuster || !values.debates) {
  console.error('usage: npm run train:checkworthiness -- --claimbuster en-claimbuster-checkworthiness.jsonl --debates en-debates-checkworthiness.train.jsonl [--out FILE] [--dry-run]');
  process.exit(2);
}
const shared = { rate: Number(values.rate), seed: SEED, minCount: Number(values['min-count']) };
const options: Record<'words' | 'concepts', FitOptions> = {
  words: { ...shared, l2: Number(values.l2), epochs: Number(values.epochs) },
  concepts: { ...shared, l2: Number(values['concepts-l2']), epochs: Number(values['concepts-epochs']) },
};
const debatesWeight = Number(values['debates-weight']);
/**
 * Word weights smaller than this are dropped, in every fold as in the shipped file, so the
 * figures are those of the pruned model: a smaller file loads faster at start-up.
 */
const PRUNE = Number(values.prune);
const train = (examples: Example[], reader: 'words' | 'concepts'): Fitted => {
  const m = fit(examples, options[reader]);
  // The concepts model has a dozen lexical weights: none is worth dropping.
  return reader === 'concepts' ? m : { ...m, lexical: new Map([...m.lexical].filter(([, w]) => Math.abs(w) >= PRUNE)) };
};

interface Row {
  /** Hand features, the lexical keys of each reader, and what each word key is worth (wordScale). */
  features: { hand: readonly number[]; words: string[]; concepts: string[]; wordScale: number };
  y: 0 | 1;
}
interface Transcript {
  id: string;
  lines: { text: string; y: boolean }[];
  rows: Row[];
}

const english = lexiconFor('en');
function featuresOf(text: string): Row['features'] {
  const f = sentenceFeatures(tokenize(text, 0, text.length), english, () => false, 'both');
  return { hand: f.hand, words: wordKeys(f.forms), concepts: f.concepts, wordScale: wordScale(f.forms.length) };
}
const jsonl = (file: string): unknown[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

const started = performance.now();
const claimbusterRecords = (jsonl(values.claimbuster) as { id: string; text: string; checkworthy: boolean }[])
  .sort((a, b) => Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : 1));
const claimbuster: Row[] = claimbusterRecords.map((r) => ({ features: featuresOf(r.text), y: r.checkworthy ? 1 : 0 }));
const transcripts: Transcript[] = (jsonl(values.debates) as { id: string; lines: { speaker: string; text: string; checkworthy: boolean }[] }[])
  .sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((d) => {
    const lines = d.lines.filter((l) => l.speaker !== 'SYSTEM').map((l) => ({ text: l.text, y: l.checkworthy }));
    return { id: d.id, lines, rows: lines.map((l) => ({ features: featuresOf(l.text), y: l.y ? 1 : 0 })) };
  });
const cbPositives = claimbuster.filter((r) => r.y).length;
const ctLines = transcripts.reduce((s, t) => s + t.lines.length, 0);
const ctPositives = transcripts.reduce((s, t) => s + t.lines.filter((l) => l.y).length, 0);
console.log(`ClaimBuster: ${claimbuster.length} sentences, ${cbPositives} check-worthy. CheckThat! 2020: ${transcripts.length} transcripts, ${ctLines} lines, ${ctPositives} checked. Features ${FEATURE_HASH}. (${((performance.now() - started) / 1000).toFixed(1)} s)`);

type Reader = 'words' | 'concepts';
const scaleOf = (r: Row, reader: Reader): number => (reader === 'words' ? r.features.wordScale : 1);
const example = (r: Row, reader: Reader, weight: number): Example => ({ hand: r.features.hand, keys: r.features[reader], lexicalScale: scaleOf(r, reader), y: r.y, weight });
const zOf = (m: Fitted, r: Row, reader: Reader): number => logit(m, r.features.hand, r.features[reader], scaleOf(r, reader));

/**
 * The folds: a seeded shuffle dealt out ten ways, except that sentences with the same text
 * (ClaimBuster has 21 such pairs) share a fold, so no held-out sentence was seen in training.
 */
const foldOf = groupedFolds(claimbusterRecords.map((r) => r.text), FOLDS, SEED);

/**
 * ClaimBuster's sentences come from US presidential debates, and four of the CheckThat!
 * transcripts (the 2012 third debate, the three of 2016) are such debates: about 1,100 ClaimBuster
 * sentences (4+ words) appear word for word in a transcript. Scoring a transcript, the model
 * leaves out every ClaimBuster sentence found in it, so the MAP is leave-one-transcript-out in
 * earnest. Per transcript, the indices of those sentences.
 */
const claimbusterInside = (lines: readonly string[]): number[] => sentencesInside(claimbusterRecords.map((r) => r.text), lines);

function toLinear(m: Fitted, calibration: { a: number; b: number }): LinearModel {
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  const entries = [...m.lexical].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    bias: r(m.bias),
    hand: Object.fromEntries(HAND_FEATURES.map((f, i) => [f, r(m.hand[i] ?? 0)])) as LinearModel['hand'],
    lexical: { keys: entries.map(([k]) => k), weights: entries.map(([, w]) => r(w)) },
    platt: { a: r(calibration.a), b: r(calibration.b) },
  };
}

/**
 * 10-fold cross-validation on ClaimBuster (the debates, if used, train every fold). Besides the
 * held-out scores, the F1 at a threshold each fold chose on the other folds' held-out scores
 * (never its own): what tuning the threshold would honestly give.
 */
function crossValidate(reader: Reader): { z: number[]; p: number[]; calibration: { a: number; b: number }; tunedThreshold: { f1: number; thresholds: number[] } } {
  const extra = debatesWeight > 0 ? transcripts.flatMap((t) => t.rows.map((r) => example(r, reader, debatesWeight))) : [];
  const z = new Array<number>(claimbuster.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const trainRows = claimbuster.flatMap((r, i) => (foldOf[i] === f ? [] : [example(r, reader, 1)]));
    const m = train([...trainRows, ...extra], reader);
    claimbuster.forEach((r, i) => {
      if (foldOf[i] === f) z[i] = zOf(m, r, reader);
    });
  }
  const y = claimbuster.map((r) => r.y);
  // Each fold's scores are calibrated by the other folds' held-out scores (cross-fitting), so the
  // reported figures never see the calibration of their own rows.
  const p = new Array<number>(claimbuster.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const others = claimbuster.map((_, i) => i).filter((i) => foldOf[i] !== f);
    const c = platt(others.map((i) => z[i] ?? 0), others.map((i) => y[i] ?? 0));
    claimbuster.forEach((_, i) => {
      if (foldOf[i] === f) p[i] = calibrate(c, z[i] ?? 0);
    });
  }
  const thresholds: number[] = [];
  let tp = 0, fp = 0, fn = 0;
  for (let f = 0; f < FOLDS; f++) {
    const others = claimbuster.map((_, i) => i).filter((i) => foldOf[i] !== f);
    const chosen = bestThreshold(others.map((i) => p[i] ?? 0), others.map((i) => y[i] ?? 0)).t;
    thresholds.push(chosen);
    claimbuster.forEach((_, i) => {
      if (foldOf[i] !== f) return;
      const pos = (p[i] ?? 0) >= chosen;
      if (pos && y[i] === 1) tp++;
      else if (pos) fp++;
      else if (y[i] === 1) fn++;
    });
  }
  const precision = tp / (tp + fp || 1), recall = tp / (tp + fn || 1);
  return { z, p, calibration: platt(z, y), tunedThreshold: { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, thresholds } };
}

/** The threshold (in steps of 0.01) with the best F1 on these scores. */
function bestThreshold(scores: readonly number[], y: readonly (0 | 1)[]): { t: number; f1: number } {
  return Array.from({ length: 99 }, (_, i) => ({ t: (i + 1) / 100, f1: f1At(scores, y, (i + 1) / 100).f1 })).reduce((a, b) => (b.f1 > a.f1 ? b : a));
}

function fileFor(words: LinearModel, concepts: LinearModel, training: Record<string, unknown>): ModelFile {
  return { format: MODEL_FORMAT, version: MODEL_VERSION, featureHash: FEATURE_HASH, training, models: { words, concepts } };
}

/** MAP over transcripts, each scored by a model that never saw it, through the real extractor (as en-map does). */
function leaveOneTranscriptOut(reader: Reader): { map: number; transcripts: number } {
  const aps: number[] = [];
  let common: Fitted | null = null;
  for (const t of transcripts) {
    if (!t.lines.some((l) => l.y)) continue;
    const inside = new Set(claimbusterInside(t.lines.map((l) => l.text)));
    const cb = claimbuster.flatMap((r, i) => (inside.has(i) ? [] : [example(r, reader, 1)]));
    let m: Fitted;
    if (debatesWeight > 0) {
      const others = transcripts.filter((o) => o !== t).flatMap((o) => o.rows.map((r) => example(r, reader, debatesWeight)));
      m = train([...cb, ...others], reader);
    } else if (inside.size > 0) {
      m = train(cb, reader);
    } else {
      m = common ??= train(cb, reader);
    }
    // Calibrated and rounded as the app's scores are: rounding makes ties, and en-map breaks ties by line order.
    const linear = toLinear(m, calibrations[reader]);
    const scorer = new LinearScorer(fileFor(linear, linear, {}));
    const { text, spans } = joinLines(t.lines.map((l) => l.text), '\n');
    // The English reader for both: the transcripts are English.
    const { claims } = extractClaims(text, { language: 'en', scorer });
    const scores = spans.map((s) => {
      const c = covering(claims, s);
      return c ? c.checkworthiness : -1;
    });
    const ap = averagePrecision(scores, t.lines.map((l) => l.y));
    if (ap !== null) aps.push(ap);
  }
  return { map: aps.reduce((a, b) => a + b, 0) / (aps.length || 1), transcripts: aps.length };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
function printBins(bins: readonly Bin[]): void {
  console.log('  score bin   sentences  mean score  check-worthy');
  for (const b of bins) console.log(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}   ${String(b.n).padStart(9)}  ${b.n ? b.meanScore.toFixed(3) : '    –'}       ${b.n ? b.checkworthy.toFixed(3) : '    –'}`);
}

const figures: Record<string, unknown> = {};
const calibrations: Record<Reader, { a: number; b: number }> = { words: { a: 1, b: 0 }, concepts: { a: 1, b: 0 } };
for (const reader of ['words', 'concepts'] as const) {
  const t0 = performance.now();
  const cv = crossValidate(reader);
  const y = claimbuster.map((r) => r.y);
  const at = f1At(cv.p, y, THRESHOLD);
  const bins = reliability(cv.p, y);
  calibrations[reader] = cv.calibration;
  const loto = leaveOneTranscriptOut(reader);
  console.log(`\n${reader} model (${reader === 'words' ? 'English' : 'German and other languages, through the cue concepts'}), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // For comparison only: the best F1 any threshold would give the same held-out scores. A
  // calibrated score puts 0.5 where half are check-worthy, which is not where F1 peaks.
  const best = bestThreshold(cv.p, y);
  const tuned = cv.tunedThreshold;
  console.log(`  ClaimBuster, ${FOLDS}-fold CV, check-worthy at ≥ ${THRESHOLD}: precision ${r3(at.precision)}, recall ${r3(at.recall)}, F1 ${r3(at.f1)}`);
  console.log(`  … at a threshold each fold chose on the other folds (${Math.min(...tuned.thresholds)}–${Math.max(...tuned.thresholds)}): F1 ${r3(tuned.f1)}; the best threshold in hindsight, ${best.t}, F1 ${r3(best.f1)} (not a held-out figure)`);
  console.log(`  CheckThat! 2020, leave-one-transcript-out MAP (through the extractor, as en-map): ${r3(loto.map)} over ${loto.transcripts} transcripts with a checked line`);
  console.log(`  Reliability of held-out calibrated scores (expected calibration error ${r3(calibrationError(bins))}):`);
  printBins(bins);
  figures[reader] = {
    claimbusterCv: { folds: FOLDS, threshold: THRESHOLD, precision: r3(at.precision), recall: r3(at.recall), f1: r3(at.f1), f1AtThresholdChosenInFolds: r3(tuned.f1), thresholdsChosenInFolds: tuned.thresholds },
    checkthatLeaveOneTranscriptOut: { transcripts: loto.transcripts, map: r3(loto.map) },
    reliability: bins.map((b) => ({ bin: `${b.from.toFixed(1)}-${b.to.toFixed(1)}`, n: b.n, meanScore: r3(b.meanScore), checkworthy: r3(b.checkworthy) })),
    expectedCalibrationError: r3(calibrationError(bins)),
  };
}

// The shipped weights: fitted on everything, calibrated by the held-out scores above.
const all = (reader: Reader): Example[] => [
  ...claimbuster.map((r) => example(r, reader, 1)),
  ...(debatesWeight > 0 ? transcripts.flatMap((t) => t.rows.map((r) => example(r, reader, debatesWeight))) : []),
];
const finalWords = train(all('words'), 'words');
const finalConcepts = train(all('concepts'), 'concepts');
const words = toLinear(finalWords, calibrations.words);
const concepts = toLinear(finalConcepts, calibrations.concepts);

const strongest = (m: Fitted, n: number): { up: string[]; down: string[] } => {
  const sorted = [...m.lexical].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const show = ([k, w]: [string, number]): string => `${k} ${w.toFixed(2)}`;
  return { up: sorted.slice(0, n).map(show), down: sorted.slice(-n).reverse().map(show) };
};
const top = strongest(finalWords, 40);
console.log(`\nStrongest words up:   ${top.up.join(' · ')}`);
console.log(`Strongest words down: ${top.down.join(' · ')}`);
console.log(`Hand features (words model): ${HAND_FEATURES.map((f) => `${f} ${words.hand[f]}`).join(', ')}`);
console.log(`Hand features (concepts model): ${HAND_FEATURES.map((f) => `${f} ${concepts.hand[f]}`).join(', ')}`);
console.log(`Concepts: ${concepts.lexical.keys.map((k, i) => `${k} ${concepts.lexical.weights[i]}`).join(', ')}`);

const training = {
  description: 'L2 logistic regression (Adagrad SGD, fixed seed) over hand features plus length-normalised words and word pairs (words model) or cue concepts (concepts model); Platt-calibrated on 10-fold held-out ClaimBuster scores.',
  data: [
    { name: 'ClaimBuster 2.5xNCS (Arslan et al., ICWSM 2020; Zenodo 10.5281/zenodo.3609356)', sentences: claimbuster.length, checkworthy: cbPositives, weight: 1, use: 'training, 10-fold cross-validation and calibration' },
    { name: 'CLEF CheckThat! 2020 task 5, training v2 (sshaar/clef2020-factchecking-task5)', transcripts: transcripts.length, lines: ctLines, checked: ctPositives, weight: debatesWeight, use: debatesWeight > 0 ? 'training and evaluation' : 'evaluation only (leave-one-transcript-out MAP)' },
  ],
  options: { ...options, debatesWeight, folds: FOLDS, prune: PRUNE },
  figures,
};
const file = fileFor(words, concepts, training);
const text = JSON.stringify(file) + '\n';
console.log(`\nWeights: ${words.lexical.keys.length} word features, ${concepts.lexical.keys.length} concepts, ${(text.length / 1024).toFixed(0)} KB. Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (values['dry-run']) console.log('Dry run: nothing written.');
else {
  writeFileSync(values.out!, text);
  console.log(`Wrote ${values.out}`);
}
