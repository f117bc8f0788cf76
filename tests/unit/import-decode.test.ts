import { describe, expect, it } from 'vitest';
import { decodeText, normaliseText } from '../../src/main/core/import';
import { GERMAN_TEXT, GERMAN_TEXT_LATIN1, fixture } from '../fixtures/import/helpers';

const decodeFixture = (name: string, declared?: string) => {
  const r = decodeText(fixture(name), declared);
  return { ...r, text: normaliseText(r.text) };
};

describe('decodeText: the German article in every supported encoding', () => {
  it.each([
    ['article-utf8.txt', 'utf-8'],
    ['article-utf8-bom.txt', 'utf-8'],
    ['article-utf16le-bom.txt', 'utf-16le'],
    ['article-utf16be-bom.txt', 'utf-16be'],
    ['article-windows-1252.txt', 'windows-1252'],
  ])('%s → umlauts, ß, „“, – and € exactly right', (name, encoding) => {
    const r = decodeFixture(name);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(GERMAN_TEXT);
    expect(r.text).toContain('„Wir müssen jetzt handeln“');
    expect(r.text).toContain('Äußerst');
    expect(r.text).not.toContain('\ufeff');
  });

  it('ISO-8859-1 decodes (as its windows-1252 superset) with umlauts and «» right', () => {
    const r = decodeFixture('article-iso-8859-1.txt');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe(GERMAN_TEXT_LATIN1);
  });

  it('warns when it had to guess a legacy encoding, not for UTF-8', () => {
    expect(decodeFixture('article-utf8.txt').warnings).toEqual([]);
    expect(decodeFixture('article-windows-1252.txt').warnings).toEqual(['The text is not UTF-8; it was decoded as windows-1252.']);
  });

  it('prefers windows-1252 for „“ bytes (0x84, 0x93) even in a short snippet', () => {
    const r = decodeText(new Uint8Array([0x84, 0x4a, 0x61, 0x93, 0x20, 0x96, 0x20, 0x80]));
    expect(r.text).toBe('„Ja“ – €');
    expect(r.encoding).toBe('windows-1252');
  });

  it('uses chardet for clearly non-Latin legacy text (windows-1251 Cyrillic)', () => {
    // "Москва заявила, что переговоры продолжатся." in windows-1251
    const sentence = [0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x20, 0xe7, 0xe0, 0xff, 0xe2, 0xe8, 0xeb, 0xe0, 0x2c, 0x20, 0xf7, 0xf2, 0xee, 0x20, 0xef, 0xe5, 0xf0, 0xe5, 0xe3, 0xee, 0xe2, 0xee, 0xf0, 0xfb, 0x20, 0xef, 0xf0, 0xee, 0xe4, 0xee, 0xeb, 0xe6, 0xe0, 0xf2, 0xf1, 0xff, 0x2e, 0x20];
    const r = decodeText(Uint8Array.from(Array.from({ length: 8 }, () => sentence).flat()));
    expect(r.encoding).toBe('windows-1251');
    expect(r.text.startsWith('Москва заявила, что переговоры продолжатся. ')).toBe(true);
  });

  it('replaces invalid bytes in otherwise-UTF-8 text with U+FFFD and warns', () => {
    const r = decodeText(fixture('article-utf8-invalid.txt'));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.match(/\uFFFD/g)).toHaveLength(2);
    expect(r.warnings).toEqual(['2 invalid UTF-8 byte sequences replaced with U+FFFD.']);
    // Everything else survives.
    expect(normaliseText(r.text).replaceAll('\uFFFD', '')).toBe(GERMAN_TEXT);
  });

  it('never throws on arbitrary bytes', () => {
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 1 + (i % 64) }, () => (seed = (seed * 48271) % 2147483647) & 0xff);
      expect(() => decodeText(bytes)).not.toThrow();
    }
  });

  it('does not count a literal U+FFFD in the input as damage', () => {
    const r = decodeText(new Uint8Array([...new TextEncoder().encode('a\uFFFDb ä'), 0xff]));
    expect(r.text).toBe('a\uFFFDb ä\uFFFD');
    expect(r.warnings).toEqual(['1 invalid UTF-8 byte sequence replaced with U+FFFD.']);
  });
});

describe('decodeText: declared charsets', () => {
  it('respects a declared legacy charset', () => {
    expect(decodeText(fixture('article-windows-1252.txt'), 'windows-1252')).toMatchObject({ encoding: 'windows-1252', warnings: [] });
    expect(normaliseText(decodeText(fixture('article-windows-1252.txt'), 'Windows-1252').text)).toBe(GERMAN_TEXT);
    // Latin-1 labels are read as windows-1252, as browsers do.
    expect(decodeText(new Uint8Array([0x84, 0xe4, 0x93]), 'ISO-8859-1').text).toBe('„ä“');
    // A charset that is neither: ISO-8859-2 0xB9 is "š".
    expect(decodeText(new Uint8Array([0xb9]), 'iso-8859-2').text).toBe('š');
  });

  it('decodes valid multi-byte UTF-8 as UTF-8 even when mislabelled as Latin-1', () => {
    const r = decodeText(fixture('article-utf8.txt'), 'iso-8859-1');
    expect(r.encoding).toBe('utf-8');
    expect(normaliseText(r.text)).toBe(GERMAN_TEXT);
    expect(r.warnings[0]).toMatch(/declared as windows-1252 but is valid UTF-8/);
  });

  it('falls back to windows-1252 when "UTF-8" is declared but the bytes are clearly not', () => {
    const r = decodeText(fixture('article-windows-1252.txt'), 'utf-8');
    expect(r.encoding).toBe('windows-1252');
    expect(normaliseText(r.text)).toBe(GERMAN_TEXT);
  });

  it('lets a BOM override the declaration', () => {
    const r = decodeText(fixture('article-utf16le-bom.txt'), 'windows-1252');
    expect(r.encoding).toBe('utf-16le');
    expect(normaliseText(r.text)).toBe(GERMAN_TEXT);
  });

  it('ignores unknown charset labels with a warning', () => {
    const r = decodeText(fixture('article-utf8.txt'), 'x-klingon');
    expect(normaliseText(r.text)).toBe(GERMAN_TEXT);
    expect(r.warnings).toEqual(['The declared character set "x-klingon" is unknown and was ignored.']);
  });

  it('drops a dangling byte of odd-length UTF-16 with a warning', () => {
    const r = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe4, 0x00, 0x42]));
    expect(r.text).toBe('Aä');
    expect(r.warnings).toHaveLength(1);
  });
});
