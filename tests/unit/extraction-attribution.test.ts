import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';



describe('reported speech and claimants', () => {
  it('gives the claim to the speech verb subject, not to the subject of the reported clause', () => {
    const text = 'Der russische Präsident Wladimir Putin und Donald Trump telefonierten am Montag.\n' +
      'Putin würde Russland zerstören, falls er keinen Deal eingehe, ergänzte Trump nach dem Gespräch.';
    expect(claimWith(claims(text, 'de'), 'zerstören')).toMatchObject({ kind: 'reported', claimant: 'Donald Trump' });
  });

  it('reads Konjunktiv with an auxiliary ("habe betont") and resolves surnames to the fullest name', () => {
    const text = 'Der russische Präsident Wladimir Putin sprach mit Xi Jinping.\nPutin habe betont, dass die Beziehungen stabil seien.';
    const c = claimWith(claims(text, 'de'), 'habe betont');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Wladimir Putin', claimantRole: 'russischer Präsident' });
  });

  it('lets a Konjunktiv sentence without a speech verb continue the last speaker', () => {
    const text = 'Ein Bahnsprecher sagte, das Unternehmen habe 13 Prozent angeboten. Die Forderungen seien nicht umsetzbar.';
    expect(claimWith(claims(text, 'de'), 'Forderungen')).toMatchObject({ kind: 'reported', claimant: 'Bahnsprecher' });
  });

  it('reads "laut", "zufolge" and "nach Angaben von"', () => {
    const list = claims('Laut Statistischem Bundesamt stieg die Inflation auf 2,3 Prozent. ' +
      'Dem Bundesrechnungshof zufolge stiegen die Zinsen. Nach Angaben von Eurostat sank die Arbeitslosigkeit.', 'de');
    expect(claimWith(list, 'Inflation')).toMatchObject({ kind: 'reported', claimant: 'Statistischem Bundesamt' });
    expect(claimWith(list, 'Zinsen')).toMatchObject({ kind: 'reported', claimant: 'Bundesrechnungshof' });
    expect(claimWith(list, 'Arbeitslosigkeit')).toMatchObject({ kind: 'reported', claimant: 'Eurostat' });
  });

  it('reads English "said that", "told", "claimed"', () => {
    const list = claims('Treasury Secretary Janet Yellen said that inflation had peaked. ' +
      'Sen. Rand Paul told reporters the deficit had doubled. Rep. Jim Jordan claimed the data were wrong.', 'en');
    expect(claimWith(list, 'peaked')).toMatchObject({ kind: 'reported', claimant: 'Janet Yellen' });
    expect(claimWith(list, 'doubled')).toMatchObject({ kind: 'reported', claimant: 'Rand Paul' });
    expect(claimWith(list, 'wrong')).toMatchObject({ kind: 'reported', claimant: 'Jim Jordan' });
  });

  it('resolves er/sie and he/she to the last named speaker', () => {
    const de = claims('Sachsens Ministerpräsident Michael Kretschmer kritisierte den Bund. Er fügte hinzu, viele Kommunen seien pleite.', 'de');
    expect(claimWith(de, 'Kommunen')).toMatchObject({ kind: 'reported', claimant: 'Michael Kretschmer' });
    const en = claims('Housing Secretary Angela Rayner spoke in the Commons. "The old system is broken," she said.', 'en');
    expect(claimWith(en, 'broken')).toMatchObject({ kind: 'quote', claimant: 'Angela Rayner' });
  });

  it('maps a role to the person the article names with it elsewhere', () => {
    const text = 'Der Sprecher des chinesischen Außenministeriums wiederholte die Absicht Chinas.\n' +
      '„Wir sind bereit“, so Guo Jiakun, Sprecher des chinesischen Außenministeriums.';
    const c = claimWith(claims(text, 'de'), 'wiederholte');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Guo Jiakun', claimantRole: 'Sprecher des chinesischen Außenministeriums' });
  });

  it('keeps the article voice for statements', () => {
    const c = claimWith(claims('Die Schweiz und Serbien hatten sich als Gastgeber angeboten.', 'de'), 'Schweiz');
    expect(c).toMatchObject({ kind: 'statement', claimant: null, claimantRole: null });
  });
});

describe('check-worthiness', () => {
  it('ranks specific factual claims above opinions and gives reasons and a type', () => {
    const list = claims('Die Arbeitslosenquote stieg im März 2024 auf 6,1 Prozent. „Das ist sehr gut“, sagte der Minister Jan Roth.', 'de');
    const fact = claimWith(list, 'Arbeitslosenquote');
    const opinion = claimWith(list, 'sehr gut');
    expect(fact.checkworthiness).toBeGreaterThanOrEqual(0.5);
    expect(opinion.checkworthiness).toBeLessThan(0.5);
    expect(fact.reasons).toEqual(expect.arrayContaining(['number', 'date']));
    expect(fact.type).toBe('quantity');
    for (const c of list) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
  });

  it('types causes, rules and predictions', () => {
    const en = claims('The strike happened because of the new pay rules. The law bans smoking in bars. Prices will rise next year.', 'en');
    expect(claimWith(en, 'strike').type).toBe('correlation_causation');
    expect(claimWith(en, 'bans').type).toBe('law_rule');
    expect(claimWith(en, 'Prices').type).toBe('prediction');
  });
});
