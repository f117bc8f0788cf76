// Nothing throws out of the extraction module, whatever the string; offsets stay valid.
import { describe, expect, it } from 'vitest';
import { detectLanguage, extractClaims, type ExtractedClaim } from '../../src/main/core/extraction';

function assertValid(text: string, list: readonly ExtractedClaim[]): void {
  for (const c of list) {
    expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
    expect(c.checkworthiness).toBeLessThanOrEqual(1);
    expect(['statement', 'reported', 'quote']).toContain(c.kind);
  }
}

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const ALPHABET = [
  'a', 'e', 'n', 'Z', 'Ä', 'ß', ' ', ' ', '.', ',', ':', '?', '!', '"', '„', '“', '”', '»', '«', '‚', '‘', '’', "'",
  '\n', '\r', '\t', '\u2028', '0', '7', '-', '(', ')', 'Dr.', 'z. B.', 'sagte', 'so', 'laut', 'zufolge', 'said',
  'according to', 'Er', 'She', 'TRUMP:', 'Putin', 'Präsident', '\ud800', '\udfff', '\u0000', '\u200f', 'مرحبا',
  '😀', '<p>', '</p>', '&amp;', 'Nr.', '47.', 'U.S.', 'habe', 'sei',
];

describe('robustness', () => {
  it('returns no claims for empty and whitespace-only input', () => {
    for (const text of ['', ' ', '\n\n', ' \t\r\n\u00a0\u2028 ']) expect(extractClaims(text).claims).toEqual([]);
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(() => extractClaims(value as unknown as string)).not.toThrow();
      expect(() => detectLanguage(value as unknown as string)).not.toThrow();
    }
    expect(() => extractClaims('Ein Satz mit Inhalt.', { language: 'fr' as unknown as 'de' })).not.toThrow();
  });

  it('finishes a 10 MB line without punctuation', () => {
    const text = 'wort '.repeat(2 * 1024 * 1024);
    const result = extractClaims(text);
    // Long text without closing punctuation is prose run together, not a heading: one sentence at most.
    expect(result.claims.length).toBeLessThanOrEqual(1);
    assertValid(text, result.claims);
  });

  it('finishes a 10 MB line that ends in a period, and one made of many sentences', () => {
    const one = 'wort '.repeat(2 * 1024 * 1024) + 'ende.';
    const result = extractClaims(one, { language: 'de' });
    expect(result.claims).toHaveLength(1);
    assertValid(one, result.claims);
    const many = 'Der Minister sagte am Montag, die Zahl sei um 5 Prozent gestiegen. '.repeat(40000);
    const r2 = extractClaims(many, { language: 'de' });
    expect(r2.claims.length).toBe(40000);
  });

  it('handles lone surrogates, control characters, HTML-looking and right-to-left text as text', () => {
    const samples = [
      'Die Zahl \ud800 stieg um 5 Prozent. Dann \udfff sank sie.',
      'Ein\u0000Satz mit\u0007Steuerzeichen. Noch einer\u001b hier.',
      '<p>Die Regierung sagte, die Preise seien gestiegen.</p>\n<script>alert("x")</script>',
      'قال الرئيس إن الاقتصاد نما بنسبة 5 في المائة. وأضاف أن البطالة انخفضت.',
      '\u202eDer Satz ist umgedreht.\u202c Ein zweiter Satz folgt.',
    ];
    for (const text of samples) {
      const result = extractClaims(text);
      assertValid(text, result.claims);
    }
    const rtl = extractClaims(samples[3] ?? '');
    expect(rtl.claims.length).toBeGreaterThan(0);
  });

  it('keeps offsets valid and text === slice on random strings', () => {
    const next = random(20240501);
    for (let round = 0; round < 300; round++) {
      const parts: string[] = [];
      const length = Math.floor(next() * 80);
      for (let i = 0; i < length; i++) parts.push(ALPHABET[Math.floor(next() * ALPHABET.length)] ?? ' ');
      const text = parts.join(next() < 0.5 ? ' ' : '');
      let list: ExtractedClaim[] = [];
      expect(() => { list = extractClaims(text).claims; }).not.toThrow();
      assertValid(text, list);
    }
  });
});
