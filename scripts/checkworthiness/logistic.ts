// L2-regularised logistic regression over sparse features, trained by Adagrad SGD in a seeded
// order, so the same data gives the same weights on every machine. Written here rather than
// taken from npm: ml-logistic-regression (the maintained one) works on dense ml-matrix rows,
// and 10,000 sentences × 100,000 word features do not fit a dense matrix.
import { prng } from '../lib/prng';

export interface Example {
  /** Hand-feature values, in HAND_FEATURES order. */
  hand: readonly number[];
  /** Lexical keys (words, word pairs or concepts), each counted once. */
  keys: readonly string[];
  /** The value of each lexical key in this example (1 unless the reader length-normalises, see wordScale). */
  lexicalScale: number;
  y: 0 | 1;
  /** How much the example counts in the loss. */
  weight: number;
}

export interface Fitted {
  bias: number;
  hand: Float64Array;
  lexical: Map<string, number>;
}

export interface FitOptions {
  l2: number;
  epochs: number;
  rate: number;
  seed: number;
  /** Lexical keys seen in fewer training sentences than this get no weight. */
  minCount: number;
}

/** A seeded PRNG for deterministic shuffles. */
export const random = prng;

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rnd = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function fit(examples: readonly Example[], options: FitOptions): Fitted {
  const handCount = examples[0]?.hand.length ?? 0;
  const counts = new Map<string, number>();
  for (const e of examples) for (const k of e.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= options.minCount) vocabulary.set(k, vocabulary.size);
  const rows = examples.map((e) => Int32Array.from(e.keys.map((k) => vocabulary.get(k) ?? -1).filter((i) => i >= 0)));

  const wl = new Float64Array(vocabulary.size);
  const gl = new Float64Array(vocabulary.size);
  const wh = new Float64Array(handCount);
  const gh = new Float64Array(handCount);
  let bias = 0;
  let gb = 0;
  const eps = 1e-8;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffled(order, options.seed + epoch)) {
      const e = examples[i]!;
      const row = rows[i]!;
      let z = bias;
      for (let j = 0; j < handCount; j++) z += (wh[j] ?? 0) * (e.hand[j] ?? 0);
      const v = e.lexicalScale;
      for (const k of row) z += (wl[k] ?? 0) * v;
      const g = (sigmoid(z) - e.y) * e.weight;
      gb += g * g;
      bias -= (options.rate * g) / Math.sqrt(gb + eps);
      for (let j = 0; j < handCount; j++) {
        const gj = g * (e.hand[j] ?? 0) + options.l2 * (wh[j] ?? 0);
        if (gj === 0) continue;
        gh[j] = (gh[j] ?? 0) + gj * gj;
        wh[j] = (wh[j] ?? 0) - (options.rate * gj) / Math.sqrt((gh[j] ?? 0) + eps);
      }
      for (const k of row) {
        const gk = g * v + options.l2 * (wl[k] ?? 0);
        gl[k] = (gl[k] ?? 0) + gk * gk;
        wl[k] = (wl[k] ?? 0) - (options.rate * gk) / Math.sqrt((gl[k] ?? 0) + eps);
      }
    }
  }
  const lexical = new Map<string, number>();
  for (const [k, i] of vocabulary) if (wl[i] !== 0) lexical.set(k, wl[i] ?? 0);
  return { bias, hand: wh, lexical };
}

/** The model's raw score (logit) for one example. */
export function logit(m: Fitted, hand: readonly number[], keys: readonly string[], lexicalScale: number): number {
  let z = m.bias;
  for (let j = 0; j < hand.length; j++) z += (m.hand[j] ?? 0) * (hand[j] ?? 0);
  let lexical = 0;
  for (const k of keys) lexical += m.lexical.get(k) ?? 0;
  return z + lexical * lexicalScale;
}

/**
 * Platt scaling: a and b of p = 1 / (1 + exp(-(a·z + b))) fitted to held-out logits by Newton's
 * method, with Platt's smoothed targets (so a handful of examples cannot make it certain).
 */
export function platt(z: readonly number[], y: readonly (0 | 1)[]): { a: number; b: number } {
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let g1 = 0, g2 = 0, h11 = 0, h12 = 0, h22 = 0;
    for (let i = 0; i < z.length; i++) {
      const zi = z[i] ?? 0;
      const t = y[i] === 1 ? hi : lo;
      const p = sigmoid(a * zi + b);
      const d = p - t;
      const w = Math.max(p * (1 - p), 1e-12);
      g1 += d * zi;
      g2 += d;
      h11 += w * zi * zi;
      h12 += w * zi;
      h22 += w;
    }
    const det = h11 * h22 - h12 * h12;
    if (Math.abs(det) < 1e-12) break;
    const da = (h22 * g1 - h12 * g2) / det;
    const db = (h11 * g2 - h12 * g1) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

export const calibrate = (c: { a: number; b: number }, z: number): number => sigmoid(c.a * z + c.b);
