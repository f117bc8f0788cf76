import { describe, expect, it } from 'vitest';
import { contentHash, normaliseText } from '../../src/main/core/import';

describe('normaliseText', () => {
  it('composes to NFC', () => {
    expect(normaliseText('Mu\u0308ller')).toBe('Müller');
    expect(normaliseText('Mu\u0308ller')).toBe('M\u00fcller');
  });

  it('converts CRLF, CR and Unicode line separators to LF', () => {
    expect(normaliseText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('turns no-break spaces into spaces', () => {
    expect(normaliseText('120\u00a0Millionen z.\u202fB. 1\u20070')).toBe('120 Millionen z. B. 1 0');
  });

  it('removes zero-width characters, BOMs and soft hyphens', () => {
    expect(normaliseText('\ufeffBun\u00addes\u200btag\u200c\u200d\u2060 tagt')).toBe('Bundestag tagt');
  });

  it('keeps a zero-width joiner inside an emoji sequence, and ZWNJ/ZWJ inside a word of a joining script', () => {
    // Emoji ZWJ sequences: technologist, rainbow flag (with VS16), family, a skin-toned one.
    for (const emoji of ['👩\u200D💻', '🏳\uFE0F\u200D🌈', '👨\u200D👩\u200D👧', '🧑🏽\u200D🚒']) {
      expect(normaliseText(`Sie schrieb ${emoji} dazu.`)).toBe(`Sie schrieb ${emoji} dazu.`);
    }
    // Persian: "I want" and "books" keep their non-joiner (also after a vowel sign); a Hindi conjunct control stays.
    for (const word of ['می\u200Cخواهم', 'کتاب\u200Cها', 'کتابَ\u200Cها', 'क्\u200Dष']) {
      expect(normaliseText(`${word} x`)).toBe(`${word} x`);
    }
  });

  it('still removes a joiner that joins nothing: between Latin letters, at an emoji edge, doubled, at a word end', () => {
    expect(normaliseText('Auf\u200Clage und Ha\u200Dfen')).toBe('Auflage und Hafen');
    expect(normaliseText('Gut 👍\u200D und \u200D👍 so')).toBe('Gut 👍 und 👍 so');
    expect(normaliseText('👩\u200D\u200D💻')).toBe('👩💻');
    expect(normaliseText('کتاب\u200C ها')).toBe('کتاب ها');
    expect(normaliseText('\u200Cکتاب')).toBe('کتاب');
    // A Latin letter with a mark some joining scripts share (U+0308 is also Syriac) joins nothing.
    expect(normaliseText('a\u0308\u200Dب')).toBe('äب');
    expect(normaliseText('x\uFE0F\u200D💻')).toBe('x\uFE0F💻');
  });

  it('trims trailing whitespace per line but keeps indentation and inner spaces', () => {
    expect(normaliseText('a  \n  b\t\nc  d ')).toBe('a\n  b\nc  d');
  });

  it('collapses runs of blank lines to one blank line and trims the ends', () => {
    expect(normaliseText('\n\n  a\n\n\n\nb\n \n \n\nc\n\nd\n\n')).toBe('a\n\nb\n\nc\n\nd');
  });

  it('keeps other text (quotes, dashes, tabs, emoji) as is', () => {
    const s = '„Zitat“ – «guillemets» \t tab 😀 ½';
    expect(normaliseText(s)).toBe(s);
  });

  it('returns "" for whitespace-only input', () => {
    expect(normaliseText(' \r\n\t\u00a0\u200b\n')).toBe('');
  });

  it('is idempotent, including on tricky combinations', () => {
    const samples = [
      'e\u200b\u0301', // removing the ZWSP creates a composable pair: NFC must run after removal
      'a\u00ad\u0308b',
      ' \u00a0\r\n\r\n\r\n\u0301x\u2028\u2028\u2028y \u00a0',
      '\u2000end\u2001',
      'x\r\r\r\ry',
      '\ufeff\ufeff',
      'Ä\r\nÖ\rÜ\u00a0\n\n\n\nß',
    ];
    for (const s of samples) {
      const once = normaliseText(s);
      expect(normaliseText(once), JSON.stringify(s)).toBe(once);
    }
    // Random strings drawn from the characters the normaliser cares about.
    const alphabet = ['a', 'e', 'ü', '\u0301', '\u0308', ' ', '\t', '\n', '\r', '\u00a0', '\u200b', '\u200d', '\u00ad', '\ufeff', '\u2028', '„', '“', '\u200c', 'ب', 'ه', '\u064e', '👩', '💻', '\ufe0f', '🏽'];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 30) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const once = normaliseText(s);
      expect(normaliseText(once), JSON.stringify(s)).toBe(once);
    }
  });
});

describe('contentHash', () => {
  it('is the sha256 hex of the normalised text', () => {
    // sha256("abc")
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('finds duplicates that differ only invisibly', () => {
    expect(contentHash('Müller\r\nsagt:\u00a0ja  ')).toBe(contentHash('Mu\u0308ller\nsagt: ja'));
    expect(contentHash('Müller sagt ja')).not.toBe(contentHash('Müller sagt nein'));
  });
});
