// The rules that let "checked before?" see through notation: currencies, qualifiers, ordinals
// and numeric dates. Each rule with sentences of this file's own.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/main/core/factchecks/analyse';
import { conflictBetween } from '../../src/main/core/factchecks/similarity';

const terms = (text: string, language: 'de' | 'en') => analyse(text, language).terms;

describe('currencies', () => {
  it('one term for a sign, a code and a word, in English and German', () => {
    for (const t of ['$7m for the school', '7 million dollars for the school', 'USD 7m for the school', 'US$7m for the school']) {
      expect(terms(t, 'en')).toEqual(expect.arrayContaining(['curusd', 'n7000000']));
      expect(terms(t, 'en')).not.toContain('us');
    }
    expect(terms('7 Mio. € für die Schule', 'de')).toEqual(expect.arrayContaining(['cureur', 'n7000000']));
    expect(terms('7 Millionen US-Dollar für die Schule', 'de')).toEqual(['n7000000', 'curusd', 'schul']);
    expect(terms('sieben Millionen Pfund für die Schule', 'de')).toContain('curgbp');
  });
  it('the same figure in two currencies is a conflict, a currency on one side only is not', () => {
    expect(conflictBetween(analyse('The school got $7m.', 'en'), analyse('The school got €7m.', 'en'))).toBe('number');
    expect(conflictBetween(analyse('The school got $7m.', 'en'), analyse('The school got 7 million.', 'en'))).toBeNull();
  });
});

describe('qualifiers', () => {
  it('drops approximations before a figure', () => {
    const plain = terms('12,500 runners started the race', 'en');
    for (const q of ['About', 'Around', 'Nearly', 'Almost', 'Roughly', 'Some', 'Just over', 'At least', 'An estimated']) {
      expect(terms(`${q} 12,500 runners started the race`, 'en')).toEqual(plain);
    }
    const de = terms('12.500 Läufer gingen an den Start', 'de');
    for (const q of ['Rund', 'Etwa', 'Knapp', 'Fast', 'Gut', 'Über', 'Mindestens', 'Bis zu', 'Ungefähr', 'Ca.']) {
      expect(terms(`${q} 12.500 Läufer gingen an den Start`, 'de')).toEqual(de);
    }
  });
  it('keeps the ambiguous ones where they are words of their own', () => {
    expect(terms('Das Ergebnis war knapp', 'de')).toContain('knapp');
    expect(terms('Der Zug fuhr fast leer', 'de')).toContain('fast');
  });
  it('keeps "more than" and "fewer than" as opposite directions', () => {
    expect(conflictBetween(analyse('More than 300 flats were built.', 'en'), analyse('Fewer than 300 flats were built.', 'en'))).toBe('direction');
  });
});

describe('dates', () => {
  it('an English ordinal, a German numeric date and an ISO date meet the spelled-out date', () => {
    const spelled = terms('The museum reopened on 9 April 2021', 'en');
    expect(terms('The museum reopened on April 9th, 2021', 'en')).toEqual(expect.arrayContaining(spelled));
    expect(terms('The museum reopened on 2021-04-09', 'en')).toEqual(spelled);
    expect(terms('Das Museum öffnete am 9.4.2021 wieder', 'de')).toEqual(terms('Das Museum öffnete am 9. April 2021 wieder', 'de'));
    expect(terms('Das Museum öffnete am 09.04.2021 wieder', 'de')).toEqual(terms('Das Museum öffnete am 9. April 2021 wieder', 'de'));
  });
  it('leaves numbers that are not dates alone, and keeps another month apart', () => {
    expect(terms('Die Halle fasst 1.000.000 Liter', 'de')).toContain('n1000000');
    expect(terms('Version 10.13.2024 erschien', 'de')).not.toContain('mon13');
    expect(conflictBetween(analyse('Die Brücke wurde im März gesperrt.', 'de'), analyse('Die Brücke wurde im Mai gesperrt.', 'de'))).toBe('number');
  });
});
