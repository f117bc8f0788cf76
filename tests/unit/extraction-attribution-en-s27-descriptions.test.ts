// English attribution, session 27 (issue #20): a definite description in lower case ("the operator",
// "the ombudsman", "the firm", "the committee", "the group") is the one name the article gave with
// that noun before it: as the name's own last word, in an apposition, right before the name, as the
// name's lower-case tail, or as the plural a list of names exemplifies. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: descriptions resolved to the name the article gave with their noun', () => {
  it('gives "the operator" the name that ends in that word', () => {
    const list = claims('The Northfield Water Operator lifted its hosepipe ban on Monday.\n\nThe operator said about 3,000 homes had been short of water for a week.', 'en');
    expect(claimWith(list, '3,000 homes')).toMatchObject({ kind: 'reported', claimant: 'Northfield Water Operator' });
  });

  it('gives "the ombudsman" the name an apposition described so', () => {
    const list = claims('Tenants from the block met Varnley, the housing ombudsman, on Friday.\n\nThe ombudsman said that repairs in the block had been ignored for two years.', 'en');
    expect(claimWith(list, 'repairs in the block')).toMatchObject({ kind: 'reported', claimant: 'Varnley' });
  });

  it('gives "the firm" the name its noun stood before', () => {
    const list = claims('Barley yields will fall by a tenth this year, the analytics firm Corvane Data said in a note.\n\n“Dry weeks in May did most of the harm,” the firm told the paper.', 'en');
    expect(claimWith(list, 'Dry weeks in May')).toMatchObject({ kind: 'quote', claimant: 'Corvane Data' });
  });

  it('gives "the committee" the name with its lower-case tail', () => {
    const list = claims('In its report, the Harbour transport committee said ferries ran late on most days.\n\nOn Monday the committee said the council had spent £4m on boats that never sailed.', 'en');
    expect(claimWith(list, 'boats that never sailed')).toMatchObject({ kind: 'reported', claimant: 'Harbour transport committee' });
  });

  it('gives "the group" the names a plural gave as examples', () => {
    const list = claims('In a letter to the minister, groups including Tenant Voice and the Riverside Renters Union asked for a rent freeze.\n\nThe group says that rents rose faster than wages in every year since 2019.', 'en');
    expect(claimWith(list, 'faster than wages').claimant).toBe('Tenant Voice and the Riverside Renters Union');
  });

  it('leaves a description as written when two names have its noun', () => {
    const list = claims('The Northfield Water Operator and the Eastmoor Grid Operator met on Monday.\n\nThe operator said the pipes were sound.', 'en');
    expect(claimWith(list, 'pipes were sound').claimant).toBe('operator');
  });

  it('does not reach forward to a name given only after the description', () => {
    const list = claims('The operator said the pipes were sound.\n\nThe Northfield Water Operator lifted its hosepipe ban on Monday.', 'en');
    expect(claimWith(list, 'pipes were sound').claimant).toBe('operator');
  });
});

describe('English attribution: a description in lower case with an auxiliary before its verb of saying', () => {
  it('reads "the operator had said", "the provider has warned" as the description speaking', () => {
    const list = claims('The Northfield Water Operator lifted its hosepipe ban on Monday.\n\nThe operator had said as many as 3,000 homes would be cut off. The provider has warned that bills will rise in April.', 'en');
    expect(claimWith(list, '3,000 homes')).toMatchObject({ kind: 'reported', claimant: 'Northfield Water Operator' });
    expect(claimWith(list, 'bills will rise')).toMatchObject({ kind: 'reported', claimant: 'provider' });
  });

  it('leaves an auxiliary before a verb of no saying the article\'s own', () => {
    const list = claims('Rain fell all week.\n\nThe operator had lifted its hosepipe ban on Monday.', 'en');
    expect(claimWith(list, 'hosepipe ban')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('English attribution: "according to" a role whose "of" phrase closes the sentence', () => {
  it('keeps the whole description, and a pronoun after it takes the same', () => {
    const list = claims('Rain fell all week.\n\nBread prices will rise by a fifth, according to the head of one of Britain’s biggest bakery chains. “Flour costs have doubled,” he said.', 'en');
    expect(claimWith(list, 'rise by a fifth')).toMatchObject({ kind: 'reported', claimant: 'head of one of Britain’s biggest bakery chains' });
    expect(claimWith(list, 'Flour costs')).toMatchObject({ kind: 'quote', claimant: 'head of one of Britain’s biggest bakery chains' });
  });

  it('does not take a relative clause into the description', () => {
    const list = claims('Bread prices will rise by a fifth, according to the head of the union that represents the bakers.', 'en');
    expect(claimWith(list, 'rise by a fifth').claimant ?? '').not.toMatch(/represents/);
  });
});
