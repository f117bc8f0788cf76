// Experiment (not part of the app): a second-stage logistic regression over each transcript line's
// context, trained leave-one-transcript-out on the per-line logits written by transcript-logits.ts.
//   npx tsx scripts/checkworthiness/experiments/context-map.ts logits.json z,zd,len,spk[,nb,nbd,turn,rank,pos,hand,sim|all]
// Feature groups: z (ClaimBuster model's logit), zd (words model trained on the other
// transcripts' "checked" label), nb/nbd (neighbours' logits, the turn's best), rank (percentile in
// the transcript), spk (speaker's share of questions and of lines), turn (first/last line of a
// turn, turn length, place in it, answer to a question), len (words), pos (place in the
// transcript), hand (the hand features), sim (closest checked line of the other transcripts).
import { readFileSync } from 'node:fs';
import { fit, type Example } from '../logistic';
import { averagePrecision } from '../metrics';
type L = { speaker: string; text: string; y: boolean; z: number; zd: number; hand: number[] };
const ts = JSON.parse(readFileSync(process.argv[2] ?? 'logits.json', 'utf8')) as { id: string; lines: L[] }[];
const set = (process.argv[3] ?? 'all').split(',');
const has = (k: string) => set.includes('all') || set.includes(k);
function feats(t: { lines: L[] }): number[][] {
  const L = t.lines;
  const spk = new Map<string, { n: number; q: number }>();
  for (const l of L) { const s = spk.get(l.speaker) ?? { n: 0, q: 0 }; s.n++; if (/\?\s*$/.test(l.text)) s.q++; spk.set(l.speaker, s); }
  // turns
  const turnStart: number[] = [], turnLen: number[] = [];
  let start = 0;
  for (let i = 0; i < L.length; i++) { if (i > 0 && L[i]!.speaker !== L[i - 1]!.speaker) start = i; turnStart[i] = start; }
  for (let i = L.length - 1; i >= 0; i--) turnLen[i] = i + 1 < L.length && turnStart[i + 1] === turnStart[i] ? turnLen[i + 1]! : i - turnStart[i]! + 1;
  const turnMax: number[] = [];
  for (let i = 0; i < L.length; i++) { let m = -1e9; for (let k = turnStart[i]!; k < turnStart[i]! + turnLen[i]!; k++) m = Math.max(m, L[k]!.z); turnMax[i] = m; }
  const sorted = L.map((l) => l.z).sort((a, b) => a - b);
  return L.map((l, i) => {
    const s = spk.get(l.speaker)!;
    const words = l.text.split(/\s+/).length;
    const f: number[] = [];
    if (has('z')) f.push(l.z / 3);
    if (has('zd')) f.push(l.zd / 3);
    if (has('nb')) f.push((L[i - 1]?.z ?? -3) / 3, (L[i + 1]?.z ?? -3) / 3, (turnMax[i]! - l.z) / 3);
    if (has('nbd')) f.push((L[i - 1]?.zd ?? -3) / 3, (L[i + 1]?.zd ?? -3) / 3);
    if (has('rank')) { let lo = 0, hi = sorted.length; while (lo < hi) { const m = (lo + hi) >> 1; if (sorted[m]! < l.z) lo = m + 1; else hi = m; } f.push(lo / sorted.length); }
    if (has('spk')) f.push(s.q / s.n, s.n / L.length, s.q / s.n > 0.2 ? 1 : 0);
    if (has('turn')) f.push(i === turnStart[i] ? 1 : 0, i === turnStart[i]! + turnLen[i]! - 1 ? 1 : 0, Math.log1p(turnLen[i]!) / 3, Math.log1p(i - turnStart[i]!) / 3, i > 0 && turnStart[i] === i && /\?\s*$/.test(L[i - 1]!.text) ? 1 : 0);
    if (has('len')) f.push(Math.log1p(words) / 4, words < 6 ? 1 : 0);
    if (has('pos')) f.push(i / L.length);
    if (has('hand')) f.push(...l.hand);
    return f;
  });
}
// Nearest checked line of the other transcripts: max Jaccard of content-word sets.
const STOP = new Set('the a an and or of to in on for is are was were be been it that this we i you they he she at by with as not have has had do does did will would can could our my your their its from so but if then there what which who'.split(' '));
const bag = (t: string) => new Set(t.toLowerCase().replace(/\d+/g, '0').split(/[^a-z0]+/).filter((w) => w && !STOP.has(w)));
const bags = ts.map((t) => t.lines.map((l) => bag(l.text)));
const pos = ts.flatMap((t, ti) => t.lines.flatMap((l, i) => (l.y ? [{ ti, b: bags[ti]![i]! }] : [])));
const sim = ts.map((t, ti) => bags[ti]!.map((b) => { let best = 0; if (b.size < 3) return 0; for (const p of pos) { if (p.ti === ti) continue; let inter = 0; for (const w of b) if (p.b.has(w)) inter++; const j = inter / (b.size + p.b.size - inter); if (j > best) best = j; } return best; }));
const F0 = ts.map(feats);
const F = F0.map((rows, ti) => rows.map((f, i) => (has('sim') ? [...f, sim[ti]![i]!, sim[ti]![i]! > 0.5 ? 1 : 0] : f)));
const simAps = ts.filter((t) => t.lines.some((l) => l.y)).map((t) => averagePrecision(sim[ts.indexOf(t)]!.map((s, i) => s + t.lines[i]!.z * 1e-6), t.lines.map((l) => l.y))!);
console.log('sim alone MAP', (simAps.reduce((a, b) => a + b, 0) / simAps.length).toFixed(4));
const aps: number[] = [], base: number[] = [], based: number[] = [];
for (let ti = 0; ti < ts.length; ti++) {
  const t = ts[ti]!;
  if (!t.lines.some((l) => l.y)) continue;
  base.push(averagePrecision(t.lines.map((l) => l.z), t.lines.map((l) => l.y))!);
  based.push(averagePrecision(t.lines.map((l) => l.zd), t.lines.map((l) => l.y))!);
  const tr: Example[] = [];
  ts.forEach((o, k) => { if (k !== ti) o.lines.forEach((l, i) => tr.push({ hand: F[k]![i]!, keys: [], lexicalScale: 1, y: l.y ? 1 : 0, weight: l.y ? Number(process.env.PW ?? 1) : 1 })); });
  const m = fit(tr, { l2: 0.0001, epochs: Number(process.env.EP ?? 3), rate: 0.05, seed: 1, minCount: 1 });
  const s = F[ti]!.map((f) => f.reduce((a, v, j) => a + v * m.hand[j]!, m.bias));
  aps.push(averagePrecision(s, t.lines.map((l) => l.y))!);
}
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
console.log(`${set.join(',')}: base(CB) ${mean(base).toFixed(4)} base(debates LR) ${mean(based).toFixed(4)} context ${mean(aps).toFixed(4)} over ${aps.length}`);
