// The bench says when its baseline came from a machine of another speed, so that a slower
// machine is not read as a regression of every figure (the CPU's model name alone does not tell).
import { describe, expect, it } from 'vitest';
import { machineNote, referenceWorkMs, type Baseline, type Machine } from '../../bench/baseline';

const machine = (referenceMs?: number): Machine => ({ cores: 2, memoryGb: 24, cpu: 'AMD EPYC', node: 'v20.20.2', platform: 'linux', date: '2026-12-06T00:00:00.000Z', loadAverage: 0.2, referenceMs });
const baselineOn = (m: Machine): Baseline => ({ ui: { machine: m, figures: {} } });

describe('machineNote', () => {
  it('names a machine that does the reference work more than 15% slower or faster', () => {
    expect(machineNote('ui', baselineOn(machine(30)), machine(60))).toMatch(/reference work 30 → 60 ms, 100% slower/);
    expect(machineNote('ui', baselineOn(machine(60)), machine(30))).toMatch(/100% faster/);
  });

  it('says nothing within 15%, or when the baseline predates the reference work', () => {
    expect(machineNote('ui', baselineOn(machine(30)), machine(33))).toBeNull();
    expect(machineNote('ui', baselineOn(machine(undefined)), machine(60))).toBeNull();
  });

  it('times the reference work', () => {
    expect(referenceWorkMs()).toBeGreaterThan(0);
  });
});
