// German attribution: a document named in "in/im …" that says what follows, fixed in session 16
// (issue #10). Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a document in "in/im …" with a passive of saying, "steht" or "heißt es"', () => {
  it('names the owner of the document ("In einem Bericht der Lübecker Nachrichten wurde vermutet, …")', () => {
    const list = de([
      'In einem Bericht der Lübecker Nachrichten wurde vermutet, dass die Fähre zu schnell war.',
      'In einem Jahresbericht des Ministeriums steht, dass die Hälfte aller Anträge abgelehnt wurde.',
      'Die Löhne sollen steigen, so heißt es in einer gemeinsamen Erklärung des Betriebsrates.',
    ].join(' '));
    expect(claimWith(list, 'Fähre')).toMatchObject({ kind: 'reported', claimant: 'Lübecker Nachrichten' });
    expect(claimWith(list, 'Anträge')).toMatchObject({ kind: 'reported', claimant: 'Ministerium' });
    expect(claimWith(list, 'Löhne')).toMatchObject({ kind: 'reported', claimant: 'Betriebsrat' });
  });

  it('names the document itself when it has no owner ("Nun heißt es im Abschlussbericht, …")', () => {
    const list = de([
      'Nun heißt es im Abschlussbericht, bei der Zählung seien Fehler gemacht worden.',
      'In einer Presseerklärung, die am Freitag verschickt wurde, wurde verkündet, dass die Partei antreten wolle.',
    ].join(' '));
    expect(claimWith(list, 'Zählung')).toMatchObject({ kind: 'reported', claimant: 'Abschlussbericht' });
    expect(claimWith(list, 'antreten')).toMatchObject({ kind: 'reported', claimant: 'Presseerklärung' });
  });

  it('leaves "Im Bericht sind 20 Fälle aufgelistet." and a report read by a person alone', () => {
    const list = de([
      'Im Bericht der Kommission sind zwanzig Fälle aufgelistet.',
      'In dem Bericht warnt die Ärztin Eva Roth, dass die Wartezeiten wüchsen.',
    ].join(' '));
    expect(claimWith(list, 'zwanzig').claimant).toBeNull();
    expect(claimWith(list, 'Wartezeiten')).toMatchObject({ kind: 'reported', claimant: 'Eva Roth' });
  });

  it('reads a website before "zufolge" by its address', () => {
    const list = de('Der Website schiedsrichter.de zufolge gilt der Mann als streng.');
    expect(claimWith(list, 'streng')).toMatchObject({ kind: 'reported', claimant: 'schiedsrichter.de' });
  });
});
