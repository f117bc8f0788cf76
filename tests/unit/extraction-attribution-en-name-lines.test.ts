// English attribution, session 19 (issue #20): a name line. Broadcasters' news pages set an
// interview as a line with the speaker's name and title ("Dr. Ana Ruiz, Director of Public Health")
// over the quotation paragraph: the quotation is that person's, not the body last named. A
// title-case headline over a quotation names no speaker. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a name line over a quotation paragraph', () => {
  it('gives the quotation under the line to the person it names', () => {
    const list = claims([
      'The Ministry of Health and Wellness says three more cases were confirmed on Friday.',
      'Dr. Ana Ruiz, Director of Public Health & Wellness',
      '“We sent out an update on Monday. The three cases are linked to one family, and all of them are isolated. We continue to test every contact.”',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'linked to one family')).toMatchObject({ kind: 'quote', claimant: 'Ana Ruiz' });
    expect(claimWith(list, 'test every contact')).toMatchObject({ kind: 'quote', claimant: 'Ana Ruiz' });
  });

  it('reads no speaker from a title-case headline over a quotation', () => {
    const list = claims([
      'The Ministry of Health and Wellness says three more cases were confirmed on Friday.',
      'Health Chief Rejects Claims Of Cover-Up',
      '“We have published every figure we have, and the three cases are linked to one family,” the ministry said.',
    ].join('\n\n'), 'en');
    expect(claimWith(list, 'linked to one family').claimant).toBe('Ministry of Health and Wellness');
  });
});
