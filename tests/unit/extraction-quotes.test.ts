import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';



const intro = 'Die Ministerin Karin Albers sprach am Montag in Berlin vor Journalisten.\n';

describe('quotations', () => {
  const styles: [string, string, string][] = [
    ['„…“', '„', '“'], ['“…”', '“', '”'], ['"…"', '"', '"'], ['«…»', '«', '»'], ['»…«', '»', '«'],
    ['‚…‘', '‚', '‘'], ['„…" (mismatched)', '„', '"'], ['"…“ (mismatched)', '"', '“'],
  ];
  for (const [name, open, close] of styles) {
    it(`reads ${name} as direct speech with a trailing attribution`, () => {
      const list = claims(`${intro}${open}Die Preise sind um 5 Prozent gestiegen${close}, sagte Albers.`, 'de');
      const c = claimWith(list, 'Preise');
      expect(c.kind).toBe('quote');
      expect(c.claimant).toBe('Karin Albers');
    });
  }

  it('attributes a quotation introduced by a colon', () => {
    const c = claimWith(claims(`${intro}Albers sagte im Anschluss: "Das Gespräch war sehr gut."`, 'de'), 'Gespräch');
    expect(c).toMatchObject({ kind: 'quote', claimant: 'Karin Albers' });
  });

  it('reads the German trailing forms ", so X", "sagte X", "ergänzte X", "erklärte der Sprecher"', () => {
    const text = 'Der Sprecher des Ministeriums, Jan Roth, äußerte sich am Abend.\n' +
      '„Die Lage ist stabil“, so Roth.\n„Wir prüfen alle Optionen“, sagte Roth.\n' +
      '„Die Gespräche gehen weiter“, ergänzte Roth.\n„Es gibt keine Einigung“, erklärte der Sprecher des Ministeriums.';
    for (const needle of ['stabil', 'Optionen', 'Gespräche', 'Einigung']) {
      expect(claimWith(claims(text, 'de'), needle)).toMatchObject({ kind: 'quote', claimant: 'Jan Roth' });
    }
  });

  it('reads the English trailing forms "said Smith", "Smith said", "she added" and "according to"', () => {
    const text = 'Senator Maria Lopez spoke on Monday.\n"The bill costs $4 billion," said Lopez.\n' +
      '"It will pass," Lopez said.\n"We have the votes," she added.\n' +
      'Unemployment fell to 3.9 percent, according to the Labor Department.';
    const list = claims(text, 'en');
    expect(claimWith(list, 'costs')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'will pass')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'votes')).toMatchObject({ kind: 'quote', claimant: 'Maria Lopez' });
    expect(claimWith(list, 'Unemployment')).toMatchObject({ kind: 'reported', claimant: 'Labor Department' });
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    const text = 'Außenamtssprecher Guo Jiakun äußerte sich am Dienstag.\n' +
      '“China ist bereit zum Dialog. Wir hoffen auf Zusammenarbeit“, so der Außenamtssprecher.';
    const list = claims(text, 'de');
    expect(claimWith(list, 'bereit')).toMatchObject({ kind: 'quote', claimant: 'Guo Jiakun' });
    expect(claimWith(list, 'hoffen')).toMatchObject({ kind: 'quote', claimant: 'Guo Jiakun' });
  });

  it('lets a quotation paragraph without attribution continue the previous speaker', () => {
    const text = 'Trump sagte am Montag: "Das Gespräch war sehr gut."\n"Ich erwarte, dass wir viele Probleme lösen werden.“';
    expect(claimWith(claims(text, 'de'), 'erwarte')).toMatchObject({ kind: 'quote', claimant: 'Trump' });
  });

  it('does not make a sentence with a short embedded quote direct speech', () => {
    const c = claimWith(claims('Putin habe betont, die Beziehungen seien „autark“ und stabil.', 'de'), 'autark');
    expect(c.kind).toBe('reported');
  });

  it('treats transcript speaker labels as quotes by that speaker', () => {
    const text = 'Moderated by Lester Holt. Candidates Donald Trump and Hillary Clinton took part.\n' +
      'TRUMP: We lost 70,000 factories in this country.\nClinton: I have a plan to create 10 million jobs.\n' +
      'That plan is paid for by taxes on the wealthy.\nTRUMP: She has been doing this for 30 years.';
    const list = claims(text, 'en');
    expect(claimWith(list, 'factories')).toMatchObject({ kind: 'quote', claimant: 'Donald Trump' });
    expect(claimWith(list, '10 million')).toMatchObject({ kind: 'quote', claimant: 'Hillary Clinton' });
    expect(claimWith(list, 'paid for')).toMatchObject({ kind: 'quote', claimant: 'Hillary Clinton' });
  });
});
