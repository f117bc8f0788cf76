// News-article conventions: boilerplate that is no claim, and attribution forms of wire copy.
// Every example is written for this file; none is taken from a fixture.
import { describe, expect, it } from 'vitest';
import { claims, claimWith, texts } from '../helpers/extraction';




describe('news boilerplate is no claim', () => {
  it('skips English editor\'s notes, bylines and "contributed to this report"', () => {
    const list = claims('Editor’s note: This story was updated to correct the number of bridges.\n\n' +
      'By Anna Lee and Tom Park.\n\nThe council closed 12 bridges on Friday.\n\n' +
      'Staff writer Mia Chen contributed to this report.', 'en');
    expect(texts(list)).toEqual(['The council closed 12 bridges on Friday.']);
  });

  it('skips "could not be independently verified" notes but keeps long sentences that mention it', () => {
    const list = claims('The army said it shot down 14 drones overnight. The figure could not be independently verified.', 'en');
    expect(texts(list)).toEqual(['The army said it shot down 14 drones overnight.']);
  });

  it('skips German navigation lines, verification notes and interview closings', () => {
    const list = claims('Mehr zum Thema: Die Bahn erhöht die Preise.\n\nDie Armee meldete 30 abgeschossene Drohnen. ' +
      'Die Angaben lassen sich nicht unabhängig überprüfen.\n\nAlle Entwicklungen im Newsblog.\n\n' +
      'Frau Weber, wir danken Ihnen für das Gespräch.', 'de');
    expect(texts(list)).toEqual(['Die Armee meldete 30 abgeschossene Drohnen.']);
  });

  it('skips a photo caption above its credit line', () => {
    const list = claims('Ein Bagger auf der Baustelle in Kassel: Die Arbeiten ruhen seit Mai.\nFoto: Max Muster/dpa\n\n' +
      'Die Stadt hat den Bau im Mai gestoppt.', 'de');
    expect(texts(list)).toEqual(['Die Stadt hat den Bau im Mai gestoppt.']);
  });
});

describe('English wire-copy attribution', () => {
  it('reads past a party-and-state tag after the name', () => {
    const list = claims('Sen. Maria Lopez, D-Ariz., said the program had cost $2 billion. ' +
      '"We were promised a plan," Rep. Dan Hill, R-Ohio, told reporters.', 'en');
    expect(claimWith(list, '$2 billion')).toMatchObject({ kind: 'reported', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'promised a plan')).toMatchObject({ kind: 'quote', claimant: 'Dan Hill' });
  });

  it('reads past a descriptive apposition with its own relative clause', () => {
    const list = claims('Rep. Nora Blake, a Maine Republican whose district includes two shipyards, said the yards employ 9,000 people.', 'en');
    expect(claimWith(list, 'shipyards')).toMatchObject({ kind: 'reported', claimant: 'Nora Blake' });
  });

  it('keeps "and" inside an agency name and lower-case nouns before a role', () => {
    const list = claims('Dr. Ellen Ward, the Fish and Wildlife Service director, said 40 species had recovered. ' +
      'City Hall press secretary Omar Reyes said the budget would grow by 3 percent.', 'en');
    expect(claimWith(list, 'species')).toMatchObject({ kind: 'reported', claimant: 'Ellen Ward' });
    expect(claimWith(list, 'budget')).toMatchObject({ kind: 'reported', claimant: 'Omar Reyes' });
  });
});

describe('German wire-copy attribution', () => {
  it('never takes an abstract noun or the object of a separable verb for the speaker', () => {
    const list = claims('Die Gewerkschaften hatten die Kürzungen im Frühjahr scharf kritisiert. ' +
      'Landrätin Eva Brandt (CDU) wies Bedenken gegen den Neubau zurück.', 'de');
    expect(claimWith(list, 'Kürzungen').claimant).not.toBe('Kürzungen');
    expect(claimWith(list, 'Bedenken')).toMatchObject({ kind: 'reported', claimant: 'Eva Brandt' });
  });

  it('gives "sagte der Präsident" to the last named person only if the gender fits, and never to another bare role', () => {
    const list = claims('Die Ministerin Anna Schmidt kritisierte den Plan als unzureichend. ' +
      'Die Bahn sei seit Jahren marode, sagte der Verkehrsminister. Das Geld reiche bis 2030, sagte der Präsident.\n\n' +
      'Der Landrat Jens Ohm lobte die Pläne. Die Kreisstraße werde 2027 fertig, sagte der Landrat.', 'de');
    expect(claimWith(list, 'marode')).toMatchObject({ kind: 'reported', claimant: 'Verkehrsminister' });
    expect(claimWith(list, 'bis 2030')).toMatchObject({ kind: 'reported', claimant: 'Präsident' });
    expect(claimWith(list, 'Kreisstraße')).toMatchObject({ kind: 'reported', claimant: 'Jens Ohm' });
  });

  it('reads English bodies and roles named in lower case: "the company said", "a spokesman for the company", "officials at the central bank"', () => {
    const list = claims('The head of the agency said prices fell 2 percent in May. A spokesman for the company said sales rose 4 percent. ' +
      'Officials at the central bank said inflation would fall to 2 percent. The company said in a statement that profits rose 9 percent. ' +
      'The chairman of the committee said the bill costs $4 billion.', 'en');
    expect(claimWith(list, 'prices fell')).toMatchObject({ kind: 'reported', claimant: 'head of the agency' });
    expect(claimWith(list, 'sales rose')).toMatchObject({ kind: 'reported', claimant: 'spokesman for the company' });
    expect(claimWith(list, 'inflation')).toMatchObject({ kind: 'reported', claimant: 'Officials at the central bank' });
    expect(claimWith(list, 'profits')).toMatchObject({ kind: 'reported', claimant: 'company' });
    expect(claimWith(list, '$4 billion')).toMatchObject({ kind: 'reported', claimant: 'chairman of the committee' });
  });

  it('takes no counted thing for a person, and does not give "der Chef der Behörde" to whoever was named last', () => {
    const list = claims('Nach Angaben der Feuerwehr brannten 20 Hektar Wald. ' +
      'Der Chef der Behörde erklärte, die Preise seien im Mai um 2 Prozent gefallen.', 'de');
    expect(claimWith(list, 'Hektar')).toMatchObject({ kind: 'reported', claimant: 'Feuerwehr' });
    expect(claimWith(list, 'Preise')).toMatchObject({ kind: 'reported', claimant: 'Chef der Behörde' });
  });

  it('reads past an affiliation between the speaker and the verb ("von der … Hochschule (OTH) Passau rechnet")', () => {
    const list = claims('Der Ökonom Prof. Dr. Karl Brandt von der Technischen Hochschule (TH) Deggendorf rechnet für 2026 mit einem Rückgang von 2 Prozent.', 'de');
    expect(claimWith(list, 'Rückgang')).toMatchObject({ kind: 'reported', claimant: 'Karl Brandt' });
    const en = claims('Jane Roe of the Brookings Institution said the deficit will reach 7 percent.', 'en');
    expect(claimWith(en, 'deficit')).toMatchObject({ kind: 'reported', claimant: 'Jane Roe' });
  });

  it('keeps bodies whose names end like abstract nouns as speakers (Zeitung, Versicherung, Gemeinschaft)', () => {
    const list = claims('Die Versicherung teilte mit, sie zahle 2 Millionen Euro. ' +
      'Die Forschungsgemeinschaft warnte, die Mittel reichten nicht aus. ' +
      'Die Zeitung berichtete, der Minister habe 2019 gelogen.', 'de');
    expect(claimWith(list, 'zahle')).toMatchObject({ kind: 'reported', claimant: 'Versicherung' });
    expect(claimWith(list, 'Mittel')).toMatchObject({ kind: 'reported', claimant: 'Forschungsgemeinschaft' });
    expect(claimWith(list, 'gelogen')).toMatchObject({ kind: 'reported', claimant: 'Zeitung' });
  });

  it('reads "beziffern", "melden", "rechnen mit" and "wie X mitteilte"', () => {
    const list = claims('Eine Sprecherin der Stadtwerke bezifferte den Schaden auf 2 Millionen Euro. ' +
      'Das Landesamt für Umwelt hat einen neuen Höchststand gemeldet. ' +
      'Wie die Handwerkskammer am Freitag mitteilte, fehlen 900 Lehrlinge.', 'de');
    expect(claimWith(list, 'Schaden')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Höchststand')).toMatchObject({ kind: 'reported', claimant: 'Landesamt für Umwelt' });
    expect(claimWith(list, 'Lehrlinge')).toMatchObject({ kind: 'reported', claimant: 'Handwerkskammer' });
  });

  it('fills a role from a later apposition with a surname that is also a German word', () => {
    const list = claims('Ein Sprecher des Landratsamts bestätigte den Ausfall. Der Sprecher, Jonas Kurz, fügte hinzu, die Reparatur dauere zwei Wochen.', 'de');
    expect(claimWith(list, 'Reparatur')).toMatchObject({ kind: 'reported', claimant: 'Jonas Kurz' });
  });

  it('treats "für rechtswidrig erklären" as a ruling, not speech', () => {
    const list = claims('Das Oberlandesgericht hatte im Mai die Sperrung der Brücke für rechtswidrig erklärt.', 'de');
    expect(claimWith(list, 'Sperrung')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('does not register a number and its unit as a person', () => {
    const list = claims('Ein Sprecher des Ministeriums bezifferte die Kosten auf 40 Millionen Euro. Der Sprecher sagte, das Geld sei da.', 'de');
    expect(claimWith(list, 'Geld').claimant).not.toMatch(/Millionen|Euro/u);
  });
});

describe('English sources of figures', () => {
  it('gives "an estimate from X" to X', () => {
    const list = claims('Critics pointed to an analysis by the Urban Transit Institute, which found fares had risen 30 percent.', 'en');
    expect(claimWith(list, 'fares')).toMatchObject({ kind: 'reported', claimant: 'Urban Transit Institute' });
  });
});
