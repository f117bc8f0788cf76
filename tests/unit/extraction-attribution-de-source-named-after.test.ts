// German attribution across sentences, class "source named after" (issue #10, session 17): a
// claim stated first whose source the next sentence names with a demonstrative ("Das sagte X.",
// "Dies urteilte das Gericht.", "Das musste X einräumen."). Strategy in discourse.ts.
// Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a demonstrative sentence names the source of the sentence before it', () => {
  it('gives the sentence before its speaker when that sentence had none that resolves', () => {
    const list = de([
      'Das neue Parkverbot an der Uferstraße ist unzulässig.',
      'Dies urteilte heute das Verwaltungsgericht Kassel.',
      'Der Bürgermeister soll von dem Plan gewusst haben.',
      'Das berichten mehrere Lokalzeitungen.',
    ].join(' '));
    expect(claimWith(list, 'Parkverbot')).toMatchObject({ kind: 'reported', claimant: 'Verwaltungsgericht Kassel' });
    expect(claimWith(list, 'gewusst')).toMatchObject({ kind: 'reported', claimant: 'Lokalzeitungen' });
  });

  it('reads a compound tense: perfect, modal with infinitive, passive with its agent', () => {
    const list = de([
      'Die Brücke wird erst im Herbst fertig.',
      'Das hat Bürgermeisterin Helga Winter am Dienstag gesagt.',
      '„Wir haben uns verrechnet.“',
      'Das musste Bauleiter Otto Kranz vor dem Ausschuss einräumen.',
      'Die Kosten steigen um ein Drittel.',
      'Dies wurde vom Landesrechnungshof am Mittwoch mitgeteilt.',
    ].join(' '));
    expect(claimWith(list, 'Herbst')).toMatchObject({ kind: 'reported', claimant: 'Helga Winter' });
    expect(claimWith(list, 'verrechnet')).toMatchObject({ kind: 'quote', claimant: 'Otto Kranz' });
    expect(claimWith(list, 'Drittel')).toMatchObject({ kind: 'reported', claimant: 'Landesrechnungshof' });
  });

  it('leaves decisions, a demonstrative subject and a sentence with its own speaker alone', () => {
    const list = de([
      'Die Grundsteuer steigt im Mai.',
      'Dies wurde vom Stadtrat beschlossen.',
      'Die Gruppe ist seit Jahren im Untergrund aktiv.',
      'Diese hatte Proteste angekündigt.',
      'Nach Angaben der Feuerwehr brannte die Scheune völlig aus.',
      'Das bestätigte ein Polizeisprecher.',
    ].join(' '));
    expect(claimWith(list, 'Grundsteuer').claimant).toBeNull();
    expect(claimWith(list, 'Untergrund').claimant).toBeNull();
    expect(claimWith(list, 'Scheune')).toMatchObject({ kind: 'reported', claimant: 'Feuerwehr' });
  });
});
