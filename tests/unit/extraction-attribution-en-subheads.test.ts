// English attribution, session 21 (issue #20): a subhead in capitals that lost its line break and
// runs into the next sentence ("… something better.” HARBOUR FEES ROSE SHARPLY IN 2021 The strike
// would begin …, Vance said.") is a sentence of its own and nobody's claim; it took the speaker of
// the sentence it was joined to, or its words were read as a name. Datelines stay as they are.
// Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: subheads in capitals inside a paragraph', () => {
  it('gives a subhead run into a reported sentence no claimant', () => {
    const list = claims('“Nobody wants a walkout,” union president Tara Vance said on Monday. HARBOUR FEES ROSE SHARPLY IN 2021 AS OWNERS CUT STAFF The walkout would begin at dawn with pickets at every gate, Vance said. The port has not answered.', 'en');
    expect(list.some((c) => c.text.includes('HARBOUR FEES') && c.claimant)).toBe(false);
    expect(claimWith(list, 'walkout would begin')).toMatchObject({ kind: 'reported', claimant: 'Tara Vance' });
  });

  it('does not read a subhead as the speaker of the quotation after it', () => {
    const list = claims('“The fares are too high,” Owen Pike said. COMMUTERS SPEAK UP On Friday, rider advocate Lena Ortiz wrote: “The trains are late every single week.”', 'en');
    expect(list.some((c) => (c.claimant ?? '').includes('COMMUTERS'))).toBe(false);
    expect(list.some((c) => c.text.startsWith('COMMUTERS'))).toBe(false);
  });

  it('gives a subhead standing as a sentence of its own no claimant', () => {
    const list = claims('“We will keep the plant open,” the governor Ada Moss said. TRADE: NOT A PRIORITY The minister told reporters the talks would wait.', 'en');
    expect(list.some((c) => c.text.startsWith('TRADE') && c.claimant)).toBe(false);
  });

  it('leaves a dateline in capitals with its sentence', () => {
    const list = claims('NEW YORK (AP) — The city will raise bridge tolls next year, Mayor Ray Doyle said on Tuesday.', 'en');
    expect(claimWith(list, 'bridge tolls')).toMatchObject({ claimant: 'Ray Doyle' });
    expect(claimWith(list, 'bridge tolls').text.startsWith('NEW YORK')).toBe(true);
  });
});
