// English attribution, session 19 (issue #20): a sentence opened by the speech act it reports
// ("In a statement, X commended Y …") is its main clause's subject's, whatever the verb; the
// subject is read by clause structure, past an apposition inside the opener. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: a speech frame opening the sentence', () => {
  it('gives the sentence to the subject after "In a statement, …"', () => {
    const list = claims('The count ended late on Tuesday.\n\nIn a statement posted online, Senator Maya Okafor congratulated her rival on a hard-fought campaign.', 'en');
    expect(claimWith(list, 'congratulated her rival')).toMatchObject({ kind: 'reported', claimant: 'Maya Okafor' });
  });

  it('reads past an apposition inside the opener to the subject', () => {
    const list = claims('The rules were agreed last year.\n\nIn a letter to the commission’s digital chief, Ana Ferreira, several senior members of the Regional Assembly expressed concerns that the changes would weaken oversight.', 'en');
    expect(claimWith(list, 'expressed concerns').claimant).toContain('Regional Assembly');
  });

  it('reads a possessive frame ("In his address, …")', () => {
    const list = claims('The debate lasted six hours.\n\nIn his address, Foreign Minister Ravi Menon rejected any role for outside mediators in the dispute.', 'en');
    expect(claimWith(list, 'rejected any role')).toMatchObject({ kind: 'reported', claimant: 'Ravi Menon' });
  });

  it('leaves an opener of time or place alone', () => {
    const list = claims('The town was founded in 1850.\n\nIn a decade, the town of Elm Falls has doubled in size and added two schools.', 'en');
    expect(claimWith(list, 'doubled in size')).toMatchObject({ kind: 'statement', claimant: null });
  });
});
