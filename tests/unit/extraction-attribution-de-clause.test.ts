// German attribution by clause structure, classes of miss fixed in session 16 (issue #10). Each
// class has sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('verb-second with the subject after the auxiliary and a name in apposition', () => {
  it('reads "Gestern hatte ein Vereinsführer aus Kiel, Jonas Albrecht, erklärt, …" as Jonas Albrecht', () => {
    const list = de([
      'Gestern hatte ein Vereinsführer aus Kiel, Jonas Albrecht, erklärt, die Halle werde im Sommer geschlossen.',
      'Zuvor hatte eine Bahnsprecherin, Marta Klee, angekündigt, die Strecke bis Freitag zu sperren.',
    ].join(' '));
    expect(claimWith(list, 'Halle')).toMatchObject({ kind: 'reported', claimant: 'Jonas Albrecht' });
    expect(claimWith(list, 'Strecke')).toMatchObject({ kind: 'reported', claimant: 'Marta Klee' });
  });
});

describe('a relative clause between a body and its verb', () => {
  it('reads "Die Arbeitsgemeinschaft Hafen Lübeck (AHL), die …, hat … bekannt gegeben, dass …" as the body', () => {
    const list = de('Die Arbeitsgemeinschaft Hafen Lübeck (AHL), die von mehreren Reedereien gegründet wurde, hat nun in einer Stellungnahme bekannt gegeben, dass die Kaimauer keine Gefahr darstelle.');
    expect(claimWith(list, 'Kaimauer')).toMatchObject({ kind: 'reported' });
    expect(claimWith(list, 'Kaimauer').claimant).toMatch(/Arbeitsgemeinschaft Hafen Lübeck/);
  });

  it('takes a stray comma before the subject\'s own auxiliary for no apposition: an act stays an act', () => {
    const list = de('Der frühere Landrat Otto Brenner (SPD), hat mit Wirkung zum 1. März seinen Rücktritt von allen Ämtern verkündet.');
    expect(claimWith(list, 'Rücktritt')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('coordinated bodies and a focus particle before the subject', () => {
  it('reads "Die Grünen und die Linke kündigten an, …" with the first body for both', () => {
    const list = de([
      'Die Grünen und die Linke kündigten an, gegen das Gesetz zu klagen.',
      'Die Opposition sowie die Gewerkschaft Verdi erklärten, die Reform sei falsch.',
    ].join(' '));
    expect(claimWith(list, 'Gesetz')).toMatchObject({ kind: 'reported', claimant: 'Grünen' });
    expect(claimWith(list, 'Reform')).toMatchObject({ kind: 'reported', claimant: 'Opposition' });
  });

  it('reads "erklärten nur die Unikliniken, …" past "nur"', () => {
    const list = de('Von den Kliniken im Land erklärten nur die Unikliniken, die Versorgung sei gesichert.');
    expect(claimWith(list, 'Versorgung')).toMatchObject({ kind: 'reported', claimant: 'Unikliniken' });
  });
});
