// German attribution, class "plural heads in -nisse and other plurals" (issue #10, session 22): a
// plural whose ending names its singular unambiguously ("-nisse" → "-nis", "-ämter" → "-amt",
// "-bände" → "-band") is read as its singular is: "Die Bündnisse fordern, …" has a body as its
// subject as "Das Bündnis fordert, …" has, "Erkenntnisse" is a source noun as "Erkenntnis" is. A
// finding as the subject with its owner in the genitive ("Die Erkenntnisse der Ermittler deuten
// darauf hin, dass …") gives the owner, not the speaker of the sentence before. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');
const lead = 'Der Landrat Ole Brandt sagte, die Fähre fahre wieder. ';

describe('plurals read as their singulars', () => {
  it('reads plural bodies in -nisse, -ämter and -verbände as speakers', () => {
    expect(claimWith(de('Die Bündnisse fordern, die Abstimmung zu verschieben.'), 'Abstimmung')).toMatchObject({ kind: 'reported', claimant: 'Bündnisse' });
    expect(claimWith(de('Die Landesämter erklärten, die Deiche seien sicher.'), 'Deiche').claimant).toBe('Landesämter');
    expect(claimWith(de('Mehrere Naturschutzverbände warnten, die Deiche seien zu niedrig.'), 'niedrig').claimant).toBe('Naturschutzverbände');
  });

  it('gives a finding in -nisse to its owner, not to the speaker before', () => {
    const c = claimWith(de(`${lead}Die Erkenntnisse der Ermittler deuten darauf hin, dass der Kapitän übermüdet gewesen sei.`), 'Kapitän');
    expect(c).toMatchObject({ kind: 'reported', claimant: 'Ermittler' });
  });
});
