// German attribution, session 28: "heißt es" takes its source from an "in" phrase of its own clause,
// never from one inside the message before it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('"heißt es" and an "in" phrase of the message before it', () => {
  it('does not take a month or a place of the message for the source', () => {
    expect(claimWith(de('Die Arbeiten sollen im Mai beginnen, heißt es im Rathaus.'), 'Arbeiten').claimant).not.toBe('Mai');
    expect(claimWith(de('Die Brücke werde in Tellhausen gebaut, hieß es am Abend.'), 'Brücke').claimant).not.toBe('Tellhausen');
  });

  it('still reads the document that opens the clause of "heißt es"', () => {
    expect(claimWith(de('In der Mitteilung des Bauamts vom Montag heißt es, die Brücke werde im Mai gesperrt.'), 'Brücke').claimant).toMatch(/Bauamt/);
  });
});
