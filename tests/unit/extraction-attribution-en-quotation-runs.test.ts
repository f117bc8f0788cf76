// English attribution, session 19 (issue #20): speech over several paragraphs. A quotation left
// open at a paragraph's end goes on through paragraphs that lost their opening mark, as long as a
// later paragraph closes it with a mark that opens nothing; those paragraphs are the speaker's.
// A quotation that nothing closes does not swallow the prose after it. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a quotation run over paragraphs without their marks', () => {
  it('keeps the middle paragraph of a run in the voice of its speaker', () => {
    const list = claims([
      'Mayor Dana Whitcombe said the city would pay for the repairs itself.',
      'Here is the rest of what Whitcombe said:',
      '“This is not a question of party politics. The bridge carries forty thousand cars a day.',
      'This is why the council set aside a reserve fund. We will use every cent of it before we borrow.',
      'The work should be finished by the end of next summer.”',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'set aside a reserve fund')).toMatchObject({ kind: 'quote', claimant: 'Dana Whitcombe' });
    expect(claimWith(list, 'every cent of it')).toMatchObject({ kind: 'quote', claimant: 'Dana Whitcombe' });
  });

  it('gives the whole run to the speaker named where it closes', () => {
    const list = claims([
      'The harbour board met on Tuesday to discuss the dredging contract.',
      '“We have waited eleven years for this contract to be signed.',
      'The shipping lines told us they would leave the port without deeper berths.',
      'Nobody on this board wants that to happen,” said Kofi Mensah, the board’s chair.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'shipping lines told us')).toMatchObject({ kind: 'quote', claimant: 'Kofi Mensah' });
  });

  it('leaves prose after a quotation that never closes in the article’s voice', () => {
    const list = claims([
      'Councillor Ruth Abernethy told the meeting: “The budget leaves the libraries with nothing.',
      'The libraries closed four branches last year after the grant was cut by a third.',
      'The council will vote on the budget in March.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'closed four branches')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
