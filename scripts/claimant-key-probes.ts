// Writes tests/fixtures/claimants/key-probes.json: the keys today's naming rules give a fixed list
// of names, under CLAIMANT_KEYS_VERSION. tests/unit/claimant-keys-version.test.ts compares the
// rules with it, so a change that moves keys cannot land without raising the version (which makes
// every library recompute its stored keys at its next open).
// Run after raising CLAIMANT_KEYS_VERSION: npx tsx scripts/claimant-key-probes.ts
import fs from 'node:fs';
import path from 'node:path';
import { CLAIMANT_KEYS_VERSION } from '../src/main/core/claimants/keys-version';
import { keyProbe, KEY_PROBE_NAMES } from '../tests/fixtures/claimants/key-probe-names';

const file = path.join(import.meta.dirname, '../tests/fixtures/claimants/key-probes.json');
const probes = KEY_PROBE_NAMES.map(keyProbe);
// One probe a line: a change of the rules shows in a diff as the lines of the names it moved.
fs.writeFileSync(file, `{"version": ${CLAIMANT_KEYS_VERSION}, "probes": [\n${probes.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`);
console.log(`wrote ${probes.length} probes for naming rules ${CLAIMANT_KEYS_VERSION} to ${path.relative(process.cwd(), file)}`);
