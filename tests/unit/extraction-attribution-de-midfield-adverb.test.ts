// German attribution, class "subject not found: an adverb between the inverted verb and its
// subject" (issue #10, session 21). In verb-second order with something else first, adverbs of the
// midfield ("dann", "daraufhin", "schließlich", "offenbar" …) may stand between the finite verb
// and the subject: "Am Abend meldeten dann die Nachrichten des Senders, …". Sentences written for
// these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('an adverb between the inverted verb and its subject', () => {
  it('reads the subject past "dann"', () => {
    const list = de('Am späten Abend meldeten dann die Nachrichten des Senders, der Streik sei beendet.');
    expect(claimWith(list, 'Streik')).toMatchObject({ kind: 'reported', claimant: 'Nachrichten des Senders' });
  });

  it('reads the subject past "daraufhin" and "schließlich"', () => {
    const list = de([
      'Nach der Sitzung erklärte daraufhin die Bürgermeisterin Anna Roth, der Haushalt sei gesichert.',
      'Am Freitag teilte schließlich der Verband mit, die Saison werde verlängert.',
    ].join(' '));
    expect(claimWith(list, 'Haushalt')).toMatchObject({ kind: 'reported', claimant: 'Anna Roth' });
    expect(claimWith(list, 'Saison')).toMatchObject({ kind: 'reported', claimant: 'Verband' });
  });

  it('still reads a sentence without a speaker as a statement', () => {
    const list = de('Am Abend fuhren dann die Busse wieder nach Plan.');
    expect(claimWith(list, 'Busse')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
