// Experiment (not part of the app): combines the out-of-fold logits written by f1-folds.ts.
// Each run is calibrated by cross-fitting (Platt on the other nine folds' held-out logits), as
// the training script does; prints F1 at 0.5 and, for comparison only, at the best threshold in
// hindsight; then the plain and the standardised mean of all runs' logits (equal weights: nothing
// is tuned on the held-out rows).
//   npx tsx scripts/checkworthiness/experiments/combine-f1.ts words.json chars.json …
import { readFileSync } from 'node:fs';
import { platt, calibrate } from '../logistic';
import { f1At } from '../metrics';
const names = process.argv.slice(2);
const runs = names.map((n) => JSON.parse(readFileSync(n, 'utf8')) as { z: number[]; y: (0 | 1)[]; fold: number[] });
const y = runs[0]!.y, fold = runs[0]!.fold;
function evalZ(z: number[], label: string) {
  const p = new Array<number>(z.length).fill(0);
  for (let f = 0; f < 10; f++) {
    const o = z.map((_, i) => i).filter((i) => fold[i] !== f);
    const c = platt(o.map((i) => z[i]!), o.map((i) => y[i]!));
    z.forEach((v, i) => { if (fold[i] === f) p[i] = calibrate(c, v); });
  }
  const at = f1At(p, y, 0.5);
  let best = 0, bt = 0; for (let t = 0.2; t < 0.7; t += 0.01) { const f = f1At(p, y, t).f1; if (f > best) { best = f; bt = t; } }
  // Honest threshold tuning: each fold's threshold is the best F1 on the other nine folds.
  let tp = 0, fp = 0, fn = 0;
  for (let f = 0; f < 10; f++) {
    const o = p.map((_, i) => i).filter((i) => fold[i] !== f);
    let bestT = 0.5, bestF = -1;
    for (let t = 0.2; t < 0.7; t += 0.01) { const v = f1At(o.map((i) => p[i]!), o.map((i) => y[i]!), t).f1; if (v > bestF) { bestF = v; bestT = t; } }
    p.forEach((v, i) => { if (fold[i] !== f) return; const pos = v >= bestT; if (pos && y[i] === 1) tp++; else if (pos) fp++; else if (y[i] === 1) fn++; });
  }
  const tuned = (2 * tp) / (2 * tp + fp + fn);
  console.log(`${label}: F1 at a threshold chosen on the other folds ${tuned.toFixed(4)}`);
  console.log(`${label}: F1@0.5 ${at.f1.toFixed(4)} (P ${at.precision.toFixed(3)} R ${at.recall.toFixed(3)}) best ${best.toFixed(4)}@${bt.toFixed(2)}`);
}
runs.forEach((r, i) => evalZ(r.z, names[i]!));
if (runs.length > 1) {
  // standardise each run's logits by its overall sd, then average
  const sd = runs.map((r) => { const m = r.z.reduce((a, b) => a + b, 0) / r.z.length; return Math.sqrt(r.z.reduce((a, b) => a + (b - m) ** 2, 0) / r.z.length); });
  evalZ(y.map((_, i) => runs.reduce((s, r) => s + r.z[i]!, 0) / runs.length), 'mean ' + names.join('+'));
  evalZ(y.map((_, i) => runs.reduce((s, r, k) => s + r.z[i]! / sd[k]!, 0) / runs.length), 'mean-std ' + names.join('+'));
}
