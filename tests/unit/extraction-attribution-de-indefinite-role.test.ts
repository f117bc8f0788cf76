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

describe('an indefinite role may be the person the article names after it', () => {
  // A lead that introduces someone by role and names them further down: the name is theirs.
  const text = [
    'A Ruritanian federal judge ruled on Monday that the port authority must reopen the harbour.',
    'Judge Milena Varga wrote that the closure had no basis in the port statute.',
  ].join(' ');

  it('gives "a federal judge ruled" to the judge named in the next sentence', () => {
    expect(claimWith(claims(text, 'en'), 'must reopen').claimant).toBe('Milena Varga');
  });

  it('still keeps an indefinite role apart from the person named before it', () => {
    const before = [
      'Judge Milena Varga closed the hearing on Monday.',
      'A federal judge in another district ruled on Tuesday that the port must stay shut.',
    ].join(' ');
    expect(claimWith(claims(before, 'en'), 'must stay shut').claimant).not.toBe('Milena Varga');
  });
});
