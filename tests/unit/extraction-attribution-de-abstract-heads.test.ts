// German attribution, class "wrong speaker: a non-person" (issue #10, session 18). A phrase headed
// by an abstract noun in -ung ("eine positive Entwicklung", "Jegliche Verantwortung", "Ablehnung")
// is an object or a thing, never the speaker; bodies whose names end so ("die Versicherung", "die
// Stadtverwaltung", "die Geschäftsleitung", "die Zeitung") still speak. Sentences written for
// these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a head in -ung is no speaker', () => {
  it('does not give an object after the verb the claim', () => {
    const list = de('Für das kommende Jahr erwartet der Hafen eine deutliche Erholung des Umschlags.');
    expect(claimWith(list, 'Erholung').claimant).not.toBe('deutliche Erholung des Umschlags');
  });

  it('does not read a fronted object in -ung as the subject', () => {
    const list = de('Zustimmung signalisierten am Abend die Vertreter der Bauern.');
    expect(claimWith(list, 'Zustimmung').claimant).not.toBe('Zustimmung');
  });

  it('keeps bodies in -ung as speakers', () => {
    const list = de([
      'Die Stadtverwaltung teilte mit, die Brücke werde im Mai gesperrt.',
      'Die Geschäftsleitung erklärte, es werde keine Entlassungen geben.',
      'Die Versicherung kündigte an, sie werde den Schaden übernehmen.',
    ].join(' '));
    expect(claimWith(list, 'Brücke')).toMatchObject({ kind: 'reported', claimant: 'Stadtverwaltung' });
    expect(claimWith(list, 'Entlassungen')).toMatchObject({ kind: 'reported', claimant: 'Geschäftsleitung' });
    expect(claimWith(list, 'Schaden')).toMatchObject({ kind: 'reported', claimant: 'Versicherung' });
  });
});
