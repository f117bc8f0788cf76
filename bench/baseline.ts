// The committed baseline (bench/baseline.json): the figures of a run someone chose to keep, per
// group, with the machine each group ran on. `npm run bench` compares every figure with it and
// with its target (bench/targets.ts); `npm run bench -- --update-baseline` replaces the groups
// that just ran and keeps the others.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIGURES, meetsTarget, worseBy } from './targets';

export type Figures = Record<string, string | number>;

export interface Machine {
  cores: number;
  memoryGb: number;
  cpu: string;
  node: string;
  platform: string;
  date: string;
  /** The 1-minute load average when the group started: the machine may be shared. */
  loadAverage: number;
  /**
   * How long this machine takes for a fixed piece of JavaScript (referenceWorkMs): the model
   * name says "AMD EPYC" on machines that differ twofold in speed, so without it a slower
   * machine looks like a regression of every figure. Absent in baselines taken before it existed.
   */
  referenceMs?: number;
}

/**
 * A fixed piece of work like the app's own (words split by a regular expression, counted in a
 * Map, strings joined), timed five times; the fastest run in ms. About 30 ms on the machines of
 * December 2026.
 */
export function referenceWorkMs(): number {
  const words = Array.from({ length: 4000 }, (_, i) => `Wort${i % 997} sagte ${i % 13 ? 'der' : 'die'} Minister, ${i}`).join('. ');
  const once = () => {
    const started = performance.now();
    const counts = new Map<string, number>();
    for (let round = 0; round < 6; round++) {
      for (const word of words.split(/[\s.,]+/)) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
    }
    const joined = [...counts.keys()].sort().join(' ');
    if (joined.length === 0) throw new Error('unreachable');
    return performance.now() - started;
  };
  return Math.round(Math.min(...Array.from({ length: 5 }, once)) * 10) / 10;
}

export interface GroupBaseline {
  machine: Machine;
  figures: Figures;
}

export type Baseline = Record<string, GroupBaseline>;

export const BASELINE_FILE = path.join(__dirname, 'baseline.json');

/** How much worse than the baseline a figure may get before it is marked. */
export const REGRESSION_MARGIN = 0.2;

export function thisMachine(loadAverage = os.loadavg()[0]!): Machine {
  return {
    cores: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${os.release()}`,
    date: new Date().toISOString(),
    loadAverage: Math.round(loadAverage * 100) / 100,
    referenceMs: referenceWorkMs(),
  };
}

export function readBaseline(file = BASELINE_FILE): Baseline {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Baseline;
  } catch {
    return {};
  }
}

/** The baseline with the groups that ran replaced by this run's figures. */
export function updatedBaseline(previous: Baseline, ran: Record<string, GroupBaseline>): Baseline {
  const next: Baseline = { ...previous };
  for (const [group, result] of Object.entries(ran)) next[group] = result;
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

export interface Row {
  figure: string;
  value: string | number;
  target: string;
  baseline: string | number;
  /** Empty when fine; otherwise what is wrong ('over target', '+35% vs baseline'). */
  marks: string[];
}

/** Each figure beside its target and baseline, marked when over its target or more than 20% worse than the baseline. */
export function compare(group: string, figures: Figures, baseline: Baseline): Row[] {
  const before = baseline[group]?.figures ?? {};
  return Object.entries(figures).map(([figure, value]) => {
    const spec = FIGURES[figure];
    const base = before[figure];
    const marks: string[] = [];
    if (spec && typeof value === 'number') {
      if (!meetsTarget(spec, value)) marks.push('OVER TARGET');
      if (typeof base === 'number') {
        const worse = worseBy(spec, value, base);
        if (worse > REGRESSION_MARGIN) marks.push(`${Math.round(worse * 100)}% WORSE than baseline`);
      }
    }
    return { figure, value, target: spec?.targetText ?? '', baseline: base ?? '', marks };
  });
}

/** How much slower (or faster) this machine did the reference work than the baseline's, when it is more than 15%. */
function speedDiffers(then: number | undefined, now: number | undefined): string | false {
  if (!then || !now) return false;
  const ratio = now / then;
  if (Math.abs(ratio - 1) <= 0.15) return false;
  return `reference work ${then} → ${now} ms, ${ratio > 1 ? `${Math.round((ratio - 1) * 100)}% slower` : `${Math.round((1 / ratio - 1) * 100)}% faster`}`;
}

/** A note when the baseline of a group was taken on another kind of machine. */
export function machineNote(group: string, baseline: Baseline, now: Machine): string | null {
  const then = baseline[group]?.machine;
  if (!then) return `${group}: no baseline yet (npm run bench -- ${group} --update-baseline records one)`;
  const differs = [
    then.cores !== now.cores && `${then.cores} → ${now.cores} cores`,
    then.cpu !== now.cpu && `CPU ${then.cpu} → ${now.cpu}`,
    then.memoryGb !== now.memoryGb && `${then.memoryGb} → ${now.memoryGb} GB`,
    then.node !== now.node && `Node ${then.node} → ${now.node}`,
    speedDiffers(then.referenceMs, now.referenceMs),
  ].filter(Boolean);
  return differs.length ? `${group}: baseline from another machine (${differs.join(', ')}), ${then.date.slice(0, 10)}: compare with care` : null;
}
