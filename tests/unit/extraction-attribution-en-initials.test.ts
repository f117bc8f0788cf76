// English attribution, session 21 (issue #20): initials before a surname are part of the name
// ("Defence Minister R.K. Varma said", "Sen. J.D. Hale said", "Ravi A. Menon, dean of …, said");
// the phrase stopped at the joined initials, or at a single "A" read as an article, so the
// speaker was lost and a later "he" went to the person named before. Names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: names with initials', () => {
  it('reads a speaker whose name opens with joined initials', () => {
    const list = claims('The ministry published the figures on Monday.\n\nDefence Minister R.K. Varma said the exercise was routine and planned months ago.', 'en');
    expect(claimWith(list, 'exercise was routine')).toMatchObject({ kind: 'reported', claimant: expect.stringContaining('Varma') });
  });

  it('reads a single initial "A." as part of the name, not an article', () => {
    const list = claims('Fees will rise again next year.\n\nRavi A. Menon, dean of students at the college, said the letters explained the reasons for the increase.', 'en');
    expect(claimWith(list, 'letters explained').claimant).toContain('Menon');
  });

  it('gives a pronoun closing a quotation to the person named with initials', () => {
    const list = claims('Prime Minister Arun Mehta and Defence Minister R.K. Varma rejected the report on Tuesday. Mehta called the report alarmist. Varma was in Pune for talks.\n\n“Nothing unusual happened. The army has explained this already,” he told the media.', 'en');
    expect(claimWith(list, 'army has explained').claimant).toContain('Varma');
  });
});
