// English attribution, session 20 (issue #20): "He refused to confirm whether …", "The mayor
// declined to say …" reports a refusal to speak, not speech: the sentence is the article's,
// whoever the subject is (a pronoun subject used to be read as a participle phrase, "Analysts
// polled by …", and took the last speaker). A participle phrase with "to" and a noun ("Officials
// opposed to the plan said") still describes the speakers. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

const LEAD = 'Maria Lopez, the mayor of Ashford, said on Monday that the bridge over the Wend would reopen in May.\n\n';

describe('English attribution: a refusal to speak', () => {
  it('gives no speaker to a pronoun that refused to confirm', () => {
    const list = claims(`${LEAD}He refused to confirm whether the contract with the builder had been cancelled.`, 'en');
    expect(claimWith(list, 'contract with the builder')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('gives no speaker to a pronoun or a role that declined to say', () => {
    const list = claims(`${LEAD}She declined to say how much the repairs to the bridge would cost. The council's spokesman declined to say when the tender had closed.`, 'en');
    expect(claimWith(list, 'repairs to the bridge')).toMatchObject({ kind: 'statement', claimant: null });
    expect(claimWith(list, 'tender had closed')).toMatchObject({ kind: 'statement', claimant: null });
  });

  it('still reads a participle phrase with "to" and a noun before the verb of saying', () => {
    const list = claims(`${LEAD}Engineers opposed to the plan said the new deck would not carry lorries.`, 'en');
    expect(claimWith(list, 'carry lorries').kind).toBe('reported');
  });
});
