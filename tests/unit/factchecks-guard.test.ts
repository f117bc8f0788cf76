// The guard that keeps a near-identical sentence with a changed number, a negation or the
// opposite direction of change from counting as the same claim; and the normalising it rests on.
import { describe, expect, it } from 'vitest';
import { analyse, parseNumber } from '../../src/main/core/factchecks/analyse';
import { joinCandidates, splitCompound } from '../../src/main/core/factchecks/compounds';
import { compare, conflictBetween, SAME_CLAIM_MIN } from '../../src/main/core/factchecks/similarity';

const uniform = () => 1;
const sim = (a: string, la: string, b: string, lb: string) => compare(analyse(a, la), la, analyse(b, lb), lb, uniform);

describe('number / negation / direction guard', () => {
  it.each([
    ['Die Arbeitslosigkeit stieg auf 5 Prozent.', 'Die Arbeitslosigkeit stieg auf 7 Prozent.', 'de', 'number'],
    ['Unemployment rose to 5 per cent.', 'Unemployment rose to 7%.', 'en', 'number'],
    ['Die Preise stiegen 2022 um 8 Prozent.', 'Die Preise sanken 2022 um 8 Prozent.', 'de', 'direction'],
    ['Crime rose last year.', 'Crime fell last year.', 'en', 'direction'],
    ['Der Impfstoff enthält Mikrochips.', 'Der Impfstoff enthält keine Mikrochips.', 'de', 'negation'],
    ['The vaccine is safe for children.', "The vaccine isn't safe for children.", 'en', 'negation'],
    ['The vaccine is safe for children.', 'The vaccine is not safe for children.', 'en', 'negation'],
  ])('%s ≠ %s', (a, b, lang, conflict) => {
    const result = sim(a, lang, b, lang);
    expect(result.conflict).toBe(conflict);
    expect(result.similarity).toBeLessThan(SAME_CLAIM_MIN);
  });

  it.each([
    ['Die Abhängigkeit Deutschlands von Öl stieg 2023 um fünf Prozent.', 'de', 'Die Ölabhängigkeit Deutschlands ist 2023 um 5 Prozent gestiegen.', 'de'],
    ['3,5 Millionen Menschen sind arbeitslos.', 'de', 'Arbeitslos sind 3.500.000 Menschen.', 'de'],
    ['UK unemployment increased to 4.2% in March.', 'en', 'Unemployment in the UK rose to 4.2 per cent in March.', 'en'],
    ['Merkel’s government spent 1.2 billion euros.', 'en', 'The government of Merkel spent €1,200 million.', 'en'],
  ])('%s ~ %s', (a, la, b, lb) => {
    const result = sim(a, la, b, lb);
    expect(result.conflict).toBeNull();
    expect(result.similarity).toBeGreaterThanOrEqual(SAME_CLAIM_MIN);
  });

  it.each([
    ['Unemployment rose to 12 percent in 2023.', 'Unemployment rose to fifteen percent in 2023.', 'en'],
    ['Twelve people died in the floods in Valencia.', 'Thirteen people died in the floods in Valencia.', 'en'],
    ['The club signed 25 players this summer.', 'The club signed twenty-one players this summer.', 'en'],
    ['Die Arbeitslosigkeit stieg 2023 auf 12 Prozent.', 'Die Arbeitslosigkeit stieg 2023 auf fünfzehn Prozent.', 'de'],
    ['Die Stadt hat im Mai 40 neue Busse gekauft.', 'Die Stadt hat im Mai siebzig neue Busse gekauft.', 'de'],
    ['Der Verein hat 25 Spieler verpflichtet.', 'Der Verein hat einundzwanzig Spieler verpflichtet.', 'de'],
  ])('a number written as a word is a number too: %s ≠ %s', (a, b, lang) => {
    const result = sim(a, lang, b, lang);
    expect(result.conflict).toBe('number');
    expect(result.similarity).toBeLessThan(SAME_CLAIM_MIN);
  });

  it.each([
    ['Thirteen people died in the floods.', '13 people died in the floods.', 'en'],
    ['The club signed twenty-one players.', 'The club signed 21 players.', 'en'],
    ['Ninety percent of voters agreed.', '90 percent of voters agreed.', 'en'],
    ['Der Verein hat einundzwanzig Spieler verpflichtet.', 'Der Verein hat 21 Spieler verpflichtet.', 'de'],
    ['Sechzehn Menschen starben.', '16 Menschen starben.', 'de'],
  ])('and the same number in words and figures is the same claim: %s ~ %s', (a, b, lang) => {
    const result = sim(a, lang, b, lang);
    expect(result.conflict).toBeNull();
    expect(result.similarity).toBeGreaterThanOrEqual(SAME_CLAIM_MIN);
  });

  it('reads numbers in each language’s convention, with multipliers and the two billions', () => {
    expect(parseNumber('1.000.000', 'de')).toBe(1_000_000);
    expect(parseNumber('1,000,000', 'en')).toBe(1_000_000);
    expect(parseNumber('3,5', 'de')).toBe(3.5);
    expect(parseNumber('3.5', 'en')).toBe(3.5);
    expect([...analyse('eine Billion Euro', 'de').numbers]).toEqual(['n1000000000000']);
    expect([...analyse('one billion euros', 'en').numbers]).toEqual(['n1000000000']);
    expect([...analyse('zwei Milliarden', 'de').numbers]).toEqual([...analyse('two billion', 'en').numbers]);
  });

  it('a number said on one side only is no conflict; a negation on both sides is none either', () => {
    expect(conflictBetween(analyse('Die Steuer steigt 2025.', 'de'), analyse('Die Steuer steigt.', 'de'))).toBeNull();
    expect(conflictBetween(analyse('Es gibt keine Mikrochips.', 'de'), analyse('Mikrochips sind nicht enthalten.', 'de'))).toBeNull();
  });
});

describe('German compounds against the other text', () => {
  it('splits a compound into parts the other side knows, with linking elements, and leaves other words alone', () => {
    const known = (words: string[]) => (t: string) => words.map((w) => analyse(w, 'de').terms[0]).includes(t);
    expect(splitCompound('ölabhängigkeit', known(['Öl', 'Abhängigkeit']))).toEqual(['ol', 'abhang']);
    expect(splitCompound('arbeitsmarkt', known(['Arbeit', 'Markt']))).toEqual(['arbeit', 'markt']);
    expect(splitCompound('bundestag', known(['Haushalt']))).toBeNull();
    expect(joinCandidates([{ word: 'abhängigkeit' }, { word: 'öl' }])).toContain(analyse('Ölabhängigkeit', 'de').terms[0]);
  });
});
