// German attribution by clause structure and by the form of reported speech (issue #10, session
// s10-de). One test per class of miss, on sentences written for these tests (none is taken from
// a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('reported speech whose speaker is not found keeps its kind', () => {
  it('reads "hieß es", "wurde bekannt, dass", an opening "Wie X berichtet," and the Konjunktiv I as reported', () => {
    const list = de([
      'Am Morgen hatte es noch geheißen, die Fähre fahre wieder.',
      'Im Mai wurde dann bekannt, dass die Brauerei schließt.',
      'Wie wetter-online.de berichtet, ist der Pegel gestiegen.',
      'Die Reparatur koste demnach rund eine Million Euro und betrage damit das Doppelte.',
    ].join(' '));
    expect(claimWith(list, 'Fähre').kind).toBe('reported');
    expect(claimWith(list, 'Brauerei').kind).toBe('reported');
    expect(claimWith(list, 'Pegel')).toMatchObject({ kind: 'reported', claimant: 'wetter-online.de' });
    expect(claimWith(list, 'Reparatur').kind).toBe('reported');
  });

  it('reads a finite verb of stance that doubles as a participle as finite ("Die Zeitung vermutet, dass")', () => {
    expect(claimWith(de('Die Zeitung vermutet, dass der Umbau teurer wird.'), 'Umbau').kind).toBe('reported');
  });

  it('names nobody for unnamed sources and nobody in particular', () => {
    const list = de('Der Akku hält 300, nach anderen Angaben 280 Kilometer. Niemand erwartet, dass der Preis sinkt.');
    expect(claimWith(list, 'Akku').claimant).toBeNull();
    expect(claimWith(list, 'Preis').claimant).toBeNull();
  });

  it('takes no noun for a Konjunktiv ("an erster Stelle") and no first person ("halte ich")', () => {
    expect(claimWith(de('Bei den Unfällen liegt Bremen an erster Stelle mit 40 Fällen.'), 'Bremen')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('the subject by clause structure', () => {
  it('reads the subject of a main clause before a content clause, whatever its verb', () => {
    const list = de([
      'Die Gewerkschaft Bau geht davon aus, dass die Löhne steigen.',
      'Offiziell geht die Stadtverwaltung davon aus, dass die Halle im Mai öffnet.',
      'Die Handelskammer hält es auch für möglich, dass die Messe ausfällt.',
    ].join(' '));
    expect(claimWith(list, 'Löhne').claimant).toMatch(/Gewerkschaft Bau/);
    expect(claimWith(list, 'Halle').claimant).toMatch(/Stadtverwaltung/);
    expect(claimWith(list, 'Messe').claimant).toMatch(/Handelskammer/);
  });

  it('attributes nothing to a negated main clause ("konnte nicht belegen, dass")', () => {
    expect(claimWith(de('Die Klägerin konnte nicht glaubhaft machen, dass der Vertrag gilt.'), 'Vertrag').claimant).toBeNull();
  });

  it('reads a quantifier with a partitive genitive as the subject, and the name after the verb as an object', () => {
    const c = claimWith(de('Einige der bekanntesten Bäcker der Stadt haben Bürgermeister Uwe Kern gestern in einem Brief geschrieben, dass die Mieten zu hoch seien.'), 'Mieten');
    expect(c.claimant).toMatch(/Bäcker/);
  });

  it('finds the main clause after a fronted subordinate clause or a fronted adverbial with its relative clause', () => {
    const list = de([
      'Warum der Zug so spät kam, begründete die Bahngesellschaft mit dem Hinweis darauf, dass ein Signal ausgefallen sei.',
      'In der Debatte um die Schulreform, die seit Wochen geführt wird, hat Elternsprecherin Maria Stein gefordert, dass die Klassen kleiner werden.',
      'Ab dem Jahr 2040, so schätzen die Geologen, werde der Gletscher verschwunden sein.',
      'Die Anlage ist seit Montag abgeschaltet, das teilte der Betreiber Nordstrom mit.',
    ].join(' '));
    expect(claimWith(list, 'Signal').claimant).toMatch(/Bahngesellschaft/);
    expect(claimWith(list, 'Klassen').claimant).toBe('Maria Stein');
    expect(claimWith(list, 'Gletscher').claimant).toMatch(/Geologen/);
    expect(claimWith(list, 'abgeschaltet').claimant).toMatch(/Nordstrom/);
  });

  it('passes over an apposition or a relative clause between the subject and its verb', () => {
    const list = de([
      'Der Vorsitzende des Sportvereins, Jonas Weber, hatte den Kassenwart gestern aufgefordert, sein Amt niederzulegen.',
      'Lena Vogt, die am Montag noch in Hamburg war, sagte, dass die Tournee weitergehe.',
      'Tom Berger, Sprecher der Feuerwehr Nord sagte zum Lokalradio, der Brand sei gelöscht.',
    ].join(' '));
    expect(claimWith(list, 'Kassenwart').claimant).toBe('Jonas Weber');
    expect(claimWith(list, 'Tournee').claimant).toBe('Lena Vogt');
    expect(claimWith(list, 'Brand').claimant).toBe('Tom Berger');
  });
});

describe('quotations after a sentence that names their speaker as its subject', () => {
  it('gives a quotation opening the next sentence to the person who opened the sentence before', () => {
    const list = de([
      'Die Ministerin Eva Roth traf am Montag den Landrat Karl Heinz.',
      'Paul Sommer, einer der Abgeordneten, die den Antrag stellten, kritisierte die Haltung der Regierung.',
      '„Diese Politik hat keine Zukunft.',
      'Wir werden dagegen stimmen.“',
    ].join(' '));
    expect(claimWith(list, 'Zukunft')).toMatchObject({ kind: 'quote', claimant: 'Paul Sommer' });
    expect(claimWith(list, 'dagegen stimmen')).toMatchObject({ kind: 'quote', claimant: 'Paul Sommer' });
  });
});
