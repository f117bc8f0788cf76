// The first screen's dates wait for its paint (lib/use-date.ts), which then makes the formatter
// (makeDateFormat) and renders them: the formatter made then must be the one formatDate takes,
// and hasDateFormat must say so (it decides whether a date shows at once).
import { afterEach, describe, expect, it, vi } from 'vitest';

const RealDateTimeFormat = Intl.DateTimeFormat;

/** Loads lib/format afresh with `language` as the browser's, counting the Intl.DateTimeFormats made. */
async function withBrowserLanguage(language: string) {
  vi.resetModules();
  vi.stubGlobal('navigator', { language });
  let made = 0;
  const counting = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    made++;
    return new RealDateTimeFormat(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  Intl.DateTimeFormat = counting;
  const format = await import('../../src/renderer/src/lib/format');
  return { format, made: () => made };
}

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
  vi.unstubAllGlobals();
});

describe('makeDateFormat', () => {
  it('makes the formatter formatDate takes for German on a German system, and hasDateFormat says so', async () => {
    const { format, made } = await withBrowserLanguage('de-AT');
    expect(format.hasDateFormat('de')).toBe(false);
    format.makeDateFormat('de');
    expect(made()).toBe(1);
    expect(format.hasDateFormat('de')).toBe(true);
    expect(format.formatDate('2024-03-05', 'de')).toBe(new RealDateTimeFormat('de-AT', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date('2024-03-05T00:00:00')));
    expect(made()).toBe(1);
  });

  it("makes English with the system's regional format; another language is not made with it", async () => {
    const { format, made } = await withBrowserLanguage('en-GB');
    format.makeDateFormat('en');
    expect(format.formatDate('2023-11-30', 'en')).toBe('30 Nov 2023');
    expect(made()).toBe(1);
    expect(format.hasDateFormat('de')).toBe(false);
    format.formatDate('2023-11-30', 'de');
    expect(made()).toBe(2);
    expect(format.hasDateFormat('de')).toBe(true);
  });

  it('on a French system, English is written in English (the UI has English and German)', async () => {
    const { format, made } = await withBrowserLanguage('fr-FR');
    format.makeDateFormat('en');
    expect(format.hasDateFormat('en')).toBe(true);
    format.formatDate('2023-11-30', 'en');
    expect(made()).toBe(1);
  });
});
