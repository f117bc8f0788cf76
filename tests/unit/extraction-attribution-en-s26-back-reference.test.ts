// English attribution, session 26 second wave (issue #20): a pronoun or a participle that refers
// back to the source of the sentence before. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: "They" after a body that just spoke', () => {
  it('gives "They also found" to the body that spoke in the sentence right before', () => {
    const list = claims('Rents in the north rose by a tenth, Marrowfield Housing Office figures showed. ' +
      'They also found that one flat in five stood empty.', 'en');
    expect(claimWith(list, 'one flat in five')).toMatchObject({ kind: 'reported', claimant: 'Marrowfield Housing Office' });
  });

  it('gives "They" nothing when the body named before did not speak', () => {
    const list = claims('Marrowfield Housing Office sold two estates last year. They said the roofs were sound.', 'en');
    expect(claimWith(list, 'roofs were sound').claimant).toBeNull();
  });

  it('gives "They" nothing when a person spoke between the body and the pronoun', () => {
    const list = claims('Rents rose by a tenth, Marrowfield Housing Office said. Tenant Ola Brandt said she would move. ' +
      'They said the roofs were sound.', 'en');
    expect(claimWith(list, 'roofs were sound').claimant).not.toBe('Marrowfield Housing Office');
  });
});

describe('English attribution: a speech participle without "that"', () => {
  it('reads the participle of a speech act ("urging him to", "demanding an apology") as the subject speaking', () => {
    const list = claims('The Dunmore Parish Council has written to the minister, urging her to keep the ferry running. ' +
      'Mayor Ana Vell toured the depot on Monday, demanding an apology from the bus operator.', 'en');
    expect(claimWith(list, 'keep the ferry running')).toMatchObject({ kind: 'reported', claimant: 'Dunmore Parish Council' });
    expect(claimWith(list, 'apology from the bus operator')).toMatchObject({ kind: 'reported', claimant: 'Ana Vell' });
  });

  it('leaves a participle of no speech the article’s own', () => {
    const list = claims('Mayor Ana Vell walked along the quay, passing the boats that were moored there.', 'en');
    expect(claimWith(list, 'passing the boats')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('English attribution: a content clause without "that" whose subject opens with a number', () => {
  it('reads "predicting 300 boats would need repairs" as the subject speaking', () => {
    const list = claims('Mayor Ana Vell closed the harbour on Monday, predicting 300 boats would need repairs.', 'en');
    expect(claimWith(list, '300 boats would need repairs')).toMatchObject({ kind: 'reported', claimant: 'Ana Vell' });
  });

  it('leaves a number with no verb after it an object ("predicting 300 storms")', () => {
    const list = claims('Mayor Ana Vell closed the harbour on Monday, predicting 300 storms.', 'en');
    expect(claimWith(list, 'predicting 300 storms')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('English attribution: a sentence that opens with a speech participle', () => {
  it('gives "Also noting that …" the speaker of the reported speech right before', () => {
    const list = claims('Rail fares will rise in March. The Kelso Transport Office said that season tickets would cost more. ' +
      'Also noting that off-peak fares would stay frozen until the summer.', 'en');
    expect(claimWith(list, 'off-peak fares')).toMatchObject({ kind: 'reported', claimant: 'Kelso Transport Office' });
  });

  it('gives it no one when the sentence before is the article’s own', () => {
    const list = claims('Rail fares will rise in March. Season tickets will cost more. ' +
      'Also noting that off-peak fares would stay frozen until the summer.', 'en');
    expect(claimWith(list, 'off-peak fares').claimant).toBeNull();
  });
});

describe('English attribution: "It said that …" with a long clause after a comma', () => {
  it('reads "It" as the subject of its verb of saying, the body that spoke right before', () => {
    const list = claims('Fares rose by a tenth, the Kelso Transport Office said. ' +
      'It said that without new trains, the northern line will not run all the services it has promised for the summer timetable next year.', 'en');
    expect(claimWith(list, 'northern line')).toMatchObject({ kind: 'reported', claimant: 'Kelso Transport Office' });
  });

  it('does not read "It echoes the warning from X, who said …" as the pronoun speaking', () => {
    const list = claims('Fares rose by a tenth, the Kelso Transport Office said. ' +
      'It echoes the warning from Tom Baker, the rail union leader, who said fares would double.', 'en');
    expect(claimWith(list, 'echoes the warning').claimant).not.toBe('Kelso Transport Office');
  });
});
