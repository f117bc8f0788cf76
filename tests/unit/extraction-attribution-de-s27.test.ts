// German attribution, session 27 (issue #10): speaker resolution classes found in the misses of the
// first 500 training articles, each with sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a sentence-initial adverb before the verb is no speaker when a nominative pronoun follows the verb', () => {
  const meeting = 'Die Stadträtin Ilse Brandt empfing am Dienstag den Landrat Otto Kessler. ';

  it('reads the pronoun after the verb as the subject ("Danach sagte er", "Hinterher erklärte ich")', () => {
    expect(claimWith(de(`${meeting}Danach sagte er, die Straße werde im Herbst gebaut.`), 'Straße')).toMatchObject({ claimant: 'Otto Kessler', kind: 'reported' });
    expect(claimWith(de(`${meeting}Hinterher betonte er, das Geld sei schon eingeplant.`), 'Geld').claimant).toBe('Otto Kessler');
    // The adverb is not remembered as a speaker for the sentences after it either.
    const run = de(`${meeting}Hinterher betonte er, das Geld sei schon eingeplant. Die Planung sei abgeschlossen.`);
    expect(claimWith(run, 'Planung').claimant).toBe('Otto Kessler');
  });

  it('reads "sie" after a single word with no article as the subject, but not after a noun phrase', () => {
    expect(claimWith(de(`${meeting}Hinterher erklärte sie, der Vertrag sei fast fertig.`), 'Vertrag').claimant).toBe('Ilse Brandt');
    // "sie" after a noun phrase may be the object: the phrase before the verb speaks.
    expect(claimWith(de('Die Stadträtin Ilse Brandt legte zwei Pläne vor. Der Landrat nannte sie „unbezahlbar“.'), 'unbezahlbar').claimant).not.toBe('Ilse Brandt');
  });

  it('keeps a surname before the verb as the subject when no pronoun follows', () => {
    expect(claimWith(de('Kessler sagte am Abend, die Straße werde gebaut.'), 'Straße').claimant).toBe('Kessler');
  });
});

describe('"sie" points back to a woman or to a group, never to one man', () => {
  it('passes over the man named or heard last for the woman named before him', () => {
    const text = 'Die Stadträtin Ilse Brandt empfing am Dienstag den Landrat Otto Kessler. Danach sagte er, die Straße werde gebaut. Später erklärte sie, der Vertrag sei fast fertig.';
    expect(claimWith(de(text), 'Vertrag').claimant).toBe('Ilse Brandt');
    expect(claimWith(de(text), 'Straße').claimant).toBe('Otto Kessler');
  });
});

describe('a pronoun further on in a sentence is the named person who opens it as its subject', () => {
  it('takes the subject of the main clause over the speaker of the sentence before', () => {
    const text = 'Der Minister Karl Weber sagte, man werde kämpfen. Der frühere Berater Webers, Paul Linde, wandte sich am Dienstag an die Presse, um sich zu verteidigen; er habe die Partei nicht verraten.';
    expect(claimWith(de(text), 'verraten').claimant).toBe('Paul Linde');
  });

  it('does not take a subject whose gender contradicts the pronoun', () => {
    const text = 'Der Minister Karl Weber sagte, man werde kämpfen. Die Beraterin Eva Linde wandte sich am Dienstag an die Presse, um ihn zu verteidigen; er habe die Partei nicht verraten.';
    expect(claimWith(de(text), 'verraten').claimant).not.toBe('Eva Linde');
  });
});

describe('a colon lead-in closed by a relative clause of saying', () => {
  const before = '„Der Markt erholt sich“, sagte der Chef der Agentur, Uwe Brandt, in Berlin. ';

  it('gives the quotation to the subject after the relative pronoun, not to the last speaker', () => {
    const text = `${before}Damit ist die Grenze erreicht, die Kanzler Paul Lorenz im Wahlkampf zum Ziel erklärt hatte: „Wir drücken die Zahl unter drei Millionen.“`;
    expect(claimWith(de(text), 'drei Millionen')).toMatchObject({ claimant: 'Paul Lorenz', kind: 'quote' });
    const two = `${before}Damit ist die Grenze erreicht, die Kanzler Paul Lorenz im Wahlkampf genannt hatte: „Wir schaffen das.“ und „Sonst treten wir ab.“`;
    expect(claimWith(de(two), 'treten').claimant).toBe('Paul Lorenz');
  });

  it('names nobody new when an object stands first in the relative clause', () => {
    const text = `${before}Damit ist die Grenze erreicht, die ihm der Kanzler genannt hatte: „Wir schaffen das.“`;
    expect(claimWith(de(text), 'schaffen').claimant).not.toBe('Kanzler');
  });
});

describe('a separable verb of saying whose particle follows a subordinate clause set off by commas', () => {
  it('finds the particle past the inserted clause, so the subject before the verb speaks, not the object', () => {
    const text = 'Die Kampagne des Senators warf dem Bürgermeister, nachdem der Haushalt bekannt wurde, vor, er habe die Zahlen geschönt.';
    expect(claimWith(de(text), 'geschönt')).toMatchObject({ claimant: expect.stringMatching(/Kampagne/), kind: 'reported' });
  });

  it('does not read past a clause opened by "als" (a phrase of comparison or role)', () => {
    const text = 'Die Stadt gab das Fest, als Dank für die Helfer, frei.';
    expect(claimWith(de(text), 'Fest').claimant).toBeNull();
  });
});
