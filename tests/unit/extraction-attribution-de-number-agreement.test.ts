// German attribution, class "a plural before a singular verb is its object" (issue #10, session
// 27). German may put the object first: "Die streikenden Piloten beschrieb die Fluggesellschaft
// als …" — the finite verb is singular ("beschrieb", a plural ends in "-n"), so the plural before
// it ("die" with an adjective in "-en") is not its subject; the subject follows the verb.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('number agreement between the subject and the finite verb', () => {
  it('reads the singular phrase after the verb as the subject', () => {
    const list = de('Die streikenden Piloten beschrieb die Fluggesellschaft am Dienstag als „verantwortungslos“.');
    expect(claimWith(list, 'verantwortungslos').claimant).toBe('Fluggesellschaft');
  });

  it('passes a relative clause about the plural object', () => {
    const list = de('Die streikenden Piloten, die seit Montag die Arbeit niederlegen, beschrieb die Fluggesellschaft als „verantwortungslos“.');
    expect(claimWith(list, 'verantwortungslos').claimant).toBe('Fluggesellschaft');
  });

  it('reads the participle after an auxiliary', () => {
    const list = de('Die neuen Vorschläge hat der Minister am Montag als „unbezahlbar“ bezeichnet.');
    expect(claimWith(list, 'unbezahlbar').claimant).toBe('Minister');
  });

  it('keeps a plural subject with a plural verb', () => {
    const list = de('Die streikenden Piloten beschrieben die Lage als „verheerend“.');
    expect(claimWith(list, 'verheerend').claimant).toBe('streikenden Piloten');
  });
});
