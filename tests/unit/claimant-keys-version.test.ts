// The naming rules' keys may change only with CLAIMANT_KEYS_VERSION raised: libraries recompute
// their stored keys when the version differs, and only then (store/claimant-keys.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMANT_KEYS_VERSION } from '../../src/main/core/claimants/keys-version';
import { keyProbe, KEY_PROBE_NAMES } from '../fixtures/claimants/key-probe-names';

const recorded = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/claimants/key-probes.json'), 'utf8')) as {
  version: number;
  probes: Array<ReturnType<typeof keyProbe>>;
};

describe('claimant keys version', () => {
  it('the recorded probes are those of the current version', () => {
    expect(recorded.version, 'raise CLAIMANT_KEYS_VERSION only together with `npx tsx scripts/claimant-key-probes.ts`').toBe(CLAIMANT_KEYS_VERSION);
    expect(recorded.probes.map((p) => p.name)).toEqual([...KEY_PROBE_NAMES]);
  });

  it('today\'s rules give every probe the keys recorded for this version', () => {
    const changed = recorded.probes.filter((p) => JSON.stringify(keyProbe(p.name)) !== JSON.stringify(p));
    expect(
      changed.map((p) => ({ recorded: p, now: keyProbe(p.name) })),
      'the naming rules changed these keys: raise CLAIMANT_KEYS_VERSION in src/main/core/claimants/keys-version.ts and run `npx tsx scripts/claimant-key-probes.ts`',
    ).toEqual([]);
  });
});
