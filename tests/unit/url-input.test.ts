// When a URL field's message may show: once the address looks finished (see UrlField).
import { describe, expect, it } from 'vitest';
import { urlLooksFinished, withScheme } from '../../src/renderer/src/lib/url-input';

it('answers for long input without backtracking, and as the old pattern did on short input', () => {
  // The old pattern backtracked quadratically on these (80,000 characters took seconds); the
  // string search answers them in one pass. Times are the bench's business, not a test's.
  for (const long of ['a.'.repeat(40_000), `https://${'a.'.repeat(40_000)}`, `${'a'.repeat(80_000)}.`]) {
    expect(urlLooksFinished(long)).toBe(false);
  }
  expect(urlLooksFinished(`${'a.'.repeat(40_000)}/`)).toBe(true);
  const cases: [string, boolean][] = [
    ['h', false],
    ['https:/', false],
    ['https://', false],
    ['https://example', false],
    ['https://example.org', false],
    ['https://example.org/', true],
    ['HTTPS://Example.org/page', true],
    ['example.org/page', true],
    ['www.example', false],
    ['.org/', false],
    ['example./', false],
    ['https://.org/', false],
    ['http:/example.org/', false],
    ['javascript:alert(1)', true],
    ['ftp://example.org', true],
    ['www.x.org:8080', true],
    ['https://example.org/a b', true],
    ['  https://example.org/  ', true],
  ];
  for (const [value, finished] of cases) expect(urlLooksFinished(value), value).toBe(finished);
});

describe('withScheme (Settings and the source form)', () => {
  it('adds https:// to a host with a dot, with or without a path, and leaves anything else as typed', () => {
    expect(withScheme('rathaus.example.de/sitzung?id=4')).toBe('https://rathaus.example.de/sitzung?id=4');
    expect(withScheme('  rathaus.example.de ')).toBe('https://rathaus.example.de');
    expect(withScheme('http://rathaus.example.de')).toBe('http://rathaus.example.de');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withScheme('rathaus')).toBe('rathaus');
    expect(withScheme('Rathaus Süd')).toBe('Rathaus Süd');
    expect(withScheme('')).toBe('');
  });
});
