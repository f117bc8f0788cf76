// German attribution, class "wrong speaker: an indefinite role resolved to a person named
// before" (issue #10, session 18): "…, sagte ein Sprecher." introduces someone new; the
// spokesman named earlier is not that someone. A definite role ("der Sprecher") still points
// back. Sentences written for these tests (none is taken from a corpus).
import { describe, expect, it } from 'vitest';
import { claimWith, claims } from '../helpers/extraction';

const de = (text: string) => claims(text, 'de');

describe('an indefinite role is nobody named before', () => {
  const text = [
    'Regierungssprecher Robert Brandt lobte die Entscheidung des Komitees.',
    '„Wir sind stolz auf diesen Preis“, sagte ein Sprecher der Stadt.',
    '„Der Preis ist verdient“, sagte der Regierungssprecher.',
  ].join(' ');

  it('leaves "ein Sprecher" unnamed', () => {
    const c = claimWith(de(text), 'stolz');
    expect(c.kind).toBe('quote');
    expect(c.claimant).not.toBe('Robert Brandt');
    expect(c.claimant).toContain('Sprecher');
  });

  it('still resolves "der Regierungssprecher" to the person named', () => {
    expect(claimWith(de(text), 'verdient')).toMatchObject({ kind: 'quote', claimant: 'Robert Brandt' });
  });
});
