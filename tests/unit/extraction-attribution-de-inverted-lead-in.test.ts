// German attribution, class "wrong speaker: the lead-in's subject after its verb" (issue #10,
// session 18). A lead-in before a colon that puts an object or a time first and its subject after
// the finite verb ("Die Frage … stellte der Vorsitzende X in Frage:", "Jegliche Schuld … weist X
// von sich:") speaks the quotation itself, also when its verb is a verb of saying or a separable
// one, and so does a surname named in full earlier opening the lead-in in the quotation's own
// sentence ("Kessler sieht darin …: „…“", discourse.ts knownSurnameOpening); a stretch of time before the verb ("Wenige Stunden nach …", "Zwei Tage später") is never
// the speaker. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('a lead-in with its subject after a verb of saying speaks the quotation', () => {
  it('reads the subject after a separable verb, not the speaker quoted before', () => {
    const list = de([
      'Die Ministerin Anna Roth verteidigte den Haushalt: „Wir sparen an der richtigen Stelle.“',
      'Die Frage der Finanzierung stellte der Vorsitzende Karl Baum dagegen in Frage: „Das Geld ist schlicht nicht da.“',
    ].join(' '));
    expect(claimWith(list, 'schlicht')).toMatchObject({ kind: 'quote', claimant: 'Karl Baum' });
  });

  it('reads a name after "weist … von sich", with an object opening the sentence', () => {
    const list = de([
      'Die Ministerin Anna Roth verteidigte den Haushalt: „Wir sparen an der richtigen Stelle.“',
      'Jegliche Schuld an dem Unfall weist Peter Berger von sich: „Ich war an diesem Abend gar nicht dort.“',
    ].join(' '));
    expect(claimWith(list, 'Abend gar')).toMatchObject({ kind: 'quote', claimant: 'Peter Berger' });
  });
});

describe('a surname named before opens a lead-in inside the sentence of its quotation', () => {
  it('gives the quotation to the person named in full earlier, not to the body quoted before', () => {
    const list = de([
      'Die Justizministerin Marta Kessler begrüßte das Urteil.',
      'Das Gericht hatte erklärt: „Das Gesetz verletzt die Grundrechte.“',
      'Kessler sieht in dem Urteil nun eine Bestätigung ihrer Linie: „Die Freiheit der Bürger ist gestärkt worden.“',
    ].join(' '));
    expect(claimWith(list, 'Freiheit der Bürger')).toMatchObject({ kind: 'quote', claimant: 'Marta Kessler' });
  });
});

describe('a stretch of time before the verb is no speaker', () => {
  it('finds the subject after the verb behind "Wenige Stunden nach …" and "Zwei Tage später"', () => {
    const list = de([
      'Wenige Stunden nach der Abstimmung erklärte der Stadtrat, die Lage sei ruhig.',
      'Zwei Tage später sagte die Bürgermeisterin Lena Vogt, die Brücke bleibe gesperrt.',
    ].join(' '));
    expect(claimWith(list, 'Lage sei').claimant).toBe('Stadtrat');
    expect(claimWith(list, 'Brücke').claimant).toBe('Lena Vogt');
  });

  it('keeps a surname that is also a word of time a name', () => {
    expect(claimWith(de('Angelika Jahr sagte, die Zeitschrift werde weiter erscheinen.'), 'Zeitschrift').claimant).toBe('Angelika Jahr');
  });
});
