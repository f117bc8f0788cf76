// The page makes its date formatter while it waits for the host (main.tsx, warmDateFormat), so
// the first render, which shows a date on every article row, finds it made: the formatter made
// ahead must be the one formatDate then takes for the system's language.
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

describe('warmDateFormat', () => {
  it('makes the formatter formatDate takes for a German system', async () => {
    const { format, made } = await withBrowserLanguage('de-AT');
    format.warmDateFormat();
    expect(made()).toBe(1);
    expect(format.formatDate('2024-03-05', 'de')).toBe(new RealDateTimeFormat('de-AT', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date('2024-03-05T00:00:00')));
    expect(made()).toBe(1);
  });

  it('makes the English one for any other system language, with its regional format', async () => {
    const { format, made } = await withBrowserLanguage('en-GB');
    format.warmDateFormat();
    expect(format.formatDate('2023-11-30', 'en')).toBe('30 Nov 2023');
    expect(made()).toBe(1);
    // Another UI language (chosen in the settings) makes its own.
    format.formatDate('2023-11-30', 'de');
    expect(made()).toBe(2);
  });

  it('falls back to English on a French system (the UI has English and German)', async () => {
    const { format, made } = await withBrowserLanguage('fr-FR');
    format.warmDateFormat();
    format.formatDate('2023-11-30', 'en');
    expect(made()).toBe(1);
  });
});
