// English attribution, session 28 (issue #20): classes missed on clean English news. The speaker
// of a closing verb of saying past a long description, an inverted "said X" after the content, the
// one quoted by "cited X as saying", a name that is its own verb's subject after a clause about
// another name, and "it said" after a fronted clause. Sentences and names are made up.
import { describe, expect, it } from 'vitest';
import { claims, claimWith } from '../helpers/extraction';

describe('English attribution: "cited X as saying"', () => {
  it('gives the quotation to the one cited, not to the medium citing them', () => {
    const list = claims('The river rose a metre overnight.\n\n“The water came through the doors in minutes,” the Valley Courier cited Ann Poe, a baker on the high street, as saying.', 'en');
    expect(claimWith(list, 'through the doors')).toMatchObject({ kind: 'quote', claimant: 'Ann Poe' });
  });

  it('leaves "cited" with an object and no "as saying" to its subject', () => {
    const list = claims('The Harbour Board cited rising costs when it raised the fees on Monday.', 'en');
    expect(claimWith(list, 'rising costs').claimant ?? '').not.toBe('rising costs');
  });
});

describe('English attribution: a description listing words with commas before the verb', () => {
  it('reads past the list to the verb of saying that closes the sentence', () => {
    const list = claims('Half the bridges in the county need repairs, Tom Greel, head of the county’s office of roads, bridges and tunnels, said at a briefing.', 'en');
    expect(claimWith(list, 'Half the bridges')).toMatchObject({ kind: 'reported', claimant: 'Tom Greel' });
  });

  it('reads past the list to "was quoted as saying"', () => {
    const list = claims('“We are losing the roads faster than we can mend them,” Tom Greel, head of the county’s office of roads, bridges and tunnels, was quoted as saying at a briefing in Marlow.', 'en');
    expect(claimWith(list, 'losing the roads')).toMatchObject({ kind: 'quote', claimant: 'Tom Greel' });
  });

  it('reads past the list when the subject opens the sentence', () => {
    const list = claims('Tom Greel, head of the county’s office of roads, bridges and tunnels, said half the bridges need repairs.', 'en');
    expect(claimWith(list, 'half the bridges')).toMatchObject({ kind: 'reported', claimant: 'Tom Greel' });
  });
});

describe('English attribution: an inverted "said X" after the content, with a long description', () => {
  it('names the speaker however long the description after the name', () => {
    const list = claims('Smoke could be seen from the motorway, said Ben Ostrow, a spokesman for the regional crews working to contain the blaze near the quarry.', 'en');
    expect(claimWith(list, 'Smoke could be seen')).toMatchObject({ kind: 'reported', claimant: 'Ben Ostrow' });
  });

  it('names the speaker when a dash sets off a remark after the description', () => {
    const list = claims('The ground shook twice as hard as in the last quake, said Mira Kell, geologist with the National Survey – more than any station had recorded before.', 'en');
    expect(claimWith(list, 'ground shook')).toMatchObject({ kind: 'reported', claimant: 'Mira Kell' });
  });

  it('lets a pronoun after it point back to that speaker', () => {
    const list = claims('Fires burned across Lanford County on Tuesday.\n\nSmoke could be seen from the motorway, said Ben Ostrow, a spokesman for the regional crews working to contain the blaze near the quarry. The flames were moving uphill, he said.', 'en');
    expect(claimWith(list, 'moving uphill')).toMatchObject({ kind: 'reported', claimant: 'Ben Ostrow' });
  });

  it('leaves a verb with no speaker after it alone', () => {
    const list = claims('The plant closed in May, said to be the oldest in the county, and nobody bought the site.', 'en');
    expect(claimWith(list, 'plant closed').claimant).toBeNull();
  });
});

describe('English attribution: a name right before the closing verb is its subject', () => {
  it('does not give "…, Pell said" to a place described before it', () => {
    const list = claims('The worst-hit town was the county seat, Dunmore, where 300 homes flooded, Pell said.', 'en');
    expect(claimWith(list, 'worst-hit town')).toMatchObject({ kind: 'reported', claimant: 'Pell' });
  });

  it('still reads a name continued past its comma before the verb', () => {
    const list = claims('Jo Arkin, analyst with Brede Lowe, Tarrant & Co, says the market is weak.', 'en');
    expect(claimWith(list, 'market is weak').claimant).toBe('Jo Arkin');
  });
});

describe('English attribution: "it said" after a fronted clause', () => {
  it('does not take the first word of the sentence for the speaker', () => {
    const list = claims('The Harlow Water Board said on Monday that bills would rise in April.\n\nNearly 4,000 leaks were found this year, the most since 2009, it said, noting that most were small.', 'en');
    expect(claimWith(list, 'leaks were found')).toMatchObject({ kind: 'reported', claimant: 'Harlow Water Board' });
  });
});

describe('English attribution: a figure reported ("officials reported 40 dead")', () => {
  it('gives a number reported as the object to the one reporting it', () => {
    const list = claims('Floods swept the valley on Sunday.\n\nProvincial officials reported a toll of at least 140 dead in the hill districts.', 'en');
    expect(claimWith(list, 'toll of at least 140')).toMatchObject({ kind: 'reported', claimant: 'Provincial officials' });
  });

  it('names the body after an owner’s possessive', () => {
    const list = claims('Floods swept the valley on Sunday.\n\nMoravia’s state broadcaster Radio Lenk reported 212 people missing in the hills.', 'en');
    expect(claimWith(list, '212 people missing').claimant).toBe('Radio Lenk');
  });

  it('leaves a report to come, a year and an object without a number to the article', () => {
    const list = claims('Rain fell all week.\n\nHarlow Foods will report its results on March 12. Harlow Foods reported a loss in 2019. The Ledger reported a sharp rise in thefts.', 'en');
    expect(claimWith(list, 'March 12').claimant).toBeNull();
    expect(claimWith(list, 'loss in 2019').claimant).toBeNull();
    expect(claimWith(list, 'sharp rise').claimant).toBeNull();
  });
});

describe('English attribution: a court or body with "for the" in its name between speaker and verb', () => {
  it('reads past the whole affiliation to the verb', () => {
    const list = claims('Judge Carla M. Denning of the U.S. District Court for the Northern District of Ohio said she had read every letter sent to the court.', 'en');
    expect(claimWith(list, 'every letter')).toMatchObject({ kind: 'reported', claimant: 'Carla M Denning' });
  });
});

describe('English attribution: a speech act whose subject is one name or a pronoun', () => {
  it('gives "X has promised a crackdown" to X', () => {
    const list = claims('Rail strikes went on for a third week.\n\nMorland has promised a further crackdown on strikes, after MPs passed a bill last month.', 'en');
    expect(claimWith(list, 'further crackdown')).toMatchObject({ kind: 'reported', claimant: 'Morland' });
  });

  it('gives "He highlighted the need for …" to the person the pronoun points back to', () => {
    const list = claims('Councillor Jane Ostrander spoke at the meeting on Monday.\n\nShe highlighted the need for clearer budget reports before the vote.', 'en');
    expect(claimWith(list, 'clearer budget reports')).toMatchObject({ kind: 'reported', claimant: 'Jane Ostrander' });
  });

  it('takes no modifier for a name when the word after it is the verb ("Early reports said")', () => {
    const list = claims('The cause of the crash is not known.\n\nEarly reports said 40 passengers were hurt.', 'en');
    expect(claimWith(list, '40 passengers').claimant).toBeNull();
  });
});

describe('English quotations: a text run together without its line breaks', () => {
  it('keeps a quotation opened after a colon going on to the next opening mark that starts a sentence', () => {
    const list = claims('Bus drivers walked out again on Monday. Ms Harte said: “Nobody wants to lose a day’s pay. They want a fair offer, nothing more. “We will stay out until we get one.”', 'en');
    expect(claimWith(list, 'fair offer')).toMatchObject({ kind: 'quote', claimant: 'Harte' });
  });

  it('ends a mark opened inside a sentence with that sentence', () => {
    const list = claims('The crowd chanted “out with the board at the depot gates. Drivers then went home. “We will be back,” Ms Harte said.', 'en');
    expect(claimWith(list, 'went home')).toMatchObject({ kind: 'statement', claimant: null });
  });
});

describe('English attribution: a relative "that" before ", but X said …"', () => {
  it('reads the speaker of the clause after "but" past a relative clause opened by "that"', () => {
    const list = claims('Rain fell all week.\n\nBy testing the wells, engineers hope to find a pattern that may explain the leaks, but Okafor warned that the cause may never be known.', 'en');
    expect(claimWith(list, 'cause may never be known')).toMatchObject({ kind: 'reported', claimant: 'Okafor' });
  });
});

describe('English attribution: a credential between the name and its apposition', () => {
  it('keeps the person, not "MD", as the speaker of "X, MD, the county’s health officer, said"', () => {
    const list = claims('Rain fell all week.\n\nAnita Solberg, MD, the county’s public health officer, said her staff had 30 cases under review.', 'en');
    expect(claimWith(list, '30 cases')).toMatchObject({ kind: 'reported', claimant: 'Anita Solberg' });
  });
});
