// Hostile input for the clause-structure rules of attribution (attribution.ts): sentences made of
// what those rules walk over — commas, appositions and relative clauses with no verb, chains of
// "Wie X berichtet,", partitive chains ("Einige der … der … der …"), and in English a run of
// adjuncts between a speech verb and its quotation. Each must be answered, and the time must grow
// linearly: the same input at n and 4n. Timing is made robust as the bench makes it: CPU time of
// this process (not wall time), the fastest of three passes, a floor under the small size so a
// few milliseconds of jitter cannot fail it, and a factor far from both linear (4) and quadratic (16).
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';
import type { Language } from '../../src/shared/domain';

/** 4n may take at most this many times n: linear is 4, one quadratic step 16. */
const MAX_GROWTH = 9;
/** Below this the small size is timed as this (ms of CPU): jitter, not growth. */
const FLOOR_MS = 15;

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function fastest(text: string, language: Language): { ms: number; claims: ExtractedClaim[] } {
  let ms = Infinity;
  let claims: ExtractedClaim[] = [];
  for (let pass = 0; pass < 3; pass++) ms = Math.min(ms, cpuMs(() => { claims = extractClaims(text, { language }).claims; }));
  return { ms, claims };
}

function assertValid(text: string, claims: readonly ExtractedClaim[]): void {
  for (const c of claims) {
    expect(c.end).toBeGreaterThan(c.start);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
}

/** Times `build(n)` and `build(4n)`; both must answer, and 4n may not cost more than MAX_GROWTH × n. */
function expectLinear(name: string, language: Language, build: (n: number) => string, n: number): void {
  extractClaims(build(n), { language }); // warm-up: compiling is not growth
  const small = build(n);
  const large = build(4 * n);
  const a = fastest(small, language);
  const b = fastest(large, language);
  assertValid(small, a.claims);
  assertValid(large, b.claims);
  const growth = b.ms / Math.max(a.ms, FLOOR_MS);
  console.log(`[stress] extraction ${name}: ${(small.length / 1024).toFixed(0)} KB ${a.ms.toFixed(0)} ms, ${(large.length / 1024).toFixed(0)} KB ${b.ms.toFixed(0)} ms CPU (×${(b.ms / a.ms).toFixed(1)})`);
  expect(growth, `${name}: ${b.ms.toFixed(0)} ms for 4n against ${a.ms.toFixed(0)} ms for n`).toBeLessThan(MAX_GROWTH);
}

// One sentence each (below the length past which only a sentence's ends are read, so the rules
// see all of it) and, in `many`, a text of such sentences.
const appositions = (n: number): string =>
  `Hans Müller${', der Sprecher des Verbandes, der früher Vorsitzender der Kommission war, Freund der Bürgermeisterin'.repeat(n)}.`;
const wieChain = (n: number): string =>
  `${'Wie die Zeitung am Montag berichtet, '.repeat(n)}steigen die Preise.`;
const partitives = (n: number): string =>
  `Einige der ${'Vertreter der Verbände der Länder der '.repeat(n)}Union.`;
const adjuncts = (n: number): string =>
  `The senator said ${'in a statement on Monday at the hearing in Washington before the committee '.repeat(n)}, “We will vote no.”`;
const clauses = (n: number): string =>
  `${'Als der Minister, der im Amt war, die Reform, die umstritten ist, vorstellte, '.repeat(n)}sagte Merz, die Lage sei ernst.`;

/** `count` copies of a sentence of `size` repetitions, one paragraph each. */
const many = (sentence: (n: number) => string, size: number) => (count: number): string => Array.from({ length: count }, () => sentence(size)).join('\n');

describe('clause-structure rules on hostile input', () => {
  it('answer a 100 KB+ sentence of appositions, "Wie X berichtet," chains, partitives, adjunct runs and fronted clauses', () => {
    for (const [name, text, language] of [
      ['appositions', appositions(1200), 'de'],
      ['wie-chain', wieChain(3000), 'de'],
      ['partitives', partitives(3000), 'de'],
      ['adjuncts', adjuncts(1500), 'en'],
      ['fronted clauses', clauses(1500), 'de'],
    ] as const) {
      expect(text.length, name).toBeGreaterThan(100 * 1024);
      const { claims } = extractClaims(text, { language });
      assertValid(text, claims);
      expect(claims.length, name).toBeLessThanOrEqual(1);
    }
  });

  it('grow linearly in the length of one sentence (n and 4n words, all read by the rules)', () => {
    // The 4n sentence is about 15 KB: still read whole (the rules read only the ends of one past 20,000 characters).
    expectLinear('appositions', 'de', (n) => many(appositions, n)(40), 40);
    expectLinear('wie-chain', 'de', (n) => many(wieChain, n)(40), 100);
    expectLinear('partitives', 'de', (n) => many(partitives, n)(40), 100);
    expectLinear('adjuncts', 'en', (n) => many(adjuncts, n)(40), 48);
    expectLinear('fronted clauses', 'de', (n) => many(clauses, n)(40), 48);
  });

  it('grow linearly in the number of such sentences, and in a 100 KB+ sentence read at its ends', () => {
    expectLinear('many appositions', 'de', many(appositions, 16), 60);
    expectLinear('many adjunct runs', 'en', many(adjuncts, 24), 60);
    expectLinear('long sentence', 'de', (n) => appositions(300 * n), 4);
  });
});
