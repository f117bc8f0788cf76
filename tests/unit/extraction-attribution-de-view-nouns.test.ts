// German attribution: view nouns and documents as sources, classes fixed in session 16 (issue #10).
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a view noun owned by a genitive plural without article', () => {
  it('reads "Nach Meinung vieler Experten", "nach Einschätzung mehrerer Ökonomen" as the experts and economists', () => {
    const list = de([
      'Nach Meinung vieler Experten werden die Mieten im kommenden Jahr steigen.',
      'Nach Einschätzung mehrerer Ökonomen wird die Teuerung im Herbst nachlassen.',
    ].join(' '));
    expect(claimWith(list, 'Mieten')).toMatchObject({ kind: 'reported', claimant: 'Experten' });
    expect(claimWith(list, 'Teuerung')).toMatchObject({ kind: 'reported', claimant: 'Ökonomen' });
  });

  it('reads "Nach Überzeugung der Ermittler" as the investigators', () => {
    const list = de('Nach Überzeugung der Ermittler hat der Fahrer den Unfall verursacht.');
    expect(claimWith(list, 'Unfall')).toMatchObject({ kind: 'reported', claimant: 'Ermittler' });
  });
});

describe('"kam zu dem Ergebnis, dass": a light verb of stance with experts and documents', () => {
  it('gives the content clause to the experts and to the report', () => {
    const list = de([
      'Die Experten kamen zu dem Ergebnis, dass die Brücke noch sicher sei.',
      'Der Bericht der Kommission kommt zu dem Schluss, dass die Schulen zu wenig Lehrer hätten.',
    ].join(' '));
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: 'Experten' });
    expect(claimWith(list, 'Lehrer')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Lehrer').claimant).toMatch(/Kommission/);
  });
});

describe('words that only end like a source noun', () => {
  it('reads "Seiner Meinung nach hätte die Flughafenaufsicht …" as the person before, not as an "Aufsicht" source', () => {
    const list = de('Der Minister Karl Berg sagte, die Entscheidung sei falsch gewesen. Seiner Meinung nach hätte die Flughafenaufsicht von einer Landung abraten müssen.');
    expect(claimWith(list, 'Flughafenaufsicht')).toMatchObject({ kind: 'reported', claimant: 'Karl Berg' });
  });

  it('takes "Soldaten" and "Kandidaten" for no data: "laut den Soldaten" is the soldiers, not a document', () => {
    const list = de('Nach Angaben der Soldaten wurde das Dorf am Morgen geräumt.');
    expect(claimWith(list, 'Dorf')).toMatchObject({ kind: 'reported', claimant: 'Soldaten' });
  });
});
