// The speaker registry among many people who share a first name (session 23): a later mention by
// full name or surname finds its own person, and the search reads only the people who have every
// word of the name (a text naming thousands of "Paul …" stays linear). Sentences of our own.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

describe('people who share a first name', () => {
  it('resolves a surname to the one person of that surname among many Pauls', () => {
    const people = Array.from({ length: 40 }, (_, i) => `Paul Ost${String.fromCharCode(97 + (i % 26))}${i}`);
    const text = [
      ...people.map((p, i) => `Der Minister ${p} sagte, Vorschlag ${i + 1} sei gut.`),
      'Die Ärztin Paula Roth erklärte, die Lage sei ernst.',
      '„Wir brauchen mehr Personal“, sagte Roth.',
      `„Wir bleiben dabei“, sagte ${people[7]}.`,
    ].join(' ');
    const list = claims(text, 'de');
    expect(claimWith(list, 'Vorschlag 8 ')).toMatchObject({ claimant: people[7] });
    expect(claimWith(list, 'mehr Personal')).toMatchObject({ kind: 'quote', claimant: 'Paula Roth' });
    expect(claimWith(list, 'bleiben dabei')).toMatchObject({ kind: 'quote', claimant: people[7] });
  });

  it('reads English namesakes the same way', () => {
    const text = [
      'Senator Anna Bell said the bill was fair.',
      'Mayor Anna Cole said the budget was short.',
      '“We will fix it,” Cole said.',
      '“It passes,” Bell said.',
    ].join(' ');
    const list = claims(text, 'en');
    expect(claimWith(list, 'fix it')).toMatchObject({ claimant: 'Anna Cole' });
    expect(claimWith(list, 'It passes')).toMatchObject({ claimant: 'Anna Bell' });
  });
});
