// The figures the training script reports, computed as the shared evaluation computes them.

/** F1 of the positive class when score ≥ threshold means positive. */
export function f1At(scores: readonly number[], y: readonly (0 | 1)[], threshold: number): { precision: number; recall: number; f1: number } {
  let tp = 0, fp = 0, fn = 0;
  scores.forEach((s, i) => {
    const pos = s >= threshold;
    if (pos && y[i] === 1) tp++;
    else if (pos) fp++;
    else if (y[i] === 1) fn++;
  });
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Average precision of one ranking, exactly as `en-map` of score-corpora.mjs computes it: a
 * stable sort by score, descending (ties keep the transcript's order), then the mean of the
 * precision at each positive. null when there is no positive (such transcripts are left out).
 */
export function averagePrecision(scores: readonly number[], y: readonly boolean[]): number | null {
  const ranked = scores.map((s, i) => ({ s, y: y[i] === true })).sort((a, b) => b.s - a.s);
  let hits = 0, sum = 0;
  const positives = ranked.filter((x) => x.y).length;
  ranked.forEach((x, i) => {
    if (x.y) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return positives ? sum / positives : null;
}

export interface Bin {
  from: number;
  to: number;
  n: number;
  meanScore: number;
  checkworthy: number;
}

/** A reliability table: ten equal score bins, each with its mean score and its share of positives. */
export function reliability(scores: readonly number[], y: readonly (0 | 1)[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, n: 0, meanScore: 0, checkworthy: 0 }));
  scores.forEach((s, i) => {
    const bin = bins[Math.min(9, Math.floor(s * 10))]!;
    bin.n++;
    bin.meanScore += s;
    bin.checkworthy += y[i] ?? 0;
  });
  for (const b of bins) {
    if (b.n) {
      b.meanScore /= b.n;
      b.checkworthy /= b.n;
    }
  }
  return bins;
}

/** Expected calibration error over the bins (weighted by bin size). */
export function calibrationError(bins: readonly Bin[]): number {
  const total = bins.reduce((s, b) => s + b.n, 0) || 1;
  return bins.reduce((s, b) => s + (b.n / total) * Math.abs(b.meanScore - b.checkworthy), 0);
}

// The covering rule of score-corpora.mjs: the claim that overlaps a line by at least 60% (the most).
export interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export function covering<T extends Span>(claims: readonly T[], s: Span): T | null {
  let best: T | null = null;
  for (const c of claims) if (overlap(c, s) >= 0.6 * (s.end - s.start) && (!best || overlap(c, s) > overlap(best, s))) best = c;
  return best;
}

/** Lines joined by a separator, with each line's span (as score-corpora.mjs joins them). */
export function joinLines(texts: readonly string[], separator: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  texts.forEach((t, i) => {
    if (i) text += separator;
    spans.push({ start: text.length, end: text.length + t.length });
    text += t;
  });
  return { text, spans };
}
